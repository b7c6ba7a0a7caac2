package org.marsad.app.http;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.marsad.app.Marsad;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.corpus.EntityNameMarks;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.app.listing.CollectionEntities;
import org.marsad.app.listing.CollectionQuotes;
import org.marsad.app.listing.CollectionStories;
import org.marsad.app.listing.CollectionTrends;
import org.marsad.app.listing.EntitySearchFacets;
import org.marsad.app.http.service.AnalyzeAndStore;
import org.marsad.app.http.service.AnalyzeService;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.util.InputOrder;
import org.marsad.store.ArticleStore;

/**
 * Connects the server to the engine for {@code marsad serve}: the one place that names the real
 * implementations (see docs/api.md, "Wiring").
 */
public final class ServerWiring {
  private ServerWiring() {}

  /** The services over an open store, analysing without collection state (tests, tools). */
  public static Services.Builder services(Path dataDir, ArticleStore store) {
    return services(dataDir, store, Marsad.analyzer()::analyze, UnaryOperator.identity());
  }

  /**
   * The services over an open store and the data directory's collection state: entity ids from
   * its registry, near-duplicate marking and story assignment on every ingested article.
   */
  public static Services.Builder services(Path dataDir, ArticleStore store, Corpus corpus) {
    return services(dataDir, store, corpus.analyzer()::analyze, corpus::link)
        .analyze(lookingOnly(corpus.analyzer()::analyze)) // POST /api/analyze stores nothing, so it teaches nothing
        .ingest(new AnalyzeAndStore(corpus.analyzer()::analyze, corpus::link, store, corpus.entities()::countsStoredArticles))
        .entities(new CollectionEntities(corpus.entities(), store))
        .quotes(new CollectionQuotes(store, corpus.entities()))
        .stories(new CollectionStories(store, corpus.entities()))
        .trends(new CollectionTrends(store, corpus.entities(), Clock.systemUTC()))
        .queryExpansion(QueryExpansion.of(corpus.entities()))
        .searchNameMarks(r -> EntityNameMarks.apply(r, corpus.entities()))
        .searchFacetJoin(EntitySearchFacets.of(corpus.entities(), QueryExpansion.of(corpus.entities())));
  }

  /**
   * An analysis whose entity names are looked up in the registry but not learnt: posting a text for
   * analysis must not change the collection's counts or joins (session 19: it counted every name).
   */
  static AnalyzeService lookingOnly(AnalyzeService analyze) {
    return doc -> {
      InputOrder.bind(InputOrder.alone(id -> false));
      try {
        return analyze.analyze(doc);
      } finally {
        InputOrder.bind(null);
      }
    };
  }

  private static Services.Builder services(Path dataDir, ArticleStore store, AnalyzeService analyze,
      UnaryOperator<Article> corpusSteps) {
    return Services.builder(dataDir, store)
        .analyze(analyze)
        .ingest(new AnalyzeAndStore(analyze, corpusSteps, store));
    // entities, quotes, stories and trends need the collection (see the Corpus overload); the
    // builder's default for each is the 503 stand-in. Feed statuses are set by
    // org.marsad.app.run.Engine, which owns the feed watcher (none for serve).
  }
}

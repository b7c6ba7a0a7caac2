package org.marsad.app.http;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.marsad.app.alert.AlertEngine;
import org.marsad.app.alert.AlertMatcher;
import org.marsad.app.alert.AlertRepository;
import org.marsad.app.alert.Backoff;
import org.marsad.app.alert.HitLog;
import org.marsad.app.alert.QueryMatcher;
import org.marsad.app.alert.WebhookNotifier;
import org.marsad.app.http.service.AnalyzeService;
import org.marsad.app.http.service.EntityService;
import org.marsad.app.http.service.IngestService;
import org.marsad.app.http.service.NotWired;
import org.marsad.app.http.service.QuoteService;
import org.marsad.app.http.service.StatusService;
import org.marsad.app.http.service.StoryService;
import org.marsad.app.http.service.TrendService;
import org.marsad.app.listing.EntitySearchFacets;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * Everything the server delegates to. Built with {@link #builder}; every service not given is a
 * {@link NotWired} stand-in (its endpoints answer 503). The alert machinery (saved alerts, hit
 * log, webhooks) lives in the data directory and is always present. Closing stops webhook
 * delivery; the store belongs to whoever opened it.
 */
public record Services(Path dataDir, ArticleStore store, AnalyzeService analyze, IngestService ingest,
    EntityService entities, QuoteService quotes, StoryService stories, TrendService trends, StatusService feeds,
    AlertRepository alerts, AlertEngine alertEngine, HitLog hitLog, WebhookNotifier webhooks, Clock clock,
    UnaryOperator<String> queryExpansion, UnaryOperator<SearchRequest> searchNameMarks,
    EntitySearchFacets.Join searchFacetJoin)
    implements AutoCloseable {

  public static Builder builder(Path dataDir, ArticleStore store) {
    return new Builder(dataDir, store);
  }

  @Override
  public void close() {
    webhooks.close();
  }

  /** Chainable builder; each setter returns this. */
  public static final class Builder {
    private final Path dataDir;
    private final ArticleStore store;
    private AnalyzeService analyze = NotWired.analyze();
    private IngestService ingest = NotWired.ingest();
    private EntityService entities = NotWired.entities();
    private QuoteService quotes = NotWired.quotes();
    private StoryService stories = NotWired.stories();
    private TrendService trends = NotWired.trends();
    private StatusService feeds = NotWired.noFeeds();
    private AlertMatcher matcher; // default: a QueryMatcher reading queries as search does (queryExpansion)
    private Backoff backoff = Backoff.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private UnaryOperator<String> queryExpansion = UnaryOperator.identity();
    private UnaryOperator<SearchRequest> searchNameMarks = UnaryOperator.identity();
    private EntitySearchFacets.Join searchFacetJoin = EntitySearchFacets.Join.NONE;

    private Builder(Path dataDir, ArticleStore store) {
      this.dataDir = dataDir;
      this.store = store;
    }

    public Builder analyze(AnalyzeService s) { analyze = s; return this; }
    public Builder ingest(IngestService s) { ingest = s; return this; }
    public Builder entities(EntityService s) { entities = s; return this; }
    public Builder quotes(QuoteService s) { quotes = s; return this; }
    public Builder stories(StoryService s) { stories = s; return this; }
    public Builder trends(TrendService s) { trends = s; return this; }
    public Builder feeds(StatusService s) { feeds = s; return this; }
    public Builder alertMatcher(AlertMatcher m) { matcher = m; return this; }
    public Builder webhookBackoff(Backoff b) { backoff = b; return this; }
    public Builder clock(Clock c) { clock = c; return this; }
    /** Rewrites a search query before the store runs it (Latin names to entity ids, as the CLI). */
    public Builder queryExpansion(UnaryOperator<String> e) { queryExpansion = e; return this; }
    /** Adds the names of entities a search filters by id, for its snippets to mark (as the CLI). */
    public Builder searchNameMarks(UnaryOperator<SearchRequest> m) { searchNameMarks = m; return this; }
    /** Joins a search's entity facet values of one entity (as the CLI; {@link EntitySearchFacets}). */
    public Builder searchFacetJoin(EntitySearchFacets.Join j) { searchFacetJoin = j; return this; }

    /** Opens the alert file in the data directory and assembles the services. */
    public Services build() throws IOException {
      AlertMatcher matcher = this.matcher != null ? this.matcher : new QueryMatcher(queryExpansion);
      AlertRepository alerts = new AlertRepository(dataDir, matcher, clock);
      HitLog log = new HitLog(dataDir);
      WebhookNotifier webhooks = new WebhookNotifier(backoff);
      AlertEngine engine = new AlertEngine(alerts, matcher, clock).addListener(log).addListener(webhooks);
      return new Services(dataDir, store, analyze, ingest, entities, quotes, stories, trends, feeds, alerts, engine,
          log, webhooks, clock, queryExpansion, searchNameMarks, searchFacetJoin);
    }
  }
}

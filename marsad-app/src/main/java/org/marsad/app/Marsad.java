package org.marsad.app;

import java.util.List;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.ner.EntityEnricher;
import org.marsad.nlp.quote.QuoteExtractor;
import org.marsad.nlp.summary.SummaryEnricher;
import org.marsad.nlp.topic.TopicEnricher;

/**
 * The facade: the one place that assembles Marsad's analysis pipeline from its parts. Commands,
 * the HTTP server and the feed watcher all take their analyser from here (stores come from
 * {@code org.marsad.app.backend.StoreFactory}), so the product pipeline is defined once.
 */
public final class Marsad {
  private Marsad() {}

  /**
   * The analysis steps after anatomy, in order (entities before quotations: speakers use them),
   * with entity ids from an in-memory registry. A data directory's own registry is used through
   * {@link #analyzer(EntityEnricher)} (see {@code Corpus}).
   */
  public static List<ArticleEnricher> enrichers() {
    return steps(Steps.ENTITIES);
  }

  private static List<ArticleEnricher> steps(EntityEnricher entities) {
    return List.of(entities, Steps.QUOTES, Steps.TOPIC, Steps.SUMMARY);
  }

  /** Built once: the steps load models and lexicons, and are thread-safe. */
  private static final class Steps {
    static final EntityEnricher ENTITIES = new EntityEnricher();
    static final ArticleEnricher QUOTES = new QuoteExtractor();
    static final ArticleEnricher TOPIC = new TopicEnricher();
    static final ArticleEnricher SUMMARY = new SummaryEnricher();
  }

  /** The product analyser: anatomy plus every enrichment step. Thread-safe; share one instance. */
  public static ArticleAnalyzer analyzer() {
    return new ArticleAnalyzer(enrichers());
  }

  /** The product analyser with a given entity step (e.g. one bound to a data directory's registry). */
  public static ArticleAnalyzer analyzer(EntityEnricher entities) {
    return new ArticleAnalyzer(steps(entities));
  }
}

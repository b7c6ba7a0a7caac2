package org.marsad.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.quote.QuoteExtractor;
import org.marsad.nlp.summary.SummaryEnricher;
import org.marsad.nlp.topic.TopicEnricher;
import org.marsad.store.ArticleStore;

/**
 * The facade: the one place that assembles Marsad's engine from its parts. Commands, the HTTP
 * server and the feed watcher all take their analyser and store from here, so the product
 * pipeline is defined once.
 */
public final class Marsad {
  private Marsad() {}

  /** The analysis steps after anatomy, in order (entities before quotations: speakers use them). */
  public static List<ArticleEnricher> enrichers() {
    return Steps.ALL;
  }

  /** Built once: the steps load models and lexicons, and are thread-safe. */
  private static final class Steps {
    static final List<ArticleEnricher> ALL = List.of(new QuoteExtractor(), new TopicEnricher(), new SummaryEnricher());
  }

  /** The product analyser: anatomy plus every enrichment step. Thread-safe; share one instance. */
  public static ArticleAnalyzer analyzer() {
    return new ArticleAnalyzer(enrichers());
  }

  /** Opens the embedded store of a data directory (index under DATA/index). */
  public static ArticleStore openStore(Path dataDir) throws IOException {
    return ArticleStore.openEmbedded(dataDir);
  }
}

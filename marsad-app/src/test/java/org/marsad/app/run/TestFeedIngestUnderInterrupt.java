package org.marsad.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.http.ServerWiring;
import org.marsad.app.http.Services;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * Stopping `marsad run` interrupts the watcher's thread while it may be storing a page (session 17
 * QA: a SIGTERM during a poll gave `could not store: null`, then `the index stopped accepting
 * writes after a failed write (ClosedByInterruptException)`, and the page, marked seen, was never
 * fetched again). The page handed over is stored whole, the index keeps accepting writes, and the
 * interrupt is left for the watcher to stop on.
 */
class TestFeedIngestUnderInterrupt {
  @TempDir Path data;

  @Test
  void a_page_handed_over_by_an_interrupted_watcher_is_stored_and_the_index_stays_writable() throws Exception {
    try (ArticleStore store = StoreFactory.openForWriting(StoreOptions.embedded(data)); Corpus corpus = Corpus.open(data)) {
      Services services = ServerWiring.services(data, store, corpus).build();
      try (FeedIngest sink = new FeedIngest(services.ingest(), services.alertEngine(), new Quarantine(data.resolve("quarantine")))) {
        Thread.currentThread().interrupt(); // as Engine.stopWatching does to the watcher's thread
        try {
          sink.accept(page("lavrov-kerry.html", "http://127.0.0.1/news/lavrov-kerry.html"));
        } finally {
          assertThat(Thread.interrupted()).as("the interrupt is kept for the watcher (and cleared here)").isTrue();
        }
        assertThat(sink.counts().failed()).isZero();
        assertThat(sink.counts().stored()).isEqualTo(1);

        sink.accept(page("electricity.html", "http://127.0.0.1/news/electricity.html"));
        assertThat(sink.counts().stored()).as("the writer still accepts writes").isEqualTo(2);
      }
      store.commit();
      assertThat(store.search(SearchRequest.of("لافروف")).total()).isEqualTo(1);
      assertThat(store.search(SearchRequest.of("الكهرباء")).total()).isEqualTo(1);
    }
  }

  private static RawDocument page(String file, String url) throws Exception {
    try (InputStream in = TestFeedIngestUnderInterrupt.class.getResourceAsStream("/org/marsad/app/run/site/news/" + file)) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new RawDocument(html, true, null, url, "sana", null, "http://127.0.0.1/rss.xml");
    }
  }
}

package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;

/**
 * The ingest queue is bounded (IngestPipeline.Options.queueSize, docs/limits.md): when analysis
 * stalls, the reader blocks after filling the queue instead of reading a whole archive into
 * memory, and it goes on as soon as the workers take documents again.
 */
class TestIngestBackPressure {
  @TempDir Path data;

  @Test
  void the_default_queue_holds_four_documents_per_worker() {
    IngestPipeline.Options d = IngestPipeline.Options.defaults();
    assertThat(d.queueSize()).isEqualTo(4 * d.threads());
    assertThat(d.withThreads(3).queueSize()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void a_stalled_analysis_stops_the_reader_at_the_queue_size_and_releasing_it_finishes_the_run() throws Exception {
    int threads = 2, queue = 5, total = 200;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger handedOver = new AtomicInteger();
    DocumentAnalyzer real = ProductAnalyzer.create();
    DocumentAnalyzer stalled = doc -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return real.analyze(doc);
    };
    DocumentSource source = sink -> {
      for (int i = 0; i < total; i++) {
        handedOver.incrementAndGet();
        sink.accept(RawDocument.ofText("دمشق-سانا\nخبر رقم " + i + " عن وقف الأعمال القتالية في سورية.", "doc#" + i));
      }
    };
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      IngestPipeline pipeline = new IngestPipeline(stalled, store, new Quarantine(data.resolve("quarantine")),
          new IngestPipeline.Options(threads, queue, 1000, 1000));
      IngestSummary[] summary = new IngestSummary[1];
      Thread run = new Thread(() -> {
        try {
          summary[0] = pipeline.run(source);
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      run.start();
      Thread.sleep(1500); // the reader runs as far as it can
      // each worker holds one document, the queue holds `queue`, the reader blocks on the next one
      assertThat(handedOver.get()).isLessThanOrEqualTo(threads + queue + 1);
      assertThat(run.isAlive()).isTrue();

      release.countDown();
      run.join(TimeUnit.SECONDS.toMillis(120));
      assertThat(run.isAlive()).isFalse();
      assertThat(summary[0].read()).isEqualTo(total);
      assertThat(summary[0].ingested()).isEqualTo(total);
    }
  }

}

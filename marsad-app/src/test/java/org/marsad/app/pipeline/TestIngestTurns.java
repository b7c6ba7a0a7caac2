package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.ForwardingArticleStore;
import org.marsad.testkit.SharedData;

/**
 * The linking step runs in input order, and every way a document leaves the run lets its
 * successors through: a missed turn would hang the ingest, so each test has a time limit.
 */
class TestIngestTurns {
  private static final Duration HANG = Duration.ofSeconds(120);

  @TempDir Path data;

  private static List<RawDocument> docs(int n) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : SharedData.seedText().split("\n")) if (line.strip().length() > 40) paragraphs.add(line.strip());
    return TestInputs.synthetic(n, paragraphs);
  }

  private static int number(RawDocument doc) {
    return Integer.parseInt(doc.origin().substring(doc.origin().indexOf('#') + 1));
  }

  /** Later documents overtake earlier ones: the analysis of every fourth sleeps. */
  private static Article slowly(RawDocument doc) {
    if (number(doc) % 4 == 1) {
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ProductAnalyzer.create().analyze(doc);
  }

  @Test
  void articles_are_linked_in_input_order_past_every_kind_of_drop() {
    List<RawDocument> docs = docs(60);
    List<Integer> linked = Collections.synchronizedList(new ArrayList<>());
    DocumentAnalyzer dropping = doc -> {
      if (number(doc) == 3) throw new IllegalArgumentException("no body"); // analysis exception
      if (number(doc) == 5) return null; // no content id
      return slowly(doc);
    };
    DocumentSource source = sink -> {
      for (RawDocument d : docs) {
        sink.accept(d);
        if (number(d) == 10) sink.failed("archive.zip!bad.json", "invalid JSON", "{".getBytes(StandardCharsets.UTF_8));
      }
    };
    IngestSummary s = assertTimeoutPreemptively(HANG, () -> {
      try (ArticleStore store = ArticleStore.openEmbedded(data)) {
        return new IngestPipeline(dropping, store, new Quarantine(data.resolve("quarantine")),
            new IngestPipeline.Options(3, 2, 7, 60_000))
            .linkInOrder(a -> {
              int n = Integer.parseInt(a.title().substring(a.title().indexOf(' ') + 1)); // "عنوان 7"
              linked.add(n);
              if (n == 9) throw new IllegalStateException("linking failed"); // a failed link
              return a;
            })
            .run(source);
      }
    });
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 60; i++) if (i != 3 && i != 5) expected.add(i % 20 == 19 ? i - 1 : i); // #19 repeats #18's text and title
    assertThat(linked).isEqualTo(expected); // a repeat is linked, then skipped as a duplicate
    assertThat(s.failed()).isEqualTo(4); // #3, #5, #9 and the unreadable input
    assertThat(s.duplicates()).isEqualTo(3);
    assertThat(s.ingested()).isEqualTo(TestInputs.distinctSynthetic(60) - 3);
  }

  @Test
  void a_second_run_of_the_same_files_passes_every_turn() throws Exception {
    List<RawDocument> docs = docs(40);
    for (int run = 0; run < 2; run++) {
      IngestSummary s = assertTimeoutPreemptively(HANG, () -> {
        try (ArticleStore store = ArticleStore.openEmbedded(data)) {
          return new IngestPipeline(TestIngestTurns::slowly, store, new Quarantine(data.resolve("quarantine")),
              new IngestPipeline.Options(2, 2, 5, 60_000)).linkInOrder(a -> a).run(DocumentSource.of(docs));
        }
      });
      assertThat(s.ingested() + s.duplicates()).isEqualTo(40);
      assertThat(s.ingested()).isEqualTo(run == 0 ? TestInputs.distinctSynthetic(40) : 0);
    }
  }

  @Test
  void a_store_failure_stops_the_run_without_leaving_a_worker_waiting() {
    AtomicInteger adds = new AtomicInteger();
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG, () -> {
      try (ArticleStore store = new FailingOnAdd(ArticleStore.openEmbedded(data), 12, adds)) {
        return new IngestPipeline(TestIngestTurns::slowly, store, new Quarantine(data.resolve("quarantine")),
            new IngestPipeline.Options(3, 2, 5, 60_000)).linkInOrder(a -> a).run(DocumentSource.of(docs(80)));
      }
    })).isInstanceOf(IngestPipeline.StoreException.class).hasMessage("disk full");
    assertThat(adds.get()).isBetween(12, 14); // the failing add, and at most the other workers' in hand
  }

  /** A store whose n-th add fails, as a full disk would. */
  private static final class FailingOnAdd extends ForwardingArticleStore {
    private final int failAt;
    private final AtomicInteger adds;

    FailingOnAdd(ArticleStore store, int failAt, AtomicInteger adds) {
      super(store);
      this.failAt = failAt;
      this.adds = adds;
    }

    @Override
    public void add(Article article) throws IOException {
      if (adds.incrementAndGet() >= failAt) throw new IOException("disk full");
      delegate.add(article);
    }

    @Override
    public void add(Article article, String json) throws IOException {
      if (adds.incrementAndGet() >= failAt) throw new IOException("disk full");
      delegate.add(article, json);
    }
  }
}

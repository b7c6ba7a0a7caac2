package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.corpus.Corpus;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.store.ArticleStore;

/**
 * An article teaches the collection once: the entity registry counts its names when it is first
 * stored, not again when the same text comes back (a re-run of the same files, a second copy in one
 * batch), and a re-run that stores nothing leaves the collection's files as they were. Session 19:
 * re-running an ingest of the seed stored nothing and doubled Lavrov's count (10 → 20) and every
 * other entity's. Needs ../shared (the seed and one SaudiNewsNet day).
 */
class TestIngestLearnsOnce {
  private static final String STATE_FILES = "entities.jsonl near-duplicates.bin stories.bin";

  @TempDir Path tmp;

  private static List<RawDocument> input() throws Exception {
    List<RawDocument> docs = new ArrayList<>();
    docs.add(TestInputs.seed());
    docs.addAll(TestInputs.saudiNewsNet("2015-07-21").subList(0, 40));
    return docs;
  }

  /** The product wiring of {@code marsad ingest}: the corpus analyser, linking in input order. */
  private static IngestSummary ingest(Path data, List<RawDocument> docs, int threads) throws Exception {
    return ingest(data, docs, threads, DocumentAnalyzer::analyze, UnaryOperator.identity());
  }

  /** As above, with a hook around each analysis and one before each link (to hold the order of events). */
  private static IngestSummary ingest(Path data, List<RawDocument> docs, int threads,
      BiFunction<DocumentAnalyzer, RawDocument, Article> analysis, UnaryOperator<Article> beforeLink) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbedded(data); Corpus corpus = Corpus.open(data)) {
      DocumentAnalyzer product = corpus.analyzer()::analyze;
      IngestPipeline pipeline = new IngestPipeline(doc -> analysis.apply(product, doc), store,
          new Quarantine(data.resolve("quarantine")), new IngestPipeline.Options(threads, 4 * threads, 1000, 60_000))
          .linkInOrder(a -> corpus.link(beforeLink.apply(a)))
          .onCommit(n -> {
            try {
              corpus.saveIfChanged();
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      return pipeline.run(DocumentSource.of(docs));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(120, TimeUnit.SECONDS)).as("the copy was analysed").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long count(Path data, String type, String name) throws Exception {
    try (Corpus corpus = Corpus.open(data)) {
      return corpus.entities().resolve(type, name).map(EntityRecord::count).orElse(0L);
    }
  }

  private static List<byte[]> stateFiles(Path data) throws Exception {
    List<byte[]> out = new ArrayList<>();
    for (String f : STATE_FILES.split(" ")) out.add(Files.readAllBytes(data.resolve(f)));
    return out;
  }

  @Test
  void a_rerun_of_the_same_files_leaves_the_registry_duplicates_and_stories_as_they_were() throws Exception {
    Path data = tmp.resolve("data");
    List<RawDocument> docs = input();
    IngestSummary first = ingest(data, docs, 2);
    assertThat(first.ingested()).isEqualTo(docs.size());
    long lavrov = count(data, "PERS", "سيرغي لافروف");
    assertThat(lavrov).isEqualTo(10); // the seed names him ten times
    List<byte[]> before = stateFiles(data);

    IngestSummary again = ingest(data, docs, 2);

    assertThat(again.ingested()).isZero();
    assertThat(again.duplicates()).isEqualTo(docs.size());
    assertThat(count(data, "PERS", "سيرغي لافروف")).isEqualTo(lavrov);
    List<byte[]> after = stateFiles(data);
    for (int i = 0; i < after.size(); i++) {
      assertThat(after.get(i)).as(STATE_FILES.split(" ")[i]).isEqualTo(before.get(i));
    }
  }

  @Test
  void a_second_copy_in_the_same_run_counts_once_though_the_first_is_not_stored_yet() throws Exception {
    RawDocument seed = TestInputs.seed();
    RawDocument copy = new RawDocument(seed.body(), false, null, null, "sana", "2016-04-12", "copy-of-seed.txt");
    List<RawDocument> docs = new ArrayList<>(input());
    docs.add(copy);
    docs.add(1, copy); // one copy right after the seed, one at the end

    Path once = tmp.resolve("once");
    ingest(once, input(), 3);
    // The seed is linked (and then stored) only once the copy right after it has been analysed, so
    // when the copy's registry step asks, the seed is not in the store: only the run's own record of
    // what it learnt keeps the copy from counting the seed's names a second time.
    CountDownLatch copyAnalysed = new CountDownLatch(1);
    Path twice = tmp.resolve("twice");
    IngestSummary s = ingest(twice, docs, 3, (analyzer, doc) -> {
      Article a = analyzer.analyze(doc);
      if (doc == copy) copyAnalysed.countDown();
      return a;
    }, a -> {
      if (a.source() != null && copyAnalysed.getCount() > 0) await(copyAnalysed); // the seed's turn to link
      return a;
    });

    assertThat(s.duplicates()).isEqualTo(2);
    assertThat(count(twice, "PERS", "سيرغي لافروف")).isEqualTo(count(once, "PERS", "سيرغي لافروف")).isEqualTo(10);
    assertThat(Files.readString(twice.resolve("entities.jsonl"))).isEqualTo(Files.readString(once.resolve("entities.jsonl")));
  }
}

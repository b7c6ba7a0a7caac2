package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.corpus.Corpus;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;

/**
 * A re-run does not analyse what the collection holds (session 19: re-running one stored day took
 * 88.9 s, all of it analysis): with {@code marsad ingest}'s wiring, the second ingest of the same
 * documents runs the costly part of the analysis for none of them and leaves every file of the data
 * directory as it was; a wire's first part skipped that way still dates the part after it. Needs
 * ../shared.
 */
class TestRerunSkipsKnown {
  @TempDir Path tmp;

  @Test
  void a_rerun_analyses_nothing_and_changes_no_file() throws Exception {
    List<RawDocument> docs = new ArrayList<>();
    docs.add(TestInputs.seed());
    docs.addAll(TestInputs.saudiNewsNet("2015-07-21").subList(0, 40));
    Path data = tmp.resolve("data");
    AtomicInteger analysed = new AtomicInteger();
    IngestSummary first = ingest(data, docs, analysed);
    assertThat(first.ingested()).isPositive();
    assertThat(analysed.get()).isEqualTo(first.ingested() + first.duplicates());
    Map<String, Long> before = files(data);

    analysed.set(0);
    IngestSummary again = ingest(data, docs, analysed);
    assertThat(again.ingested()).isZero();
    assertThat(again.duplicates()).isEqualTo(first.ingested() + first.duplicates());
    assertThat(analysed.get()).as("documents given the costly analysis").isZero();
    assertThat(files(data)).isEqualTo(before);
  }

  @Test
  void a_skipped_first_part_still_dates_the_part_after_it() throws Exception {
    List<RawDocument> day = TestInputs.saudiNewsNet("2015-08-10");
    RawDocument firstPart = day.get(1510); // "… يرأس جلسة مجلس الوزراء", dated جدة
    RawDocument secondPart = day.get(1509); // "… إضافة أولى", no dateline of its own
    Path data = tmp.resolve("parts");
    AtomicInteger analysed = new AtomicInteger();
    ingest(data, List.of(firstPart), analysed);
    analysed.set(0);
    IngestSummary rerun = ingest(data, List.of(firstPart, secondPart), analysed);
    assertThat(rerun.ingested()).isEqualTo(1);
    assertThat(analysed.get()).isEqualTo(1);
    String id = org.marsad.app.Marsad.analyzer().identify(secondPart, org.marsad.nlp.ArticleAnalyzer.Options.DEFAULT).id();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      Article stored = store.get(id).orElseThrow();
      assertThat(stored.title()).contains("إضافة أولى");
      assertThat(stored.dateline()).isNotNull();
      assertThat(stored.dateline().city()).isEqualTo("جدة");
    }
  }

  /** {@code marsad ingest}'s wiring, two workers, counting the documents given the rest of the analysis. */
  private static IngestSummary ingest(Path data, List<RawDocument> docs, AtomicInteger analysed) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbedded(data); Corpus corpus = Corpus.open(data)) {
      KnownArticles product = corpus.known(store);
      KnownArticles counting = new KnownArticles() {
        @Override
        public Article identify(RawDocument document) {
          return product.identify(document);
        }

        @Override
        public Article finish(Article identified) {
          analysed.incrementAndGet();
          return product.finish(identified);
        }

        @Override
        public boolean known(String id) throws IOException {
          return product.known(id);
        }

        @Override
        public void pass(Article identified) {
          product.pass(identified);
        }
      };
      IngestPipeline pipeline = new IngestPipeline(corpus.analyzer()::analyze, store,
          new Quarantine(data.resolve("quarantine")), new IngestPipeline.Options(2, 8, 1000, 60_000))
          .linkInOrder(corpus::link)
          .storedArticlesCounted(corpus.entities()::countsStoredArticles)
          .skipKnown(counting)
          .onCommit(n -> {
            try {
              corpus.saveIfChanged();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      return pipeline.run(DocumentSource.of(docs));
    }
  }

  /** Every file of the data directory (the lock file aside) with a checksum of its bytes. */
  private static Map<String, Long> files(Path data) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(data)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        if (f.getFileName().toString().equals("write.lock")) continue;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(Files.readAllBytes(f));
        out.put(data.relativize(f).toString(), crc.getValue());
      }
    }
    return out;
  }
}

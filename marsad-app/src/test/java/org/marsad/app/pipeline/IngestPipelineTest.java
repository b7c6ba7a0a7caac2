package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.testkit.SharedData;

class IngestPipelineTest {
  @TempDir Path data;

  private IngestSummary ingest(DocumentSource source, DocumentAnalyzer analyzer, int threads, int commitEvery) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      IngestPipeline.Options options = new IngestPipeline.Options(threads, 2, commitEvery, 50);
      return new IngestPipeline(analyzer, store, new Quarantine(data.resolve("quarantine")), options).run(source);
    }
  }

  private static List<String> seedParagraphs() {
    List<String> out = new ArrayList<>();
    for (String line : SharedData.seedText().split("\n")) {
      if (line.strip().length() > 40) out.add(line.strip());
    }
    return out;
  }

  @Test
  void stores_each_distinct_text_once_and_a_second_run_adds_nothing() throws Exception {
    List<RawDocument> docs = TestInputs.synthetic(500, seedParagraphs());
    int distinct = TestInputs.distinctSynthetic(500);
    IngestSummary first = ingest(DocumentSource.of(docs), ProductAnalyzer.create(), 3, 37);
    assertThat(first.read()).isEqualTo(500);
    assertThat(first.ingested()).isEqualTo(distinct);
    assertThat(first.duplicates()).isEqualTo(500 - distinct);
    assertThat(first.failed()).isZero();

    IngestSummary second = ingest(DocumentSource.of(docs), ProductAnalyzer.create(), 2, 37);
    assertThat(second.ingested()).isZero();
    assertThat(second.duplicates()).isEqualTo(500);
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      assertThat(store.count()).isEqualTo(distinct);
    }
  }

  @Test
  void seed_and_a_day_of_saudinewsnet_are_searchable_after_ingest() throws Exception {
    List<RawDocument> docs = new ArrayList<>(TestInputs.saudiNewsNet("2015-08-11"));
    docs.add(TestInputs.seed());
    IngestSummary s = ingest(DocumentSource.of(docs), ProductAnalyzer.create(), 2, 500);
    assertThat(s.ingested() + s.duplicates() + s.failed()).isEqualTo(docs.size());
    assertThat(s.duplicates()).isGreaterThan(0); // the day repeats some texts
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(s.ingested());
      SearchResult phrase = store.search(SearchRequest.of("\"وقف الأعمال القتالية\""));
      assertThat(phrase.total()).isEqualTo(1);
      assertThat(store.get(phrase.hits().get(0).id()).orElseThrow().source()).isEqualTo("sana");
      SearchResult spa = store.search(SearchRequest.of("source:was").withPage(0, 1000));
      assertThat(spa.total()).isGreaterThan(100);
      assertThat(spa.hits()).allSatisfy(h -> assertThat(h.source()).isEqualTo("was"));
    }
  }

  @Test
  void documents_the_analyser_rejects_and_unreadable_inputs_are_quarantined() throws Exception {
    List<String> paragraphs = seedParagraphs();
    List<RawDocument> docs = TestInputs.synthetic(40, paragraphs);
    DocumentAnalyzer picky = doc -> {
      if (doc.origin().endsWith("#7")) throw new IllegalArgumentException("no body");
      if (doc.origin().endsWith("#8")) return null; // a buggy analyser must not stop the run
      return ProductAnalyzer.create().analyze(doc);
    };
    DocumentSource source = sink -> {
      for (RawDocument d : docs) sink.accept(d);
      sink.failed("archive.zip!bad.json", "invalid JSON at line 3: unexpected end", "{\"title\": ".getBytes(StandardCharsets.UTF_8));
    };
    IngestSummary s = ingest(source, picky, 2, 10);
    assertThat(s.failed()).isEqualTo(3);
    assertThat(s.ingested()).isEqualTo(TestInputs.distinctSynthetic(40) - 2);
    Path q = data.resolve("quarantine");
    List<String> reasons = Files.readAllLines(q.resolve(Quarantine.REASONS));
    assertThat(reasons).hasSize(3);
    assertThat(reasons).anySatisfy(l -> assertThat(l).endsWith("synthetic#8\tanalysis produced no content id\t-"));
    assertThat(reasons).anySatisfy(l -> assertThat(l).contains("synthetic#7\tanalysis failed: no body\t"));
    String bad = reasons.stream().filter(l -> l.contains("archive.zip!bad.json")).findFirst().orElseThrow();
    assertThat(bad).contains("\tinvalid JSON at line 3: unexpected end\t");
    String file = bad.substring(bad.lastIndexOf('\t') + 1);
    assertThat(file).endsWith("archive.zip_bad.json");
    assertThat(Files.readString(q.resolve(file))).isEqualTo("{\"title\": ");
  }

  @Test
  void a_failing_source_still_keeps_what_was_read() throws Exception {
    List<RawDocument> docs = TestInputs.synthetic(30, seedParagraphs());
    DocumentSource source = sink -> {
      for (RawDocument d : docs) sink.accept(d);
      throw new IOException("disk gone");
    };
    assertThatThrownBy(() -> ingest(source, ProductAnalyzer.create(), 2, 1000)).hasMessage("disk gone");
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(TestInputs.distinctSynthetic(30));
    }
  }

  @Test
  void cancel_stops_reading_and_commits_what_is_in_hand() throws Exception {
    List<RawDocument> docs = TestInputs.synthetic(2000, seedParagraphs());
    AtomicInteger analysed = new AtomicInteger();
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      IngestPipeline[] pipeline = new IngestPipeline[1];
      DocumentAnalyzer counting = doc -> {
        if (analysed.incrementAndGet() == 100) pipeline[0].cancel();
        return ProductAnalyzer.create().analyze(doc);
      };
      pipeline[0] = new IngestPipeline(counting, store, new Quarantine(data.resolve("quarantine")),
          new IngestPipeline.Options(2, 4, 1000, 1000));
      IngestSummary s = pipeline[0].run(DocumentSource.of(docs));
      assertThat(s.cancelled()).isTrue();
      assertThat(s.read()).isLessThan(2000);
      assertThat(s.ingested() + s.duplicates()).isEqualTo(analysed.get());
    }
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isBetween(90L, 120L);
    }
  }

  @Test
  void each_new_article_is_announced_once_and_only_after_a_commit_made_it_durable() throws Exception {
    List<RawDocument> docs = TestInputs.synthetic(60, seedParagraphs());
    int distinct = TestInputs.distinctSynthetic(60);
    List<String> announced = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> notYetDurable = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      IngestPipeline.Options options = new IngestPipeline.Options(3, 2, 7, 50);
      new IngestPipeline(ProductAnalyzer.create(), store, new Quarantine(data.resolve("quarantine")), options)
          .onDurable(a -> {
            announced.add(a.id());
            // a separate reader sees only committed articles
            try (ArticleStore reader = ArticleStore.openEmbeddedReadOnly(data)) {
              if (!reader.contains(a.id())) notYetDurable.add(a.id());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .run(DocumentSource.of(docs));
    }
    assertThat(notYetDurable).isEmpty();
    assertThat(announced).hasSize(distinct).doesNotHaveDuplicates();
  }
}

package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.http.service.AnalyzeAndStore;
import org.marsad.app.http.service.AnalyzeService;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.testkit.SharedData;

/**
 * The server's two ways in with the collection's registry: {@code POST /api/analyze} stores nothing
 * and so teaches the registry nothing, and {@code POST /api/ingest} (also the feed watcher's path)
 * counts an article's names when it is stored, not when the same text is posted again. Session 19:
 * each analysis and each re-post counted every name again. Needs ../shared (the seed).
 */
class TestAnalysisTeachesOnce {
  @TempDir Path data;

  private static long lavrov(Corpus corpus) {
    return corpus.entities().resolve("PERS", "سيرغي لافروف").map(EntityRecord::count).orElse(0L);
  }

  @Test
  void posting_the_seed_again_or_analysing_it_leaves_the_counts_and_closing_writes_nothing() throws Exception {
    RawDocument seed = RawDocument.ofText(SharedData.seedText(), "seed.txt");
    try (Corpus corpus = Corpus.open(data)) {
      InMemoryArticleStore store = new InMemoryArticleStore();
      AnalyzeAndStore ingest = new AnalyzeAndStore(corpus.analyzer()::analyze, corpus::link, store);
      assertThat(ingest.ingest(seed).created()).isTrue();
      assertThat(lavrov(corpus)).isEqualTo(10);

      assertThat(ingest.ingest(RawDocument.ofText(SharedData.seedText(), "seed again")).created()).isFalse();
      assertThat(lavrov(corpus)).isEqualTo(10);

      long version = corpus.entities().version();
      AnalyzeService analyze = ServerWiring.lookingOnly(corpus.analyzer()::analyze);
      Article shown = analyze.analyze(RawDocument.ofText("قال وزير الخارجية الروسي سيرغي لافروف إن الحل في سوريا سياسي.", "post"));
      assertThat(corpus.entities().version()).isEqualTo(version); // nothing learnt
      String lavrovId = corpus.entities().resolve("PERS", "لافروف").orElseThrow().id();
      assertThat(shown.entities()).extracting(Entity::id).contains(lavrovId); // but the ids are the registry's
      corpus.save();
    }
    Path registry = data.resolve("entities.jsonl");
    // a stamp no save can give: a rewrite shows whatever the file system's clock resolution
    FileTime stamp = FileTime.fromMillis(0);
    Files.setLastModifiedTime(registry, stamp);
    byte[] bytes = Files.readAllBytes(registry);
    try (Corpus corpus = Corpus.open(data)) {
      assertThat(lavrov(corpus)).isEqualTo(10);
    }
    assertThat(Files.getLastModifiedTime(registry)).isEqualTo(stamp); // closing a collection that learnt nothing writes nothing
    assertThat(Files.readAllBytes(registry)).isEqualTo(bytes);
  }
}

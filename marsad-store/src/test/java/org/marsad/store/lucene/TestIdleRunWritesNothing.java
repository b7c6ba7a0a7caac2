package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.TestArticles;

/**
 * Opening an index for writing, committing nothing new and closing it leaves its files as they were:
 * a re-run of an ingest over stored articles changes nothing on disk (docs/ingest.md, "Re-runs skip
 * the analysis of known articles"). Until session 20 every open wrote a new {@code segments_N}, its
 * schema version marked as a change.
 */
class TestIdleRunWritesNothing {
  @TempDir Path dir;

  @Test
  void a_run_that_adds_nothing_writes_no_commit() throws IOException {
    Path index = dir.resolve("index");
    try (LuceneArticleStore store = LuceneArticleStore.open(index)) {
      store.add(TestArticles.article("عنوان", "sana", "2016-04-12", "أعلنت وزارة الخارجية الروسية أن سيرغي لافروف سيزور دمشق."));
      store.commit();
    }
    List<String> before = files(index);
    try (LuceneArticleStore store = LuceneArticleStore.open(index)) {
      store.commit();
    }
    assertThat(files(index)).isEqualTo(before);
    try (LuceneArticleStore store = LuceneArticleStore.open(index)) {
      store.add(TestArticles.article("عنوان آخر", "sana", "2016-04-13", "قال وزير الخارجية السوري وليد المعلم إن المحادثات ستستأنف."));
      store.commit();
      assertThat(store.count()).isEqualTo(2);
    }
    assertThat(files(index)).isNotEqualTo(before);
    try (org.apache.lucene.store.FSDirectory d = org.apache.lucene.store.FSDirectory.open(index)) {
      assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getUserData())
          .as("the schema version is kept by later commits").containsEntry(ArticleFields.SCHEMA_KEY, ArticleFields.SCHEMA_VERSION);
    }
  }

  private static List<String> files(Path index) throws IOException {
    try (Stream<Path> all = Files.list(index)) {
      return all.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted().toList();
    }
  }
}

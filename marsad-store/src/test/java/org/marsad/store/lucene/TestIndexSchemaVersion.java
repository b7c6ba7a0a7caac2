package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.DamagedIndexException;

/**
 * An index of another schema version (schema 2: names analysed with the stop filter, before
 * session 13) is refused by every open, with the advice to rebuild it with {@code marsad reindex}.
 */
class TestIndexSchemaVersion {
  @TempDir Path dir;

  @Test
  void an_index_of_schema_2_is_refused_with_the_advice_to_reindex() throws IOException {
    Path index = dir.resolve("index");
    try (LuceneArticleStore store = LuceneArticleStore.open(index)) {
      store.commit();
    }
    try (FSDirectory d = FSDirectory.open(index);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(ArticleFields.SCHEMA_KEY, "2").entrySet());
      w.commit();
    }
    assertThat(ArticleFields.SCHEMA_VERSION).isEqualTo("5");
    for (ThrowingOpen open : new ThrowingOpen[] {LuceneArticleStore::open, LuceneArticleStore::openReadOnly}) {
      assertThatThrownBy(() -> open.open(index).close())
          .isInstanceOf(IOException.class)
          .hasMessageContaining("has schema 2, this marsad reads schema 5")
          .hasMessageContaining(DamagedIndexException.ADVICE);
    }
  }

  private interface ThrowingOpen {
    LuceneArticleStore open(Path index) throws IOException;
  }
}

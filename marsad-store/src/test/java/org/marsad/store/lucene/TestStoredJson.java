package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.SearchRequest;
import org.marsad.store.TestArticles;

/** The record's JSON is stored deflated; records of an index written before (a string field) still read. */
class TestStoredJson {
  @TempDir Path dir;

  @Test
  void the_json_comes_back_exactly_and_smaller() {
    String json = ArticleJson.write(TestArticles.seed());
    BytesRef stored = StoredJson.compress(json);
    assertThat(StoredJson.read(new StoredField(ArticleFields.JSON, stored))).isEqualTo(json);
    assertThat(stored.length).isLessThan(json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
    assertThat(StoredJson.read(new StoredField(ArticleFields.JSON, StoredJson.compress("")))).isEmpty();
  }

  @Test
  void an_index_with_string_json_reads_old_and_new_records() throws IOException {
    Article old = TestArticles.seed();
    Article added = TestArticles.article("مقال جديد", "test", "2015-08-12T10:00:00", "نص مقال جديد عن الرياض والطقس.");
    try (FSDirectory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexAnalyzers.create()).setSimilarity(LuceneArticleStore.SIMILARITY))) {
      Document doc = new ArticleDocuments(ArticleDocuments.facetsConfig()).toDocument(old);
      doc.removeField(ArticleFields.JSON);
      doc.add(new StoredField(ArticleFields.JSON, ArticleJson.write(old))); // as indexes before deflating stored it
      w.updateDocument(new Term(ArticleFields.ID, old.id()), doc);
      w.setLiveCommitData(Map.of(ArticleFields.SCHEMA_KEY, ArticleFields.SCHEMA_VERSION).entrySet());
      w.commit();
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(added);
      store.commit();
      assertThat(store.get(old.id())).contains(old);
      assertThat(store.get(added.id())).contains(added);
      assertThat(store.search(SearchRequest.of("لافروف")).hits()).extracting(h -> h.id()).containsExactly(old.id());
    }
  }

  @Test
  void damaged_bytes_are_an_error_not_a_wrong_record() {
    BytesRef stored = StoredJson.compress(ArticleJson.write(TestArticles.seed()));
    BytesRef cut = new BytesRef(stored.bytes, stored.offset, stored.length / 2);
    assertThatThrownBy(() -> StoredJson.read(new StoredField(ArticleFields.JSON, cut))).isInstanceOf(IllegalStateException.class);
  }
}

package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.TestArticles;

/** A word's root reading scores other forms of its root, and never widens the search box's AND. */
class TestRootReadings {
  @TempDir Path dir;

  @Test
  void an_article_with_other_forms_of_the_root_ranks_first_and_and_stays_and() throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("index"))) {
      var related = TestArticles.article(null, "sana", "2016-04-12T10:00:00Z",
          "الانتقادات مستمرة في جنيف وانتقد الوزير القرار");
      var plain = TestArticles.article(null, "sana", "2016-04-12T10:00:00Z",
          "الانتقادات مستمرة في جنيف والطقس بارد");
      var rootOnly = TestArticles.article(null, "sana", "2016-04-12T10:00:00Z",
          "انتقد الوزير في جنيف القرار اليوم دون نتيجة");
      store.add(plain);
      store.add(related);
      store.add(rootOnly);
      store.commit();
      List<String> ids = store.search(SearchRequest.of("انتقادات")).hits().stream().map(Hit::id).toList();
      // both articles with the word, the one that also says انتقد first (though longer); the root alone is no match
      assertThat(ids).containsExactly(related.id(), plain.id());
    }
  }

  @Test
  void free_text_ranking_finds_a_paragraph_by_another_form_of_the_root() throws IOException {
    FreeTextRanking ranking = new FreeTextRanking();
    try (Directory d = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ranking.analyzer()))) {
        add(w, ranking, "a", "زار الوزير المدينة القديمة واطلع على المكتبة");
        add(w, ranking, "b", "انتقد الرئيس القرار في مؤتمر صحفي");
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(r);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : s.search(ranking.anyWord("ما سبب الانتقادات؟"), 10).scoreDocs) {
          ids.add(s.storedFields().document(sd.doc).get("id"));
        }
        assertThat(ids).containsExactly("b"); // الانتقادات shares only its root with انتقد
        assertThat(FreeTextRanking.wordsOnly().anyWord("ما سبب الانتقادات؟").toString()).doesNotContain(FreeTextRanking.ROOTS_FIELD);
      }
    }
  }

  private static void add(IndexWriter w, FreeTextRanking ranking, String id, String text) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    for (String f : ranking.fields()) doc.add(new TextField(f, text, Field.Store.NO));
    w.addDocument(doc);
  }
}

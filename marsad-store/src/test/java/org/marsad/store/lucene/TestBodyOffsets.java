package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.TestArticles;

/**
 * Offsets in the body postings let the highlighter skip re-analysing bodies; the results must be
 * exactly those of an index built without them (as before), and such an older index must still
 * take new articles.
 */
class TestBodyOffsets {
  @TempDir static Path dir;
  static List<Article> articles;

  @BeforeAll
  static void build() throws IOException {
    articles = new ArrayList<>();
    articles.add(TestArticles.seed());
    List<Article> day = TestArticles.saudiNewsNet("2015-08-11");
    articles.addAll(day.subList(0, Math.min(400, day.size())));
    try (LuceneArticleStore fresh = LuceneArticleStore.open(dir.resolve("fresh"))) {
      for (Article a : articles) fresh.add(a);
    }
    // The same articles as an index made before offsets: body indexed with positions only.
    try (FSDirectory d = FSDirectory.open(dir.resolve("legacy"));
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexAnalyzers.create())
             .setSimilarity(LuceneArticleStore.SIMILARITY))) {
      ArticleDocuments old = new ArticleDocuments(ArticleDocuments.facetsConfig(), false);
      for (Article a : articles) w.updateDocument(new Term(ArticleFields.ID, a.id()), old.toDocument(a));
      w.setLiveCommitData(Map.of(ArticleFields.SCHEMA_KEY, ArticleFields.SCHEMA_VERSION).entrySet());
      w.commit();
    }
  }

  @Test
  void a_new_index_has_offsets_in_the_body_and_an_old_one_keeps_its_options() throws IOException {
    assertThat(bodyOptions("fresh")).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    assertThat(bodyOptions("legacy")).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  }

  @Test
  void searches_give_the_same_hits_scores_snippets_and_facets_with_or_without_offsets() throws IOException {
    List<String> queries = new ArrayList<>(List.of("لافروف", "\"وقف الأعمال القتالية\"", "السعودية", "الرياض OR جدة",
        "source:spa", "مجلس الوزراء -الملك"));
    for (Article a : articles.subList(0, 60)) {
      if (a.title() != null) queries.add(a.title().replaceAll("[\"“”«»:()]", " ").replaceAll("(^|\\s)-", " ").replace(" OR ", " "));
    }
    int marked = 0;
    try (LuceneArticleStore fresh = LuceneArticleStore.openReadOnly(dir.resolve("fresh"));
         LuceneArticleStore legacy = LuceneArticleStore.openReadOnly(dir.resolve("legacy"))) {
      for (String q : queries) {
        SearchRequest r = SearchRequest.of(q).withPage(0, 20);
        SearchResult withOffsets = fresh.search(r);
        assertThat(withOffsets).as(q).isEqualTo(legacy.search(r));
        marked += withOffsets.hits().stream().filter(h -> h.snippet().contains("<mark>")).count();
      }
    }
    assertThat(marked).isGreaterThan(100); // the comparison covered real highlights, not just openings
  }

  @Test
  void an_index_without_body_offsets_still_takes_new_articles() throws IOException {
    Article extra = TestArticles.article("مقال إضافي", "test", "2015-08-12T10:00:00", "نص مقال إضافي عن الرياض والطقس.");
    Path copy = dir.resolve("legacy-copy");
    try (FSDirectory d = FSDirectory.open(copy);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexAnalyzers.create())
             .setSimilarity(LuceneArticleStore.SIMILARITY))) {
      w.addDocument(new ArticleDocuments(ArticleDocuments.facetsConfig(), false).toDocument(articles.get(1)));
      w.setLiveCommitData(Map.of(ArticleFields.SCHEMA_KEY, ArticleFields.SCHEMA_VERSION).entrySet());
      w.commit();
    }
    try (LuceneArticleStore legacy = LuceneArticleStore.open(copy)) {
      legacy.add(extra);
      legacy.commit();
      assertThat(legacy.search(SearchRequest.of("إضافي")).hits()).extracting(h -> h.id()).containsExactly(extra.id());
    }
    assertThat(bodyOptions("legacy-copy")).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  }

  private static IndexOptions bodyOptions(String name) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir.resolve(name)); DirectoryReader r = DirectoryReader.open(d)) {
      return FieldInfos.getMergedFieldInfos(r).fieldInfo(ArticleFields.BODY).getIndexOptions();
    }
  }
}

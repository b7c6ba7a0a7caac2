package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.TestArticles;

/** Equally scored hits come in content-id order, whatever order they were indexed in (a reindex keeps result pages). */
class TestTieOrder {
  @TempDir Path dir;

  @Test
  void equally_scored_hits_are_ordered_by_id_not_by_indexing_order() throws IOException {
    List<Article> articles = new ArrayList<>();
    String[] places = {"حلب", "حمص", "درعا", "إدلب", "اللاذقية", "طرطوس"};
    for (String place : places) {
      // Same length and the same single match of the query word: the same BM25 score.
      articles.add(TestArticles.article("اجتماع في جنيف", "sana", "2016-04-12",
          "عقد وفد من " + place + " اجتماعا في جنيف اليوم لبحث الأوضاع."));
    }
    List<String> forward = ids(articles, dir.resolve("a"));
    List<Article> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    List<String> backward = ids(reversed, dir.resolve("b"));

    assertThat(forward).hasSize(places.length).isEqualTo(backward);
    assertThat(forward).isSorted();
  }

  private static List<String> ids(List<Article> articles, Path index) throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(index)) {
      for (Article a : articles) {
        store.add(a);
        store.commit(); // one segment each: indexing order is also segment order
      }
      List<Hit> hits = store.search(SearchRequest.of("جنيف")).hits();
      assertThat(hits).extracting(Hit::score).containsOnly(hits.get(0).score());
      return hits.stream().map(Hit::id).toList();
    }
  }
}

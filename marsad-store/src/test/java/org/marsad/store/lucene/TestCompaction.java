package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.TestArticles;

/**
 * Merging the index into fewer segments ({@link LuceneArticleStore#compact}) is a speed measure
 * only: on an index without replaced articles every search gives the same result before and after,
 * to the last score bit and snippet.
 * And the hit scores, which the store takes from the collector's score sort value instead of
 * re-scoring the page, are the same whichever order the page is sorted in.
 */
class TestCompaction {
  @TempDir Path dir;

  @Test
  void compacting_changes_no_search_result() throws IOException {
    // One version per id: a replaced article's old version still counts in BM25's statistics
    // until a merge drops it (any merge, compact's or Lucene's own), which moves scores a little.
    List<Article> articles = new ArrayList<>(TestArticles.saudiNewsNet("2015-08-11").stream()
        .collect(Collectors.toMap(Article::id, a -> a, (a, b) -> a, java.util.LinkedHashMap::new)).values());
    List<SearchRequest> queries = new ArrayList<>();
    for (Article a : articles.subList(0, Math.min(60, articles.size()))) {
      if (a.title() == null) continue;
      String[] words = a.title().replaceAll("[^\\p{L}\\p{M}\\p{N}\\s]", " ").strip().split("\\s+");
      if (words.length < 2) continue;
      queries.add(SearchRequest.of(String.join(" ", words)));
      queries.add(SearchRequest.of(words[0] + " " + words[1]).withSort(SearchRequest.SortOrder.DATE).withPage(5, 10));
      queries.add(SearchRequest.of("\"" + words[0] + " " + words[1] + "\"").withHistogram(SearchRequest.DateBucket.MONTH));
    }
    queries.add(SearchRequest.of("").withSort(SearchRequest.SortOrder.DATE));
    queries.add(SearchRequest.of("source:was"));

    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("index"))) {
      int n = 0;
      for (Article a : articles) {
        store.add(a);
        if (++n % 150 == 0) store.commit(); // a segment per commit, as a long ingest leaves them
      }
      store.commit();
      // Lucene's background merges may already have joined a few segments (when depends on the
      // merge thread's timing), so only ask for more than the one compact leaves.
      assertThat(store.segmentCount()).isGreaterThan(1);
      List<SearchResult> before = new ArrayList<>();
      for (SearchRequest q : queries) before.add(store.search(q));

      store.compact(1);

      assertThat(store.segmentCount()).isEqualTo(1);
      for (int i = 0; i < queries.size(); i++) {
        assertThat(store.search(queries.get(i))).as(queries.get(i).query()).isEqualTo(before.get(i));
      }
      // the comparison has something to compare: hits with scores and highlighted snippets
      assertThat(before.stream().mapToLong(SearchResult::total).sum()).isGreaterThan(queries.size());
      assertThat(before.stream().flatMap(r -> r.hits().stream()).filter(h -> h.snippet().contains("<mark>")).count())
          .isGreaterThan(50);
      assertThatThrownBy(() -> store.compact(0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void hits_sorted_by_date_carry_their_relevance_scores() throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("scores"))) {
      for (Article a : TestArticles.saudiNewsNet("2015-08-11")) store.add(a);
      store.commit();
      SearchRequest byRelevance = SearchRequest.of("السعودية").withPage(0, 5000);
      SearchResult relevance = store.search(byRelevance);
      SearchResult date = store.search(byRelevance.withSort(SearchRequest.SortOrder.DATE));
      assertThat(relevance.total()).isGreaterThan(20).isEqualTo(date.total());
      Map<String, Double> scores = relevance.hits().stream().collect(Collectors.toMap(Hit::id, Hit::score));
      assertThat(date.hits()).allSatisfy(h -> assertThat(h.score()).isPositive().isEqualTo(scores.get(h.id())));
      assertThat(relevance.hits()).extracting(Hit::score).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
  }
}

package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.nlp.trend.Burst;
import org.marsad.store.ArticleStore;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * Trends count every entity of a day, not only the day's top facet values: on a busy day an
 * entity ranked 12th still bursts above its quiet baseline.
 */
class TestTrendFinder {
  private static final LocalDate LAST = LocalDate.of(2015, 8, 10);
  private int next;
  /** The registry of the articles' people, each name written by two articles (enough to trend). */
  private final EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());

  @Test
  void an_entity_below_the_days_top_ten_still_bursts(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // Eleven busy people: 5 articles a day for 8 days (steady, never a burst).
      for (int p = 0; p < 11; p++) {
        for (LocalDate d = LAST.minusDays(7); !d.isAfter(LAST); d = d.plusDays(1)) {
          for (int i = 0; i < 5; i++) store.add(ArticleJson.read(article(d, "شخص" + p)));
        }
      }
      // A quiet minister: one article on one day of the baseline, then 4 on the last day (12th of the day).
      store.add(ArticleJson.read(article(LAST.minusDays(3), "عادل الجبير")));
      for (int i = 0; i < 4; i++) store.add(ArticleJson.read(article(LAST, "عادل الجبير")));
      store.commit();

      TrendFinder.Trends t = new TrendFinder(store, registry).trends(1, LAST, 7, 2.0, 3);
      assertThat(t.complete()).isTrue();
      assertThat(t.bursts()).extracting(Burst::key).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.count()).isEqualTo(4);
      assertThat(b.baseline()).isEqualTo(1.0 / 7);
      assertThat(b.zScore()).isGreaterThan(3.0);
      assertThat(new TrendFinder(store, registry).bursts(1, LAST, 7, 2.0, 5)).as("fewer than --min-count articles").isEmpty();
    }
  }

  @Test
  void a_window_reaching_years_before_the_oldest_article_asks_the_index_only_for_days_with_articles(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (LocalDate d = LAST.minusDays(7); !d.isAfter(LAST); d = d.plusDays(1)) {
        store.add(ArticleJson.read(article(d, "سيرغي لافروف")));
      }
      store.add(ArticleJson.read(article(LAST.minusDays(3), "عادل الجبير")));
      for (int i = 0; i < 4; i++) store.add(ArticleJson.read(article(LAST, "عادل الجبير")));
      store.commit();
      AtomicInteger searches = new AtomicInteger();
      ArticleStore counted = countingSearches(store, searches);

      TrendFinder.Trends t = new TrendFinder(counted, registry).trends(100_000, LAST, 100_000, 2.0, 3);
      assertThat(searches.get()).as("the days of the index, plus one for its first and last day").isEqualTo(8 + 1);
      assertThat(t.bursts()).as("one article a day is under --min-count").extracting(Burst::key).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.day()).isEqualTo(LAST);
      assertThat(b.baseline()).as("the days before the oldest article count 0 in the baseline").isEqualTo(1.0 / 100_000);
    }
  }

  @Test
  void days_without_articles_between_two_and_after_the_newest_are_not_searched(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (int back : new int[] {7, 5, 2}) store.add(ArticleJson.read(article(LAST.minusDays(back), "سيرغي لافروف")));
      store.add(ArticleJson.read(article(LAST.minusDays(3), "عادل الجبير")));
      for (int i = 0; i < 4; i++) store.add(ArticleJson.read(article(LAST, "عادل الجبير")));
      store.commit();
      AtomicInteger searches = new AtomicInteger();
      ArticleStore counted = countingSearches(store, searches);

      // --day a month after the newest article, --days 40: 40 calendar days, 5 of them with articles
      TrendFinder.Trends t = new TrendFinder(counted, registry).trends(40, LAST.plusDays(30), 7, 2.0, 3);
      assertThat(searches.get()).as("the 5 days that have articles, plus one for the day histogram").isEqualTo(5 + 1);
      assertThat(t.bursts()).extracting(Burst::key).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.day()).isEqualTo(LAST);
      assertThat(b.baseline()).as("the empty days of the window count 0").isEqualTo(1.0 / 7);
    }
  }

  private static ArticleStore countingSearches(ArticleStore store, AtomicInteger searches) {
    return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals("search")) searches.incrementAndGet();
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private String article(LocalDate day, String person) {
    registry.register("PERS", person, Set.of(person), 1);
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("id", String.format("%032x", next++)).put("published", day + "T09:00:00Z").put("source", "sana")
        .put("text", "التقى " + person + " اليوم وفدا رسميا.");
    ArrayNode entities = o.putArray("entities");
    entities.addObject().put("text", person).put("type", "PERS").put("start", 6).put("end", 6 + person.length())
        .put("canonical", person).put("id", "pers-" + Integer.toHexString(person.hashCode()));
    return o.toString();
  }
}

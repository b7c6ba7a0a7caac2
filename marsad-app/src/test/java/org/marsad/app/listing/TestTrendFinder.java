package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.app.http.Services;
import org.marsad.app.http.service.TrendService;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.nlp.trend.Burst;
import org.marsad.nlp.trend.BurstDetector;
import org.marsad.store.ArticleStore;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * Trends count every entity of a day, not only the day's top facet values: on a busy day an
 * entity ranked 12th still bursts above its quiet baseline.
 */
class TestTrendFinder {
  private static final LocalDate LAST = LocalDate.of(2015, 8, 10);
  /** Noon UTC of {@link #LAST}: a collection running today, whose newest day may be partly collected. */
  private static final Clock TODAY_IS_LAST = Clock.fixed(LAST.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
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

      TrendFinder.Trends t = new TrendFinder(store, registry, TODAY_IS_LAST).trends(1, LAST, 7, 2.0, 3);
      assertThat(t.complete()).isTrue();
      assertThat(t.bursts()).extracting(t::displayKey).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.count()).isEqualTo(4);
      assertThat(b.baseline()).isEqualTo(1.0 / 7);
      assertThat(b.zScore()).isGreaterThan(3.0);
      assertThat(new TrendFinder(store, registry, TODAY_IS_LAST).bursts(1, LAST, 7, 2.0, 5)).as("fewer than --min-count articles").isEmpty();
    }
  }

  /** Seven days of 12 articles (2 on the minister), then LAST with 6 (4 on the minister). */
  private void weekThenSixArticlesOnLast(LuceneArticleStore store) throws Exception {
    for (LocalDate d = LAST.minusDays(7); d.isBefore(LAST); d = d.plusDays(1)) {
      for (int i = 0; i < 10; i++) store.add(ArticleJson.read(article(d, "شخص ثابت")));
      for (int i = 0; i < 2; i++) store.add(ArticleJson.read(article(d, "عادل الجبير")));
    }
    for (int i = 0; i < 2; i++) store.add(ArticleJson.read(article(LAST, "شخص ثابت")));
    for (int i = 0; i < 4; i++) store.add(ArticleJson.read(article(LAST, "عادل الجبير")));
    store.commit();
  }

  /**
   * Session 18 review, F1: a collection whose newest day is over (a historical or stopped one) is
   * not being collected, however small its last day: it is scored whole, as every other day, and
   * its bursts do not change when the next day is ingested. Today is the UTC day, whatever the
   * clock's zone.
   */
  @Test
  void a_small_last_day_of_a_finished_collection_is_scored_whole(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // the last day is small (6 articles against 12) but complete: the collection stopped
      weekThenSixArticlesOnLast(store);

      Clock nextDay = Clock.fixed(LAST.plusDays(1).atTime(0, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      Clock years = Clock.fixed(LocalDate.of(2026, 12, 5).atTime(16, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      for (Clock clock : List.of(nextDay, years)) {
        TrendFinder.Trends t = new TrendFinder(store, registry, clock).trends(1, LAST, 7, 2.0, 3);
        assertThat(t.partialDay()).as("a day before today is finished").isNull();
        assertThat(t.partialShare()).isEqualTo(1.0);
        assertThat(t.bursts()).as("4 against 2 a day: z = (4 - 2) / sqrt(2) = 1.41, no burst").isEmpty();
      }
      Clock riyadhEvening = Clock.fixed(LAST.atTime(23, 0).toInstant(ZoneOffset.UTC), java.time.ZoneId.of("Asia/Riyadh"));
      assertThat(new TrendFinder(store, registry, riyadhEvening).trends(1, LAST, 7, 2.0, 3).partialDay())
          .as("today is the UTC day, whatever the clock's zone").isEqualTo(LAST);

      // the next day arrives: the 10th's bursts stay what they were
      for (int i = 0; i < 12; i++) store.add(ArticleJson.read(article(LAST.plusDays(1), "شخص ثابت")));
      store.commit();
      TrendFinder.Trends later = new TrendFinder(store, registry, years).trends(2, LAST.plusDays(1), 7, 2.0, 3);
      assertThat(later.bursts()).filteredOn(b -> b.day().equals(LAST)).isEmpty();
    }
  }

  /**
   * session 17 QA, F7: the newest day, still being collected at noon, was scored against whole
   * days, so a minister named twice a day was no burst with 4 articles in half a day's news.
   */
  @Test
  void a_day_being_collected_is_scored_against_its_share_of_the_baseline(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // half a day so far: 6 articles against the 12 of every earlier day, 4 of them on the minister
      weekThenSixArticlesOnLast(store);

      TrendFinder.Trends t = new TrendFinder(store, registry, TODAY_IS_LAST).trends(1, LAST, 7, 2.0, 3);
      assertThat(t.partialDay()).isEqualTo(LAST);
      assertThat(t.partialShare()).isEqualTo(0.5);
      assertThat(t.bursts()).extracting(t::displayKey).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.baseline()).as("2 a day, half a day").isEqualTo(1.0);
      assertThat(b.zScore()).as("against whole days: (4 - 2) / sqrt(2) = 1.41").isEqualTo(3.0);

      // the day complete: 12 articles, scored against whole days again (4 against 2 a day is no burst)
      for (int i = 0; i < 6; i++) store.add(ArticleJson.read(article(LAST, "شخص ثابت")));
      store.commit();
      TrendFinder.Trends whole = new TrendFinder(store, registry, TODAY_IS_LAST).trends(1, LAST, 7, 2.0, 3);
      assertThat(whole.partialDay()).isNull();
      assertThat(whole.bursts()).isEmpty();
    }
  }

  @Test
  void the_api_says_how_many_bursts_its_limit_left_out_and_offset_reaches_them(@TempDir Path dir) throws Exception {
    // GET /api/trends answers a bare list cut at limit (at most 100): on the QA data of session 15
    // 134 bursts (days=5) came back as 100, with nothing to tell a script the list was cut and no
    // way to ask for rows 101..134 (نوري المالكي, the story's own man, was row 119)
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("index"))) {
      for (String person : new String[] {"عادل الجبير", "سيرغي لافروف", "جون كيري"}) {
        for (LocalDate d = LAST.minusDays(7); d.isBefore(LAST); d = d.plusDays(2)) store.add(ArticleJson.read(article(d, person)));
        for (int i = 0; i < 5; i++) store.add(ArticleJson.read(article(LAST, person)));
      }
      // a steady name covers every day of the collection (a covered day needs articles)
      for (LocalDate d = LAST.minusDays(7); !d.isAfter(LAST); d = d.plusDays(1)) {
        for (int i = 0; i < 3; i++) store.add(ArticleJson.read(article(d, "شخص ثابت")));
      }
      store.commit();
      CollectionTrends trends = new CollectionTrends(store, registry, TODAY_IS_LAST);
      TrendService.Report all = trends.report(1, 0, 100);
      assertThat(all.trends()).extracting(TrendService.Trend::label).containsExactlyInAnyOrder("عادل الجبير", "سيرغي لافروف", "جون كيري");
      assertThat(all.found()).isEqualTo(3);

      // the server's own files (saved alerts, hit log) beside the index, as in a data directory
      Services services = Services.builder(dir, store).trends(trends).build();
      MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, "trend-test-token-0123456789", 64 * 1024, List.of()), services).start();
      try {
        HttpResponse<String> first = get(server, "/api/trends?limit=2");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(labels(first)).hasSize(2);
        assertThat(first.headers().firstValue("X-Marsad-Trends-Total")).as("the bursts found, not the 2 listed").hasValue("3");
        HttpResponse<String> rest = get(server, "/api/trends?limit=2&offset=2");
        assertThat(rest.headers().firstValue("X-Marsad-Trends-Total")).hasValue("3");
        List<String> paged = new ArrayList<>(labels(first));
        paged.addAll(labels(rest));
        assertThat(paged).as("two pages are the whole ranking, in order").containsExactlyElementsOf(
            all.trends().stream().map(TrendService.Trend::label).toList());
        assertThat(labels(get(server, "/api/trends?offset=3"))).as("past the end: an empty page").isEmpty();
        assertThat(get(server, "/api/trends?offset=-1").statusCode()).isEqualTo(400);
      } finally {
        server.close();
        services.close();
      }
    }
  }

  private static HttpResponse<String> get(MarsadServer server, String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> labels(HttpResponse<String> r) throws Exception {
    List<String> out = new ArrayList<>();
    ArticleJson.mapper().readTree(r.body()).forEach(t -> out.add(t.get("label").asText()));
    return out;
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

      TrendFinder.Trends t = new TrendFinder(counted, registry, TODAY_IS_LAST).trends(100_000, LAST, 100_000, 2.0, 3, 7);
      assertThat(searches.get()).as("the days of the index, plus one for its first and last day").isEqualTo(8 + 1);
      assertThat(t.bursts()).as("one article a day is under --min-count").extracting(t::displayKey).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.day()).isEqualTo(LAST);
      assertThat(b.baseline()).as("the days before the oldest article are not covered: 1 article over the 7 covered days")
          .isEqualTo(1.0 / 7);
      assertThat(b.baselineDays()).isEqualTo(7);
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
      TrendFinder.Trends t = new TrendFinder(counted, registry, TODAY_IS_LAST).trends(40, LAST.plusDays(30), 7, 2.0, 3, 3);
      assertThat(searches.get()).as("the 5 days that have articles, plus one for the day histogram").isEqualTo(5 + 1);
      assertThat(t.bursts()).extracting(t::displayKey).containsExactly("person:عادل الجبير");
      Burst b = t.bursts().get(0);
      assertThat(b.day()).isEqualTo(LAST);
      assertThat(b.baseline()).as("days without any article are not covered: 1 article over the 4 covered days of the window")
          .isEqualTo(1.0 / 4);
      assertThat(b.baselineDays()).isEqualTo(4);
    }
  }

  /** Sentences of SaudiNewsNet articles of 25 July 2015 (the QA sweep's bursts). */
  private static final String KURDISTAN = "دانت قيادة إقليم كردستان العراق السبت القصف الجوي الذي شنته تركيا على مواقع حزب العمال.";
  private static final String DAESH = "أفادت مصادر مطلعة أن محمد أموازي المعروف إعلامياً بالجهادي جون وذباح داعش غادر صفوف التنظيم.";

  @Test
  void days_before_the_oldest_article_are_not_a_quiet_baseline(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // Five days of news, as the SaudiNewsNet sample (21–25 July): كردستان العراق in 3 articles a day, 6 on the last.
      for (int back = 4; back >= 1; back--) {
        for (int i = 0; i < 3; i++) store.add(ArticleJson.read(article(LAST.minusDays(back), "LOC", "كردستان العراق", KURDISTAN)));
      }
      for (int i = 0; i < 6; i++) store.add(ArticleJson.read(article(LAST, "LOC", "كردستان العراق", KURDISTAN)));
      store.commit();

      TrendFinder.Trends t = new TrendFinder(store, registry, TODAY_IS_LAST).trends(5, LAST, 7, 2.0, 3);
      // Counting the 3 days before the collection as 0, the baseline was 12/7 and 6 articles a burst (z 2.9).
      Burst last = new BurstDetector(7, 2.0, 3, 4).score(counts(store, LAST), "place:" + idOf("LOC", "كردستان العراق"), LAST,
          t.covered()::contains);
      assertThat(last.baseline()).as("3 articles on each of the 4 covered days").isEqualTo(3.0);
      assertThat(last.baselineDays()).isEqualTo(4);
      assertThat(last.zScore()).as("(6 - 3) / sqrt(3)").isLessThan(2.0);
      assertThat(t.bursts()).as("twice a steady count over 4 days is no burst").isEmpty();
      assertThat(t.covered()).hasSize(5);
      assertThat(t.unscoredDays()).as("the first 4 days have fewer than 4 covered days before them")
          .containsExactly(LAST.minusDays(4), LAST.minusDays(3), LAST.minusDays(2), LAST.minusDays(1));
    }
  }

  @Test
  void a_stray_article_before_the_collection_does_not_cover_its_day(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // Five days of 8 articles, and one older item a feed's first fetch brought, 4 days before them.
      for (int back = 4; back >= 1; back--) {
        for (int i = 0; i < 8; i++) store.add(ArticleJson.read(article(LAST.minusDays(back), "LOC", "كردستان العراق", KURDISTAN)));
      }
      for (int i = 0; i < 8; i++) store.add(ArticleJson.read(article(LAST, "LOC", "كردستان العراق", KURDISTAN)));
      store.add(ArticleJson.read(article(LAST.minusDays(8), "LOC", "كردستان العراق", KURDISTAN)));
      store.commit();

      TrendFinder.Trends t = new TrendFinder(store, registry, TODAY_IS_LAST).trends(5, LAST, 7, 2.0, 3);
      assertThat(t.covered()).as("1 article against a median of 8 a day (under a quarter)").doesNotContain(LAST.minusDays(8)).hasSize(5);
      assertThat(t.unscoredDays()).as("counting the stray day, the day before the last had 4 covered days and a quiet 0")
          .contains(LAST.minusDays(1));
    }
  }

  @Test
  void names_of_one_entity_trend_once_and_a_name_written_by_one_article_does_not(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // The registry knows مسعود بارزاني (full name in two articles) and a recogniser's span, جون داعش, written once.
      registry.register("PERS", "مسعود بارزاني", Set.of("مسعود بارزاني"), 1);
      registry.register("PERS", "مسعود بارزاني", Set.of("مسعود بارزاني", "بارزاني"), 1);
      registry.register("PERS", "جون داعش", Set.of("جون داعش", "داعش"), 1);
      for (int back = 4; back >= 1; back--) store.add(ArticleJson.read(article(LAST.minusDays(back), "PERS", "سيرغي لافروف", KURDISTAN)));
      // Last day: Barzani indexed under his full name in 2 articles and under بارزاني in 2 (before the registry joined them),
      // and 5 articles whose lone داعش was filed under جون داعش.
      for (int i = 0; i < 2; i++) store.add(ArticleJson.read(article(LAST, "PERS", "مسعود بارزاني", KURDISTAN)));
      for (int i = 0; i < 2; i++) store.add(ArticleJson.read(article(LAST, "PERS", "بارزاني", KURDISTAN)));
      // and one article indexed with both values (its person facet holds both): one article, counted once
      store.add(ArticleJson.read(articleNaming(LAST, KURDISTAN, "PERS", "مسعود بارزاني", "بارزاني")));
      for (int i = 0; i < 5; i++) store.add(ArticleJson.read(article(LAST, "PERS", "جون داعش", DAESH)));
      store.commit();

      TrendFinder.Trends t = new TrendFinder(store, registry, TODAY_IS_LAST).trends(1, LAST, 7, 2.0, 3);
      assertThat(t.bursts()).extracting(t::displayKey).containsExactly("person:مسعود بارزاني");
      Burst b = t.bursts().get(0);
      assertThat(b.count()).as("5 articles under two names of one entity, the one with both counted once").isEqualTo(5);
      assertThat(t.id(b)).isEqualTo(idOf("PERS", "مسعود بارزاني"));
      assertThat(TrendFinder.canonicalNameArticles(registry, registry.resolve("PERS", "جون داعش").orElseThrow())).isEqualTo(1);
    }
  }

  @Test
  void spellings_added_after_a_call_count_in_the_next_call_of_the_same_finder(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      // The server keeps one finder; between two requests /api/ingest adds a second article writing the name.
      registry.register("PERS", "علي صالح", Set.of("علي صالح"), 1);
      for (int back = 4; back >= 1; back--) store.add(ArticleJson.read(article(LAST.minusDays(back), "PERS", "سيرغي لافروف", KURDISTAN)));
      for (int i = 0; i < 4; i++) store.add(ArticleJson.read(article(LAST, "PERS", "علي صالح", KURDISTAN)));
      store.commit();
      TrendFinder finder = new TrendFinder(store, registry, TODAY_IS_LAST);
      assertThat(finder.bursts(1, LAST, 7, 2.0, 3)).as("a name one article wrote").isEmpty();

      registry.register("PERS", "علي صالح", Set.of("علي صالح"), 1);
      TrendFinder.Trends t = finder.trends(1, LAST, 7, 2.0, 3);
      assertThat(t.bursts()).extracting(t::displayKey).containsExactly("person:علي صالح");
    }
  }

  @Test
  void a_name_written_in_full_under_a_longer_canonical_counts_and_a_lone_word_does_not() {
    // QA registry: Erdoğan's canonical is a recogniser's span (1 article), his full name written by others;
    // إيفا عبدالله (1 article) had lone عبد الله / عبدالله filed under it.
    registry.register("PERS", "داعش رجب طيب إردوغان", Set.of("داعش رجب طيب إردوغان", "رجب طيب إردوغان", "إردوغان"), 1);
    registry.register("PERS", "رجب طيب إردوغان", Set.of("رجب طيب إردوغان", "إردوغان"), 1);
    registry.register("PERS", "رجب طيب أردوغان", Set.of("رجب طيب أردوغان", "أردوغان"), 1);
    registry.register("PERS", "إيفا عبدالله", Set.of("إيفا عبدالله", "عبدالله"), 1);
    registry.register("PERS", "عبد الله", Set.of("عبد الله"), 1);
    registry.register("PERS", "عبدالله", Set.of("عبدالله"), 1);
    // Since session 13 the two articles that write the full name own it (EntityRegistry's owner
    // rule), so it is no longer filed under the one-article span; either way it must count.
    var span = registry.resolve("PERS", "داعش رجب طيب إردوغان").orElseThrow();
    var erdogan = registry.resolve("PERS", "رجب طيب إردوغان").orElseThrow();
    var eva = registry.resolve("PERS", "إيفا عبدالله").orElseThrow();
    assertThat(registry.resolve("PERS", "رجب طيب أردوغان").orElseThrow().id()).as("both spellings one person").isEqualTo(erdogan.id());
    assertThat(erdogan.id()).as("the full name is not the span's").isNotEqualTo(span.id());
    assertThat(registry.resolve("PERS", "عبد الله").orElseThrow().id()).isEqualTo(eva.id());
    assertThat(TrendFinder.canonicalNameArticles(registry, erdogan)).isGreaterThanOrEqualTo(TrendFinder.MIN_NAME_ARTICLES);
    assertThat(TrendFinder.canonicalNameArticles(registry, eva)).as("only إيفا عبدالله itself").isEqualTo(1);
  }

  private String idOf(String type, String name) {
    return registry.resolve(type, name).orElseThrow().id();
  }

  /** The day's counts of the place facet, by registry id, as the finder counts them. */
  private org.marsad.nlp.trend.DailyCounts counts(ArticleStore store, LocalDate last) throws Exception {
    org.marsad.nlp.trend.DailyCounts counts = new org.marsad.nlp.trend.DailyCounts();
    for (LocalDate d = last.minusDays(4); !d.isAfter(last); d = d.plusDays(1)) {
      for (org.marsad.store.FacetValue v : store.search(org.marsad.store.SearchRequest.of("from:" + d + " to:" + d).withPage(0, 0))
          .facets().getOrDefault("place", List.of())) {
        counts.add("place:" + idOf("LOC", v.value()), d, (int) v.count());
      }
    }
    return counts;
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
    return article(day, "PERS", person, "التقى " + person + " اليوم وفدا رسميا.");
  }

  /**
   * An article of {@code text} with one entity, indexed under {@code name} and the id the registry
   * gives it (an unknown name is registered, written by two articles).
   */
  private String article(LocalDate day, String type, String name, String text) {
    return articleNaming(day, text, type, name);
  }

  /** An article of {@code text} whose entities are indexed under each of {@code names}. */
  private String articleNaming(LocalDate day, String text, String type, String... names) {
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("id", String.format("%032x", next++)).put("published", day + "T09:00:00Z").put("source", "sana").put("text", text);
    ArrayNode entities = o.putArray("entities");
    for (String name : names) {
      if (registry.resolve(type, name).isEmpty()) {
        registry.register(type, name, Set.of(name), 1);
        registry.register(type, name, Set.of(name), 1);
      }
      int start = Math.max(0, text.indexOf(name.substring(name.lastIndexOf(' ') + 1)));
      entities.addObject().put("text", name).put("type", type).put("start", start).put("end", start + name.length())
          .put("canonical", name).put("id", idOf(type, name));
    }
    return o.toString();
  }
}

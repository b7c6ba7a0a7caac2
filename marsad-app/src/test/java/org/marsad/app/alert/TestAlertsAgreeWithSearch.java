package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.app.Marsad;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.testkit.SharedData;

/**
 * An alert fires on a new article exactly when searching its query finds that article: per
 * query, the articles an alert fires on equal the search hits, over real articles analysed by the
 * product pipeline (the seed, and SaudiNewsNet 2015-07-21: the opening of each source's day, reports naming
 * علي عبد الله صالح, and articles printing a hashtag) stored in an embedded index. The search side
 * is what {@code marsad search} and GET /api/search run: the typed query read through {@link
 * QueryExpansion} over an entity registry, then the store's search. The seed is in a story and has
 * a near-duplicate copy (as Corpus.link marks one), which search leaves out and no alert fires on.
 */
class TestAlertsAgreeWithSearch {
  private static final Pattern PRINTED_TAG = Pattern.compile("#[\\p{IsArabic}]");
  private static Path data;
  private static ArticleStore store;
  private static final List<Article> ARTICLES = new ArrayList<>();
  private static final String SEED_STORY = "story-10efc35c2021";
  private static Article seed;
  private static Article seedCopy;
  /** The registry ingest would have built: it knows the seed's two foreign ministers. */
  private static final EntityRegistry REGISTRY = EntityRegistry.inMemory(Transliterator.rulesOnly());
  /** What SearchCommand and ServerWiring apply to a typed query. */
  private static final UnaryOperator<String> SEARCH_EXPANSION = QueryExpansion.of(REGISTRY);

  @BeforeAll
  static void analyseAndStore() throws IOException {
    List<RawDocument> day = new ArrayList<>();
    Sources.read(List.of(SharedData.require("data/saudinewsnet/2015-07-21.zip")), new DocumentSink() {
      @Override public void accept(RawDocument d) { day.add(d); }
      @Override public void failed(String origin, String reason, byte[] bytes) { }
    });
    Map<String, RawDocument> chosen = new LinkedHashMap<>();
    Map<String, Integer> perSource = new HashMap<>();
    for (RawDocument d : day) { // the opening of each source's file (the day is in source order)
      if (perSource.merge(d.source(), 1, Integer::sum) <= 6) chosen.put(d.origin(), d);
    }
    day.stream().filter(d -> d.body().contains("علي عبد الله صالح")).limit(8).forEach(d -> chosen.put(d.origin(), d));
    day.stream().filter(d -> PRINTED_TAG.matcher(d.body()).find()).limit(8).forEach(d -> chosen.put(d.origin(), d));
    ArticleAnalyzer analyzer = Marsad.analyzer();
    seed = analyzer.analyze(new RawDocument(SharedData.seedText(), false, null, null, "sana", "2016-04-12",
        SharedData.seedPath().toString())).withStoryId(SEED_STORY);
    // the same report republished under another id: a near-duplicate, as Corpus.link marks it
    seedCopy = new Article("c0de" + seed.id().substring(4), seed.title(), seed.titleCategory(), seed.published(), "alwatan",
        null, seed.dateline(), seed.lead(), seed.sections(), seed.boilerplate(), seed.text(), seed.tokens(),
        seed.sentences(), seed.entities(), seed.quotes(), seed.topic(), seed.summary(), null, SEED_STORY).withDuplicateOf(seed.id());
    ARTICLES.add(seed);
    ARTICLES.add(seedCopy);
    REGISTRY.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 22);
    REGISTRY.register("PERS", "جون كيري", Set.of("كيري"), 27);
    for (RawDocument d : chosen.values()) ARTICLES.add(analyzer.analyze(d));
    data = Files.createTempDirectory("alerts-agree");
    store = ArticleStore.openEmbedded(data);
    for (Article a : ARTICLES) store.add(a);
    store.commit();
  }

  @AfterAll
  static void close() throws IOException {
    if (store != null) store.close();
  }

  private static Set<String> searchHits(String typed) throws IOException {
    String query = SEARCH_EXPANSION.apply(typed);
    List<Hit> hits = store.search(new SearchRequest(query, SearchRequest.SortOrder.DATE, 0, 1000, false,
        SearchRequest.DateBucket.DAY, 10, false)).hits();
    return hits.stream().map(Hit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> alertFires(String query) {
    return alertFires(query, new QueryMatcher(QueryExpansion.of(REGISTRY)));
  }

  /** Through the matcher ingest and the server build (AlertDelivery.open, Services): the registry's expansion. */
  private static Set<String> alertFires(String query, QueryMatcher matcher) {
    List<Alert> alert = List.of(new Alert("a", "a", query, null, true, "2026-01-01T00:00:00Z"));
    Set<String> out = new TreeSet<>();
    for (Article a : ARTICLES) if (!matcher.matching(alert, a).isEmpty()) out.add(a.id());
    return out;
  }

  private static void agree(String... queries) throws IOException {
    for (String q : queries) {
      Set<String> found = searchHits(q);
      assertThat(found).as("search finds something for %s", q).isNotEmpty();
      assertThat(alertFires(q)).as("alert %s fires on the articles search finds", q).isEqualTo(found);
    }
  }

  @Test
  void entity_and_speaker_filters_match_any_word_sequence_of_a_name_as_in_search() throws IOException {
    agree("person:علي", "person:صالح", "person:\"عبد الله صالح\"", "person:\"علي عبد الله صالح\"", "org:\"الأمم المتحدة\"", "org:الأمم",
        "place:اليمن", "place:صنعاء", "speaker:الأحمدي", "speaker:علي", "speaker:\"علي الأحمدي\"", "speaker:كاميرون");
  }

  @Test
  void words_phrases_and_exclusions_match_as_in_search() throws IOException {
    agree("الحوثيين", "الحوثي", "اليمن -الحوثي", "\"الملك سلمان\"", "\"خادم الحرمين الشريفين\"",
        "تحالف", "التحالفات", "مسؤول", "\"مجلس الوزراء\"", "\"الأمم المتحدة\" -اليونان", "NOT اليمن السعودية", "لافروف");
  }

  @Test
  void or_arabic_or_and_hashtags_match_as_in_search() throws IOException {
    agree("عدن OR تعز", "اليمن أو سوريا", "\"وزير الخارجية\" أو \"وزير الدفاع\"", "#السعودية", "#الحوثي",
        "#تحرش_بفتاتين_بجدة", "#اليمن -#الحوثي");
  }

  @Test
  void source_city_topic_date_and_url_filters_match_as_in_search() throws IOException {
    Article withUrl = ARTICLES.stream().filter(a -> a.url() != null && a.url().startsWith("http://")).findFirst().orElseThrow();
    String pasted = "https://" + withUrl.url().substring("http://".length()) + "?utm_source=twitter";
    agree("source:sabq", "source:alwatan اليمن", "source:sabq -city:جدة", "city:جدة", "city:أبها", "city:ابها", "topic:سياسة", "topic:رياضة",
        "from:2015-07-21 to:2015-07-21 اليمن", "to:2016 السعودية", "from:2016-04 موسكو", "url:" + withUrl.url(), pasted);
  }

  @Test
  void latin_names_fire_as_search_reads_them_through_the_registry() throws IOException {
    agree("Lavrov", "Kerry", "lavrov", "Lavrov Kerry", "الخارجية -Lavrov");
    assertThat(searchHits("Lavrov")).as("the seed names لافروف").contains(seed.id());
    assertThat(searchHits("الخارجية")).contains(seed.id());
    assertThat(searchHits("الخارجية -Lavrov")).as("an excluded Latin name excludes its Arabic name").doesNotContain(seed.id());
    // the same alerts read as typed fire on nothing: a Latin word no Arabic article contains
    assertThat(alertFires("Lavrov", new QueryMatcher())).isEmpty();
    assertThat(alertFires("Kerry", new QueryMatcher())).isEmpty();
  }

  @Test
  void a_near_duplicate_fires_nothing_and_a_story_filter_fires_as_search_finds() throws IOException {
    agree("لافروف", "Lavrov", "\"وقف الأعمال القتالية\"", "story:" + SEED_STORY);
    for (String q : List.of("لافروف", "Lavrov", "story:" + SEED_STORY)) {
      assertThat(alertFires(q)).as(q).contains(seed.id()).doesNotContain(seedCopy.id());
    }
    assertThat(searchHits("story:" + SEED_STORY)).containsExactly(seed.id());
  }
}

package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.TestArticles;
import org.marsad.store.query.QuerySyntaxException;

/** The seed story among two days of SaudiNewsNet (3,386 articles), searched as a user would. */
class TestLuceneArticleStore {
  @TempDir static Path dir;
  static LuceneArticleStore store;
  static Article seed;
  static List<Article> snn;

  @BeforeAll
  static void ingest() throws IOException {
    seed = TestArticles.seed();
    snn = TestArticles.saudiNewsNet("2015-08-10", "2015-08-11");
    store = LuceneArticleStore.open(dir.resolve("index"));
    store.add(seed);
    for (Article a : snn) store.add(a);
    store.commit();
  }

  @AfterAll
  static void close() throws IOException {
    if (store != null) store.close();
  }

  static SearchResult search(String q) throws IOException {
    return store.search(SearchRequest.of(q));
  }

  @Test
  void every_facet_is_in_the_answer_even_when_no_article_has_it(@TempDir Path empty) throws IOException {
    // These articles carry no story id: the story facet is empty, not missing (a script reads facets.story).
    SearchResult r = search("لافروف");
    assertThat(r.facets()).containsOnlyKeys("source", "city", "topic", "person", "org", "place", "story", "date");
    assertThat(r.facets().get("story")).isEmpty();
    assertThat(r.facets().get("source")).isNotEmpty();
    // A fresh install's first search, on an index with no article at all: the same keys, all empty.
    try (LuceneArticleStore none = LuceneArticleStore.open(empty.resolve("index"))) {
      SearchResult nothing = none.search(SearchRequest.of("سوريا"));
      assertThat(nothing.total()).isZero();
      assertThat(nothing.facets()).containsOnlyKeys(r.facets().keySet().toArray(String[]::new));
      assertThat(nothing.facets().values()).allMatch(List::isEmpty);
    }
  }

  @Test
  void every_distinct_article_is_stored_once() throws IOException {
    long distinct = snn.stream().map(Article::id).distinct().count() + 1;
    assertThat(store.count()).isEqualTo(distinct);
    assertThat(distinct).isLessThan(snn.size() + 1); // the two days do repeat some texts
  }

  @Test
  void lavrov_ranks_the_seed_first() throws IOException {
    SearchResult r = search("لافروف");
    assertThat(r.total()).isGreaterThan(10);
    assertThat(r.hits().get(0).id()).isEqualTo(seed.id());
    assertThat(r.hits().get(0).snippet()).contains("<mark>لافروف</mark>");
  }

  @Test
  void a_phrase_finds_the_seed_on_the_exact_field() throws IOException {
    SearchResult r = search("\"وقف الأعمال القتالية\"");
    assertThat(r.hits()).extracting(Hit::id).contains(seed.id());
    assertThat(r.hits().get(0).id()).isEqualTo(seed.id());
    assertThat(r.hits().get(0).snippet()).contains("<mark>وقف الأعمال القتالية</mark>"); // the phrase as one mark
    // the same words out of order are not the phrase
    assertThat(search("\"القتالية الأعمال وقف\"").hits()).extracting(Hit::id).doesNotContain(seed.id());
  }

  @Test
  void source_filter_keeps_only_that_publisher() throws IOException {
    long spa = snn.stream().filter(a -> a.source().equals("was")).map(Article::id).distinct().count();
    SearchResult r = store.search(SearchRequest.of("source:was").withPage(0, 500));
    assertThat(r.total()).isEqualTo(spa);
    assertThat(r.hits()).extracting(Hit::source).containsOnly("was");
    assertThat(r.facets().get("source")).containsExactly(new FacetValue("was", spa));
  }

  @Test
  void query_text_is_normalised_like_the_documents() throws IOException {
    SearchResult bare = store.search(SearchRequest.of("اسرائيل").withPage(0, 200));
    SearchResult hamza = store.search(SearchRequest.of("إسرائيل").withPage(0, 200));
    assertThat(bare.total()).isEqualTo(hamza.total()).isGreaterThan(0);
    Set<String> withHamza = snn.stream().filter(a -> a.text().contains("إسرائيل") || (a.title() != null && a.title().contains("إسرائيل")))
        .map(Article::id).collect(Collectors.toSet());
    assertThat(bare.hits()).extracting(Hit::id).containsAnyElementsOf(withHamza);
  }

  @Test
  void exclusion_removes_articles_with_the_word() throws IOException {
    SearchResult all = store.search(SearchRequest.of("لافروف").withPage(0, 200));
    SearchResult noKerry = store.search(SearchRequest.of("لافروف -كيري").withPage(0, 200));
    assertThat(noKerry.total()).isLessThan(all.total()).isGreaterThan(0);
    for (Hit h : noKerry.hits()) assertThat(store.get(h.id()).orElseThrow().text()).doesNotContain(" كيري ");
  }

  @Test
  void a_hashtag_finds_its_words_and_the_articles_that_print_the_tag() throws IOException {
    long austria = search("النمسا").total();
    assertThat(austria).isGreaterThan(4);
    assertThat(search("#النمسا").total()).as("no article prints #النمسا; its word is in many").isEqualTo(austria);
    SearchResult tag = store.search(SearchRequest.of("#قاطعوا_النمسا").withPage(0, 200));
    assertThat(tag.total()).isGreaterThan(0);
    assertThat(tag.hits()).as("the articles that print the tag, and those that say its words")
        .allSatisfy(h -> assertThat(store.get(h.id()).orElseThrow().text()).containsAnyOf("#قاطعوا_النمسا", "قاطعوا النمسا"));
    assertThat(tag.hits()).anySatisfy(h -> assertThat(h.snippet()).contains("<mark>#قاطعوا_النمسا</mark>"));
    assertThat(search("النمسا -#النمسا").total()).as("an excluded tag excludes its word").isZero();
  }

  @Test
  void a_pasted_link_finds_the_article_stored_under_it_however_the_browser_spelt_it() throws IOException {
    Article arabicPath = snn.stream().filter(a -> a.url() != null && a.url().startsWith("http://aawsat.com/") && a.url().matches(".*[\\u0621-\\u064A].*"))
        .findFirst().orElseThrow();
    String addressBar = "https://" + percentEncoded(arabicPath.url().substring("http://".length())) + "/";
    assertThat(addressBar).as("percent-encoded, https, a final slash").contains("%D").doesNotContain("http://");
    SearchResult r = search(addressBar);
    assertThat(r.hits()).extracting(Hit::id).contains(arabicPath.id());
    assertThat(r.total()).as("that one article (and its copies under the same address)").isLessThan(5);
    assertThat(search("url:" + arabicPath.url()).hits()).extracting(Hit::id).contains(arabicPath.id());
    assertThat(search("https://aawsat.com/home/article/0").total()).isZero();
  }

  @Test
  void a_pasted_link_with_guillemets_in_its_slug_finds_its_article() throws IOException {
    // aawsat and al-madina slugs hold « » (458 of 9,482 stored URLs); marsad search prints them so
    Article quoted = snn.stream().filter(a -> a.url() != null && a.url().contains("«") && a.duplicateOf() == null)
        .findFirst().orElseThrow();
    for (String q : List.of(quoted.url(), "url:" + quoted.url(), "url:\"" + quoted.url() + "\"")) {
      SearchResult r = search(q);
      assertThat(r.hits()).as(q).extracting(Hit::id).contains(quoted.id());
      assertThat(r.total()).as(q).isLessThan(5);
    }
  }

  @Test
  void a_shared_link_finds_its_article_whatever_case_fragment_tracking_or_missing_scheme() throws IOException {
    Article a = snn.stream().filter(x -> x.url() != null && x.url().startsWith("http://www.") && x.url().indexOf('?') < 0 && x.duplicateOf() == null)
        .findFirst().orElseThrow();
    String rest = a.url().substring("http://www.".length());
    int slash = rest.indexOf('/');
    String upperHost = "HTTP://WWW." + rest.substring(0, slash).toUpperCase(java.util.Locale.ROOT) + rest.substring(slash);
    for (String q : List.of(upperHost, a.url() + "#comments", a.url() + "?utm_source=twitter&utm_medium=social", "www." + rest)) {
      SearchResult r = search(q);
      assertThat(r.hits()).as(q).extracting(Hit::id).contains(a.id());
      assertThat(r.total()).as(q).isLessThan(5);
    }
  }

  /** The link as a browser's address bar copies it: every non-ASCII letter as %XX of its UTF-8 bytes. */
  private static String percentEncoded(String url) {
    StringBuilder b = new StringBuilder();
    for (byte x : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      if (x >= 0) b.append((char) x);
      else b.append('%').append(String.format("%02X", x & 0xff));
    }
    return b.toString();
  }

  @Test
  void either_seat_of_a_hamza_before_waw_finds_both_spellings() throws IOException {
    Article yehSeat = snn.stream().filter(a -> a.text().contains("مسئول") && !a.text().contains("مسؤول") && a.duplicateOf() == null)
        .findFirst().orElseThrow();
    Article wawSeat = snn.stream().filter(a -> a.text().contains("مسؤول") && !a.text().contains("مسئول") && a.duplicateOf() == null)
        .findFirst().orElseThrow();
    SearchResult waw = store.search(SearchRequest.of("مسؤول").withPage(0, 1000));
    SearchResult yeh = store.search(SearchRequest.of("مسئول").withPage(0, 1000));
    assertThat(waw.total()).isEqualTo(yeh.total());
    assertThat(waw.hits()).extracting(Hit::id).contains(yehSeat.id(), wawSeat.id());
  }

  @Test
  void or_matches_either_word() throws IOException {
    long a = search("لافروف").total();
    long b = search("الجبير").total();
    long both = search("لافروف الجبير").total();
    assertThat(search("لافروف OR الجبير").total()).isEqualTo(a + b - both);
    assertThat(search("لافروف أو الجبير").total()).as("the Arabic or, as an analyst types it").isEqualTo(a + b - both);
  }

  @Test
  void date_filters_and_date_sort() throws IOException {
    SearchResult r = store.search(SearchRequest.of("سورية from:2015-08-11 to:2015-08-11")
        .withSort(SearchRequest.SortOrder.DATE).withPage(0, 50));
    assertThat(r.total()).isGreaterThan(0);
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.published()).startsWith("2015-08-11"));
    List<String> dates = r.hits().stream().map(Hit::published).toList();
    assertThat(dates).isSortedAccordingTo((x, y) -> y.compareTo(x));
    assertThat(r.facets().get("date")).containsExactly(new FacetValue("2015-08-11", r.total()));
  }

  @Test
  void date_histogram_by_day_or_month_adds_up_to_the_total() throws IOException {
    SearchResult days = search("سورية");
    assertThat(days.facets().get("date")).extracting(FacetValue::value).containsExactly("2015-08-10", "2015-08-11", "2016-04-12");
    assertThat(days.facets().get("date").stream().mapToLong(FacetValue::count).sum()).isEqualTo(days.total());
    SearchResult months = store.search(SearchRequest.of("لافروف").withHistogram(SearchRequest.DateBucket.MONTH));
    assertThat(months.facets().get("date")).extracting(FacetValue::value).containsExactly("2015-08", "2016-04");
  }

  @Test
  void pages_do_not_overlap() throws IOException {
    SearchResult p1 = store.search(SearchRequest.of("السعودية").withPage(0, 10));
    SearchResult p2 = store.search(SearchRequest.of("السعودية").withPage(10, 10));
    assertThat(p1.total()).isEqualTo(p2.total());
    Set<String> ids = new HashSet<>();
    p1.hits().forEach(h -> ids.add(h.id()));
    assertThat(p2.hits()).hasSize(10).noneMatch(h -> ids.contains(h.id()));
  }

  @Test
  void entity_and_speaker_filters_use_ids_and_names() throws IOException {
    assertThat(search("person:pers:sergey-lavrov").hits()).extracting(Hit::id).containsExactly(seed.id());
    assertThat(search("person:لافروف").hits()).extracting(Hit::id).containsExactly(seed.id());
    assertThat(search("person:\"سيرغي لافروف\"").hits()).extracting(Hit::id).containsExactly(seed.id());
    assertThat(search("speaker:بيسكوف").hits()).extracting(Hit::id).containsExactly(seed.id());
    assertThat(search("speaker:لافروف").total()).isZero();
    assertThat(search("city:موسكو").hits()).extracting(Hit::id).containsExactly(seed.id());
    Map<String, List<FacetValue>> f = search("city:موسكو").facets();
    assertThat(f.get("person")).extracting(FacetValue::value).containsExactlyInAnyOrder("سيرغي لافروف", "ديميتري بيسكوف");
    assertThat(f.get("city")).containsExactly(new FacetValue("موسكو", 1));
  }

  @Test
  void get_returns_the_stored_record() throws IOException {
    assertThat(store.get(seed.id())).contains(seed);
    assertThat(store.get("no-such-id")).isEmpty();
    assertThat(store.contains(seed.id())).isTrue();
    assertThat(store.contains("no-such-id")).isFalse();
  }

  @Test
  void malformed_queries_are_syntax_errors() {
    assertThatThrownBy(() -> search("\"وقف الأعمال")).isInstanceOf(QuerySyntaxException.class);
    assertThatThrownBy(() -> search("from:notadate")).isInstanceOf(QuerySyntaxException.class);
  }

  @Test
  void filter_only_query_gets_the_opening_of_the_body_as_snippet() throws IOException {
    Hit h = search("city:موسكو").hits().get(0);
    assertThat(h.snippet()).startsWith("بحث وزير الخارجية الروسي").doesNotContain("<mark>");
  }

  @Test
  void a_search_by_person_or_speaker_name_marks_the_name_in_the_snippet() throws IOException {
    // an analyst following Lavrov: the snippet shows where the article names him, not its opening
    Hit byPerson = search("person:لافروف source:sana").hits().get(0);
    assertThat(byPerson.id()).isEqualTo(seed.id());
    assertThat(byPerson.snippet()).contains("<mark>لافروف</mark>");
    Hit bySpeaker = search("speaker:بيسكوف").hits().stream().filter(h -> h.id().equals(seed.id())).findFirst().orElseThrow();
    assertThat(bySpeaker.snippet()).contains("<mark>بيسكوف</mark>");
    // an entity id has no words to mark: the opening of the body, as for other filters
    String lavrovId = seed.entities().stream().filter(e -> "PERS".equals(e.type()) && e.canonical() != null
        && e.canonical().contains("لافروف") && e.id() != null).findFirst().orElseThrow().id();
    Hit byId = search("person:" + lavrovId).hits().get(0);
    assertThat(byId.snippet()).startsWith("بحث وزير الخارجية الروسي").doesNotContain("<mark>");
  }

  @Test
  void a_filter_only_search_by_relevance_lists_the_newest_first() throws IOException {
    // every hit scores alike: the ties go newest first (SearchRequest.SortOrder.RELEVANCE), not by id
    for (String q : List.of("source:okaz", "from:2015-08-11 to:2015-08-11")) {
      List<String> dates = store.search(SearchRequest.of(q).withPage(0, 30)).hits().stream().map(Hit::published).toList();
      assertThat(dates).as(q).hasSizeGreaterThan(5).doesNotContainNull();
      assertThat(dates).as(q).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
  }

  @Test
  void a_search_without_snippets_finds_the_same_hits_with_empty_snippets() throws IOException {
    SearchRequest asked = SearchRequest.of("لافروف").withPage(0, 20);
    SearchResult with = store.search(asked);
    SearchResult without = store.search(asked.withoutSnippets());
    assertThat(without.total()).isEqualTo(with.total());
    assertThat(without.facets()).isEqualTo(with.facets());
    assertThat(without.hits()).extracting(Hit::id, Hit::title, Hit::source, Hit::published, Hit::score)
        .containsExactlyElementsOf(with.hits().stream().map(h -> tuple(h.id(), h.title(), h.source(), h.published(), h.score())).toList());
    assertThat(with.hits().get(0).snippet()).contains("<mark>لافروف</mark>");
    assertThat(without.hits()).extracting(Hit::snippet).containsOnly("");
  }

  @Test
  void empty_query_lists_everything() throws IOException {
    assertThat(search("").total()).isEqualTo(store.count());
  }

  @Test
  void snippets_are_escaped_and_whole() throws IOException {
    int marked = 0;
    for (Hit h : store.search(SearchRequest.of("السعودية").withPage(0, 100)).hits()) {
      String s = h.snippet();
      String plain = s.replace("<mark>", "").replace("</mark>", "");
      assertThat(plain).doesNotContain("<", ">").doesNotContain("\n");
      String body = plain.replace("… ", "").replace(" …", "");
      assertThat(Character.isLowSurrogate(body.charAt(0))).isFalse();
      assertThat(Character.getType(body.codePointAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
      assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1))).isFalse();
      if (s.contains("<mark>")) marked++;
      else assertThat(h.title()).contains("السعودية"); // matched in the title only: the snippet is the opening
    }
    assertThat(marked).isGreaterThan(50);
  }
}

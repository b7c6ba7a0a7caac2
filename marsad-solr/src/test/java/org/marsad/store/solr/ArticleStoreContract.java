package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.query.QuerySyntaxException;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * What every {@link ArticleStore} backend must do, run against each one. Subclasses load
 * {@link Corpus#seed()}, its near-duplicate, a SaudiNewsNet slice, {@link Corpus#rootPatterns()} and
 * {@link Corpus#names()}, committed, before the tests.
 */
abstract class ArticleStoreContract {
  /** The store under test, loaded with the corpus. */
  abstract ArticleStore store();

  /** The seed as it was added. */
  abstract Article seed();

  static SearchRequest all(String q) {
    return SearchRequest.of(q).withPage(0, 1000);
  }

  private List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private long total(String q) throws IOException {
    return store().search(SearchRequest.of(q).withPage(0, 0)).total();
  }

  @Test
  void the_session_13_syntax_reads_alike_on_every_backend() throws IOException {
    assertThat(ids(store().search(all("#سوريا")))).as("a hashtag is the tag or its word")
        .containsAll(ids(store().search(all("سوريا")))).isNotEmpty();
    assertThat(total("سوريا -#سوريا")).isZero();
    assertThat(total("لافروف أو سوريا")).as("أو between two terms is OR").isEqualTo(total("لافروف OR سوريا"))
        .isGreaterThan(total("لافروف سوريا"));
    assertThat(total("سوريا -لافروف أو الرياض")).as("after an exclusion it is the stop word").isEqualTo(total("سوريا -لافروف الرياض"));
    assertThat(total("مسئول")).as("either hamza seat").isEqualTo(total("مسؤول")).isEqualTo(total("#مسؤول"));
    assertThat(total("\"الشئون الإسلامية\"")).isEqualTo(total("\"الشؤون الإسلامية\""));
    assertThat(total("topic:رياضة")).isEqualTo(total("topic:sports"));
    assertThat(total("topic:السياسية")).isEqualTo(total("topic:politics"));
    assertThatThrownBy(() -> total("topic:كرة")).isInstanceOf(QuerySyntaxException.class).hasMessageStartingWith("unknown topic 'كرة'");
    // a stored link as printed (a slug with « » when the slice has one), and as shared: upper-case host, a fragment, tracking
    Hit linked = store().search(all("")).hits().stream().filter(h -> h.url() != null && h.url().startsWith("http://"))
        .sorted((a, b) -> Boolean.compare(b.url().contains("«"), a.url().contains("«"))).findFirst().orElseThrow();
    String url = linked.url();
    String shared = "HTTP://" + url.substring(7, url.indexOf('/', 7)).toUpperCase(java.util.Locale.ROOT) + url.substring(url.indexOf('/', 7))
        + "?utm_source=twitter#comments";
    for (String q : List.of(url, "url:" + url, shared)) assertThat(ids(store().search(all(q)))).as(q).contains(linked.id());
    assertThat(total("url:*")).isZero();
  }

  @Test
  void a_compound_name_and_a_foreign_g_are_found_in_either_spelling() throws IOException {
    // session 15: عبد الله / عبدالله and أبو ظبي / أبوظبي, written both ways by the presses of the slice
    assertThat(total("\"عبد الله\"")).isPositive().isEqualTo(total("\"عبدالله\""));
    assertThat(total("\"عبد الله\" -\"عبدالله\"")).as("one set of articles").isZero();
    assertThat(ids(store().search(all("عبدالله")))).containsAll(ids(store().search(all("\"عبد الله\""))));
    assertThat(total("الكونغرس")).isEqualTo(total("الكونجرس"));
    assertThat(total("النجم")).as("an Arabic word of a نج root stays itself").isEqualTo(total("النجم -النغم"));
  }

  @Test
  void a_compound_name_is_found_after_a_proclitic_and_typed_as_two_words() throws IOException {
    // session 16: the slice's aawsat articles write وعبد الله and وعبد العزيز with no other spelling of the name
    assertThat(total("\"وعبد الله\" -\"عبد الله\"")).as("articles only a proclitic form finds").isPositive();
    assertThat(ids(store().search(all("عبدالله")))).containsAll(ids(store().search(all("\"وعبد الله\""))));
    assertThat(ids(store().search(all("عبدالعزيز")))).containsAll(ids(store().search(all("\"وعبد العزيز\""))))
        .containsAll(ids(store().search(all("\"وعبدالعزيز\""))));
    assertThat(total("\"وعبد العزيز\"")).isEqualTo(total("\"وعبدالعزيز\"")).isPositive();
    // typed bare, the two words are the name: not عبد and العزيز anywhere in the article
    assertThat(ids(store().search(all("عبد العزيز")))).containsExactlyInAnyOrderElementsOf(ids(store().search(all("عبدالعزيز"))));
  }

  @Test
  void a_kunya_after_wa_keeps_its_first_word() throws IOException {
    // index schema 5: وأبو was a stop word, so «وأبو اليمان» was indexed as اليمان alone and أبو اليمان missed it
    List<Article> kunyas = Corpus.kunyasAfterWa();
    assertThat(kunyas).hasSize(3);
    int checked = 0;
    for (Article a : kunyas) {
      Matcher m = Corpus.KUNYA_AFTER_WA.matcher(a.text());
      while (m.find()) {
        String second = m.group(1);
        if (ArabicNewsAnalyzer.defaultStopSet().contains(ArabicNormalizer.match(second))) continue; // علي is على
        assertThat(ids(store().search(all("أبو " + second)))).as("أبو %s finds the article writing وأبو %s", second, second).contains(a.id());
        assertThat(ids(store().search(all("\"وأبو " + second + "\"")))).as("the phrase as written").contains(a.id());
        assertThat(total("\"وأبو " + second + "\" -أبو")).as("the phrase needs the first word: \"وأبو %s\"", second).isZero();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void the_words_of_a_printed_hashtag_are_words() throws IOException {
    List<Article> tagged = Corpus.printedTagsAndLongCities().stream().filter(a -> !Corpus.printedTags(a).isEmpty()).toList();
    assertThat(tagged).isNotEmpty();
    for (Article a : tagged) {
      for (String tag : Corpus.printedTags(a)) {
        List<String> words = java.util.Arrays.stream(tag.substring(1).split("_")).filter(w -> !w.isEmpty()).toList();
        String phrase = "\"" + String.join(" ", words) + "\"";
        assertThat(ids(store().search(all(phrase)))).as("%s finds the article printing %s", phrase, tag).contains(a.id());
        assertThat(ids(store().search(all(words.get(words.size() - 1))))).as("the tag's last word").contains(a.id());
        assertThat(ids(store().search(all(tag)))).as("the tag itself").contains(a.id());
      }
    }
    assertThat(total("\"روبرت جرين\"")).as("#ثمانٍ_وأربعون_قانوناً_للقوة_روبرت_جرين, the known limit of session 13").isPositive();
  }

  @Test
  void a_city_filter_matches_the_leading_words_of_a_dateline_city() throws IOException {
    List<Article> longCities = Corpus.printedTagsAndLongCities().stream()
        .filter(a -> a.dateline() != null && a.dateline().city() != null && a.dateline().city().strip().contains(" ")).toList();
    assertThat(longCities).isNotEmpty();
    for (Article a : longCities) {
      String[] words = a.dateline().city().strip().split("\\s+");
      assertThat(ids(store().search(all("city:" + words[0])))).as("city:%s finds %s", words[0], a.dateline().city()).contains(a.id());
      assertThat(ids(store().search(all("city:\"" + a.dateline().city() + "\"")))).contains(a.id());
      assertThat(ids(store().search(all("city:" + words[words.length - 1])))).as("not a later word alone").doesNotContain(a.id());
      SearchResult r = store().search(all("city:" + words[0]));
      assertThat(r.facets().get("city")).as("the facet shows whole city names")
          .anySatisfy(f -> assertThat(f.value()).isEqualTo(a.dateline().city().strip()));
    }
    assertThat(total("city:مكة")).isEqualTo(total("city:\"مكة المكرمة\"") + total("city:مكة -city:\"مكة المكرمة\""));
    assertThat(total("city:جد")).as("a part of a word is no leading word").isZero();
  }

  @Test
  void lavrov_finds_the_seed_with_a_marked_snippet() throws IOException {
    SearchResult r = store().search(SearchRequest.of("لافروف"));
    assertThat(ids(r)).contains(seed().id());
    Hit hit = r.hits().stream().filter(h -> h.id().equals(seed().id())).findFirst().orElseThrow();
    assertThat(hit.snippet()).contains("<mark>لافروف</mark>");
    assertThat(hit.source()).isEqualTo("sana");
  }

  @Test
  void a_search_by_entity_id_marks_the_names_given_with_it() throws IOException {
    // the entity page's link searches by id: the store has no names to mark unless the caller
    // (which holds the registry) gives them; both backends mark them alike, Latin names not at all
    String lavrovId = seed().entities().stream().filter(e -> "PERS".equals(e.type()) && e.canonical() != null
        && e.canonical().contains("لافروف") && e.id() != null).findFirst().orElseThrow().id();
    SearchRequest byId = SearchRequest.of("person:" + lavrovId + " source:sana");
    Hit plain = store().search(byId).hits().get(0);
    assertThat(plain.id()).isEqualTo(seed().id());
    assertThat(plain.snippet()).doesNotContain("<mark>");
    Hit marked = store().search(byId.withMarkedNames(List.of("Lavrov", "سيرغي لافروف", "لافروف"))).hits().get(0);
    assertThat(marked.id()).isEqualTo(seed().id());
    assertThat(marked.snippet()).contains("<mark>").contains("لافروف").doesNotContain("Lavrov");
    assertThat(marked.snippet().replace("<mark>", "").replace("</mark>", "")).contains("لافروف");
    assertThat(store().search(byId.withMarkedNames(List.of("Lavrov"))).hits().get(0).snippet()).doesNotContain("<mark>");
  }

  @Test
  void a_spelling_variant_finds_the_same_articles() throws IOException {
    // The seed writes سورية; سوريا must find it, and exactly the same articles.
    SearchResult variant = store().search(all("سوريا"));
    SearchResult official = store().search(all("سورية"));
    assertThat(ids(variant)).contains(seed().id());
    assertThat(variant.total()).isEqualTo(official.total());
  }

  @Test
  void filters_by_city_person_org_place_and_speaker() throws IOException {
    for (String q : List.of("city:موسكو", "person:لافروف", "person:pers:john-kerry", "org:\"مجلس الأمن الدولي\"",
        "place:موسكو", "speaker:لافروف", "source:SANA")) {
      assertThat(ids(store().search(all(q)))).as(q).contains(seed().id());
    }
    assertThat(ids(store().search(all("person:بيسكوف")))).doesNotContain(seed().id());
  }

  @Test
  void a_name_filter_keeps_the_name_words_the_stop_list_holds() throws IOException {
    // علي (also the preposition على), بان and كي are stop words of the text fields; in a name they name
    List<Article> names = Corpus.names();
    String saleh = names.get(0).id();
    String ban = names.get(1).id();
    String moon = names.get(2).id();
    assertThat(ids(store().search(all("person:علي")))).containsExactly(saleh);
    assertThat(ids(store().search(all("person:\"علي عبد الله\"")))).containsExactly(saleh);
    assertThat(ids(store().search(all("person:\"علي لافروف\"")))).isEmpty(); // was every article of لافروف
    assertThat(ids(store().search(all("person:لافروف")))).contains(seed().id());
    assertThat(ids(store().search(all("person:\"بان كي مون\"")))).containsExactly(ban); // was مون جاي إن too
    assertThat(ids(store().search(all("person:مون")))).containsExactlyInAnyOrder(ban, moon);
    assertThat(ids(store().search(all("person:مون -person:كي")))).containsExactly(moon);
  }

  @Test
  void a_quoted_name_stays_inside_one_name_of_the_article() throws IOException {
    // the Sanaa report names (and quotes) عبد ربه منصور هادي, then علي عبد الله صالح: one field
    // value each, and each entity twice (canonical and surface form)
    String saleh = Corpus.names().get(0).id();
    for (String q : List.of("person:\"منصور هادي\"", "person:\"علي عبد الله صالح\"", "speaker:\"منصور هادي\"")) {
      assertThat(ids(store().search(all(q)))).as(q).containsExactly(saleh);
    }
    for (String q : List.of("person:\"هادي علي\"", "person:\"منصور هادي علي عبد الله\"", "person:\"صالح علي\"",
        "speaker:\"هادي علي\"")) {
      assertThat(ids(store().search(all(q)))).as(q).isEmpty();
    }
  }

  @Test
  void a_name_filter_widened_to_the_entity_it_resolves_to_reads_alike_on_every_backend() throws IOException {
    // what search sends for an Arabic name the registry resolves (EntityNameFilterExpansion, session 22):
    // the name as written OR the entity's id, and excluded, both excluded
    String ban = Corpus.names().get(1).id();
    String moon = Corpus.names().get(2).id();
    assertThat(ids(store().search(all("person:\"بان كي مون\" OR person:pers:moon-jae-in")))).containsExactlyInAnyOrder(ban, moon);
    assertThat(ids(store().search(all("person:\"مون جاي إن\" OR person:pers:moon-jae-in")))).containsExactly(moon);
    assertThat(ids(store().search(all("person:مون -person:\"بان كي مون\" -person:pers:moon-jae-in")))).isEmpty();
    assertThat(ids(store().search(all("speaker:\"بان كي مون\" OR speaker:pers:moon-jae-in")))).containsExactlyInAnyOrder(ban, moon);
  }

  @Test
  void a_name_filter_folds_the_spelling_variants_of_the_text_fields() throws IOException {
    String netanyahu = Corpus.names().get(3).id(); // the entity is written نتانياهو, the variant of نتنياهو
    for (String q : List.of("person:نتنياهو", "person:\"بنيامين نتنياهو\"", "speaker:نتنياهو", "person:نتانياهو")) {
      assertThat(ids(store().search(all(q)))).as(q).containsExactly(netanyahu);
    }
  }

  @Test
  void a_speaker_filter_keeps_the_name_words_the_stop_list_holds() throws IOException {
    List<Article> names = Corpus.names();
    String saleh = names.get(0).id();
    String ban = names.get(1).id();
    assertThat(ids(store().search(all("speaker:علي")))).containsExactly(saleh);
    assertThat(ids(store().search(all("speaker:\"علي لافروف\"")))).isEmpty();
    assertThat(ids(store().search(all("speaker:لافروف")))).contains(seed().id());
    assertThat(ids(store().search(all("speaker:\"بان كي مون\"")))).containsExactly(ban); // the Seoul report quotes مون
    assertThat(ids(store().search(all("speaker:كي")))).containsExactly(ban);
  }

  @Test
  void misc_entities_are_a_filter_of_their_own() throws IOException {
    for (String q : List.of("misc:misc:truce", "misc:\"وقف الأعمال القتالية\"", "misc:القتالية")) {
      assertThat(ids(store().search(all(q)))).as(q).containsExactly(seed().id());
    }
    assertThat(store().search(all("person:misc:truce")).total()).isZero();
    assertThat(store().search(SearchRequest.of("misc:misc:truce")).facets()).doesNotContainKey("misc");
  }

  @Test
  void near_duplicates_are_hidden_unless_asked_for() throws IOException {
    SearchResult hidden = store().search(all("لافروف كيري"));
    SearchResult shown = store().search(all("لافروف كيري").withDuplicates(true));
    assertThat(shown.total()).isEqualTo(hidden.total() + 1);
    assertThat(ids(shown)).containsAll(ids(hidden));
  }

  @Test
  void a_copy_names_its_original_and_the_others_name_none() throws IOException {
    // a fact-checker tracing a claim through --all must tell the republication from the original
    SearchResult shown = store().search(all("لافروف كيري").withDuplicates(true));
    List<Hit> copies = shown.hits().stream().filter(h -> h.duplicateOf() != null).toList();
    assertThat(copies).hasSize(1);
    assertThat(copies.get(0).id()).isNotEqualTo(seed().id());
    assertThat(copies.get(0).duplicateOf()).isEqualTo(seed().id());
    assertThat(ids(shown)).contains(seed().id());
    assertThat(store().search(all("لافروف كيري")).hits()).extracting(Hit::duplicateOf).containsOnlyNulls();
  }

  @Test
  void exclusions_and_dates_narrow_the_hits() throws IOException {
    long everything = store().search(all("")).total();
    long withoutSeedWord = store().search(all("-لافروف")).total();
    long withSeedWord = store().search(all("لافروف")).total();
    assertThat(withoutSeedWord + withSeedWord).isEqualTo(everything);
    assertThat(ids(store().search(all("from:2016-04-12 to:2016-04-12")))).containsExactly(seed().id());
  }

  @Test
  void oldest_sort_puts_the_first_article_first_with_one_hit() throws IOException {
    SearchRequest byDate = SearchRequest.of("").withSort(SearchRequest.SortOrder.DATE);
    long total = store().search(byDate.withPage(0, 0)).total();
    String firstDate = store().search(byDate.withPage(0, (int) total)).hits().stream()
        .map(Hit::published).filter(java.util.Objects::nonNull).min(String::compareTo).orElseThrow();
    SearchResult oldest = store().search(byDate.withSort(SearchRequest.SortOrder.OLDEST).withPage(0, 10));
    assertThat(oldest.total()).isEqualTo(total);
    assertThat(oldest.hits().get(0).published()).isEqualTo(firstDate);
    assertThat(oldest.hits()).extracting(Hit::published).isSorted();
    assertThat(oldest.hits()).extracting(Hit::id).doesNotContain(seed().id()); // 2016, after every 2015 article
  }

  @Test
  void date_sort_puts_the_newest_first_and_pages_do_not_overlap() throws IOException {
    SearchRequest byDate = SearchRequest.of("").withSort(SearchRequest.SortOrder.DATE);
    SearchResult first = store().search(byDate.withPage(0, 5));
    SearchResult second = store().search(byDate.withPage(5, 5));
    assertThat(first.hits().get(0).id()).isEqualTo(seed().id()); // 2016, after every 2015 article
    assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    List<String> dates = java.util.stream.Stream.concat(first.hits().stream(), second.hits().stream())
        .map(Hit::published).toList();
    assertThat(dates.subList(1, dates.size())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void an_added_article_is_seen_before_the_commit_and_searchable_after() throws IOException {
    Article fresh = new ArticleAnalyzer().analyze(new RawDocument(
        "الرياض-واس\nافتتح معرض الكتاب الدولي في الرياض اليوم بمشاركة ناشرين من ثلاثين بلدا كسبريتاكوس.", false,
        "معرض الكتاب", null, "spa", "2015-08-12", "contract-" + getClass().getSimpleName()));
    long before = store().count();
    store().add(fresh);
    assertThat(store().contains(fresh.id())).isTrue();
    assertThat(store().get(fresh.id())).get().extracting(Article::title).isEqualTo("معرض الكتاب");
    store().commit();
    assertThat(ids(store().search(all("كسبريتاكوس")))).containsExactly(fresh.id());
    store().add(fresh); // the id is the key: adding again replaces
    store().commit();
    assertThat(store().count()).isEqualTo(before + 1);
  }

  @Test
  void adds_from_several_threads_are_all_stored() throws Exception {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    List<Article> fresh = java.util.stream.IntStream.range(0, 40)
        .mapToObj(i -> analyzer.analyze(new RawDocument("جدة-واس\nوصلت الدفعة رقم " + i + " من قوافل الإغاثة إلى الميناء صباح اليوم.",
            false, null, null, "spa", "2015-08-12", "threads-" + i)))
        .toList();
    long before = store().count();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (Article a : fresh) done.add(pool.submit(() -> {
        store().add(a);
        return null;
      }));
      for (java.util.concurrent.Future<?> f : done) f.get();
    } finally {
      pool.shutdown();
    }
    store().commit();
    assertThat(store().count()).isEqualTo(before + fresh.stream().map(Article::id).distinct().count());
    for (Article a : fresh) assertThat(store().contains(a.id())).isTrue();
  }

  @Test
  void more_words_of_a_query_words_root_rank_an_article_higher_but_every_word_is_required() throws IOException {
    List<Article> pair = Corpus.rootPatterns();
    String rich = pair.get(0).id(); // انتقادات once, four other words of its root (نقد)
    String repeat = pair.get(1).id(); // انتقادات twice
    List<String> order = ids(store().search(all("انتقادات"))).stream().filter(id -> id.equals(rich) || id.equals(repeat)).toList();
    assertThat(order).containsExactly(rich, repeat);
    // The root does not make a word optional: انتقد (same root) alone does not find the second report.
    assertThat(ids(store().search(all("انتقد")))).contains(rich).doesNotContain(repeat);
  }

  @Test
  void a_malformed_query_is_a_syntax_error() {
    assertThatThrownBy(() -> store().search(SearchRequest.of("\"وقف الأعمال"))).isInstanceOf(QuerySyntaxException.class);
    assertThatThrownBy(() -> store().search(SearchRequest.of("colour:red"))).isInstanceOf(QuerySyntaxException.class);
  }

  @Test
  void unknown_ids_are_absent() throws IOException {
    assertThat(store().contains("0000000000000000")).isFalse();
    assertThat(store().get("0000000000000000")).isEmpty();
  }
}

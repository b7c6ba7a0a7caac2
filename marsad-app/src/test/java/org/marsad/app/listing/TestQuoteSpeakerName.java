package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.http.service.QuoteView;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * "What did X say": the speaker a fact-checker types is the whole name, not its last word. Session 11
 * QA on 9,482 SaudiNewsNet articles: {@code --speaker "عادل الجبير"} listed the economist أحمد الجبير
 * first (134 quotations, every الجبير), and {@code --speaker "وزير الخارجية"} the director of external
 * relations of the ministry of Islamic affairs (every speaker with الخارجية). Quotations below are
 * the articles' own (aawsat, almadina, 3alyoum, 24–25 July 2015).
 */
class TestQuoteSpeakerName {
  private static final String ADEL_QUOTE = "توضيحات الولايات المتحدة بشأن عمليات التفتيش، والقدرة على إعادة فرض العقوبات في حال خرق إيران للاتفاق كانت مطمئنة للمملكة العربية السعودية";
  private static final String AHMED_QUOTE = "يفترض الاستثمار في الاحتياطي العام لتعويض التناقص والعجز في الميزانية";
  private static final String SHOUKRY_QUOTE = "موقف مصر تجاه اليمن لا يشوبه أي غموض، وإنما موقف مصر واضح";
  private static final String DIRECTOR_QUOTE = "مشاركة المملكة العربية السعودية ممثلة في وزارة الشؤون الإسلامية في أعمال هذه الندوة تأتي انطلاقا من جهودها";
  private static final String DIRECTOR = "المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد";

  @TempDir Path dir;
  EntityRegistry registry;
  String adel;

  @BeforeEach
  void registry() {
    registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    adel = registry.register("PERS", "عادل الجبير", Set.of("الجبير"), 40).id();
    registry.register("PERS", "أحمد الجبير", Set.of(), 3);
  }

  @Test
  void a_full_name_finds_that_person_only_and_a_role_that_role_only() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "الجبير", adel, ADEL_QUOTE))); // the article names him by his family name
      store.add(ArticleJson.read(article(2, "عادل الجبير", adel, ADEL_QUOTE + " اليوم")));
      store.add(ArticleJson.read(article(3, "أحمد الجبير", null, AHMED_QUOTE)));
      store.add(ArticleJson.read(article(6, "عادل بن أحمد الجبير", null, ADEL_QUOTE + " أمس"))); // his full chain, another registry entity
      store.add(ArticleJson.read(article(4, "وزير الخارجية المصري", null, SHOUKRY_QUOTE)));
      store.add(ArticleJson.read(article(5, DIRECTOR, null, DIRECTOR_QUOTE)));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);

      QuoteFinder.Found adelsQuotes = finder.find("عادل الجبير", "", null, null, 0, 20);
      assertThat(adelsQuotes.quotes()).as("not أحمد الجبير; his quotation under الجبير too")
          .extracting(QuoteView::speaker).containsExactlyInAnyOrder("الجبير", "عادل الجبير", "عادل بن أحمد الجبير");
      assertThat(finder.find("احمد الجبير", "", null, null, 0, 20).quotes()).as("hamza folded; not the father's name of عادل بن أحمد الجبير")
          .extracting(QuoteView::text).containsExactly(AHMED_QUOTE);
      assertThat(finder.find("الجبير", "", null, null, 0, 20).total()).as("a part of a name still finds every الجبير").isEqualTo(4);
      assertThat(finder.find("\"عادل الجبير\"", "", null, null, 0, 20).total()).as("a name typed in quotes").isEqualTo(3);
      assertThat(finder.find("\"", "", null, null, 0, 20).total()).as("only a quote mark: no one, not an error").isZero();

      assertThat(finder.find("وزير الخارجية", "", null, null, 0, 20).quotes()).as("the role, not every الخارجية")
          .extracting(QuoteView::speaker).containsExactly("وزير الخارجية المصري");
    }
  }

  @Test
  void the_speaker_is_matched_by_whole_name_words_on_their_keys() throws Exception {
    // session 11 review: عبدالله بن زايد did not find عبد الله بن زايد, عادل الجبير found عادلة الجبيري
    // (a part of a word was enough) and سعود every السعودي
    String abdullahQuote = "المملكة العربية السعودية تقف مع الإمارات في مواجهة التحديات";
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "عبد الله بن زايد", null, abdullahQuote)));
      store.add(ArticleJson.read(article(2, "عادلة الجبيري", null, AHMED_QUOTE)));
      store.add(ArticleJson.read(article(3, "وزير الخارجية السعودي", null, ADEL_QUOTE)));
      store.add(ArticleJson.read(article(4, "عادل الجبير", adel, ADEL_QUOTE + " اليوم")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("عبدالله بن زايد", "", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(abdullahQuote);
      assertThat(finder.find("عادل الجبير", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker).containsExactly("عادل الجبير");
      assertThat(finder.find("سعود", "", null, null, 0, 20).total()).isZero();
      assertThat(finder.find("جبير", "", null, null, 0, 20).quotes()).as("without ال").extracting(QuoteView::speaker).containsExactly("عادل الجبير");
      // `speaker=ال` listed every speaker with an آل (398 quotations on the QA data), `speaker=OR` 16
      for (String nobody : java.util.List.of("ال", "آل", "OR", "بن", "في")) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> finder.find(nobody, "", null, null, 0, 20)).as(nobody)
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no name word");
      }
    }
  }

  @Test
  void the_entity_page_lists_the_quotations_of_its_id() throws Exception {
    // session 11 review: the profile asked QuoteFinder for the canonical name, which may resolve to
    // another entity: here the page of an organisation called الجبير (the person's alias) showed
    // Adel al-Jubeir's quotation made as minister, which quotes.html?speaker=<its id> does not
    String org = registry.register("ORG", "الجبير", Set.of(), 2).id();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "وزير الخارجية", adel, ADEL_QUOTE)));
      store.add(ArticleJson.read(article(2, "عادل الجبير", adel, ADEL_QUOTE + " اليوم")));
      store.commit();
      CollectionEntities entities = new CollectionEntities(registry, store);
      CollectionQuotes quotes = new CollectionQuotes(store, registry);
      PageRequest page = new PageRequest(1, 20);
      for (String id : java.util.List.of(adel, org)) {
        assertThat(entities.profile(id).orElseThrow().quotes()).as(id).extracting(QuoteView::text)
            .containsExactlyElementsOf(quotes.find(id, null, null, null, page).items().stream().map(QuoteView::text).toList());
      }
      assertThat(entities.profile(adel).orElseThrow().quotes()).hasSize(2);
    }
  }

  @Test
  void a_role_finds_the_quotations_of_whom_the_article_names_with_it() throws Exception {
    // session 11 QA: `--speaker "وزير الخارجية السعودي"` found nothing where the article wrote
    // "وزير الخارجية السعودي عادل الجبير" and quoted "الجبير" (the role is an entity's, not the speaker's)
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(withRole(1, "وزير الخارجية السعودي", "عادل الجبير", adel, "الجبير", adel, ADEL_QUOTE)));
      store.add(ArticleJson.read(withRole(2, "وزير الخارجية السعودي", "عادل الجبير", null, "الجبير", null, ADEL_QUOTE + " أمس")));
      store.add(ArticleJson.read(withRole(3, "وزير الخارجية المصري", "سامح شكري", null, "شكري", null, SHOUKRY_QUOTE)));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("وزير الخارجية السعودي", "", null, null, 0, 20).quotes()).as("by id, and by a name of the holder")
          .extracting(QuoteView::text).containsExactlyInAnyOrder(ADEL_QUOTE, ADEL_QUOTE + " أمس");
      assertThat(finder.find("وزير الخارجية", "", null, null, 0, 20).total()).as("every holder of the role").isEqualTo(3);
      assertThat(finder.find("وزير الخارجية السعودي", "إيران", null, null, 0, 20).total()).as("words still asked").isEqualTo(2);
    }
  }

  @Test
  void a_role_finds_its_holders_not_their_deputies() throws Exception {
    // session 11 review 3: ولي العهد السعودي listed the deputy crown prince, وزير الخارجية الإيراني
    // his deputy Araghchi (by speaker and by role), and وزير الخارجية no longer reached وزيرة الخارجية
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "ولي ولي العهد السعودي", null, "نص عن اليمن")));
      store.add(ArticleJson.read(article(2, "نائب وزير الخارجية الإيراني", null, "نص عن الاتفاق")));
      store.add(ArticleJson.read(withRole(3, "نائب وزير الخارجية الإيراني", "عباس عراقجي", null, "عراقجي", null, "نص سابع عن الاتفاق")));
      store.add(ArticleJson.read(article(4, "وزيرة الخارجية الأوروبية", null, "نص خامس عن الاتفاق")));
      store.add(ArticleJson.read(withRole(5, "وزير الخارجية الإيراني", "محمد جواد ظريف", null, "ظريف", null, "نص سادس عن الاتفاق")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("ولي العهد السعودي", "", null, null, 0, 20).total()).isZero();
      assertThat(finder.find("وزير الخارجية الإيراني", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker).containsExactly("ظريف");
      assertThat(finder.find("وزير الخارجية", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker)
          .containsExactlyInAnyOrder("ظريف", "وزيرة الخارجية الأوروبية");
    }
  }

  @Test
  void a_holder_quoted_with_a_title_his_name_does_not_hold_is_the_holder() throws Exception {
    // session 11 review 3: the article names "الرئيس المصري عبد الفتاح السيسي" and quotes "الرئيس السيسي"
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(withRole(1, "الرئيس المصري", "عبد الفتاح السيسي", null, "الرئيس السيسي", null, "مصر لن تسمح بالمساس بأمنها القومي")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("الرئيس المصري", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker).containsExactly("الرئيس السيسي");
    }
    assertThat(QuoteFinder.withoutTitles("الرئيس")).as("a title alone names no one").isNull();
  }

  @Test
  void a_name_is_found_in_the_index_in_both_spellings_of_abd_and_by_a_word_the_index_keeps() throws Exception {
    // session 11 review 3: عبدالله الثاني found 0 where the article wrote عبد الله الثاني (the index was
    // asked for عبدالله), محمد بن عبد الله 0 for محمد بن عبدالله, and علي was refused as no name word
    // (a stop word of the text fields; index schema 3 keeps it in the speaker names)
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "عبد الله الثاني", null, "نص أول عن الأردن")));
      store.add(ArticleJson.read(article(2, "محمد بن عبدالله", null, "نص ثان عن اليمن")));
      store.add(ArticleJson.read(article(3, "علي", null, "نص ثالث عن الاتفاق")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      for (String s : java.util.List.of("عبدالله", "عبدالله الثاني", "عبد الله الثاني")) {
        assertThat(finder.find(s, "", null, null, 0, 20).quotes()).as(s).extracting(QuoteView::speaker).contains("عبد الله الثاني");
      }
      assertThat(finder.find("محمد بن عبد الله", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker).containsExactly("محمد بن عبدالله");
      assertThat(finder.find("علي", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker).containsExactly("علي");
    }
  }

  @Test
  void a_name_ending_in_a_stop_list_word_is_searched_whole_not_by_that_word() throws Exception {
    // session 13 review: `--speaker "محمد علي"` searched every speaker علي too; enough newer articles
    // quoting other men named علي pushed محمد علي's article out of the newest read
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "محمد علي", null, "الحوار هو السبيل الوحيد", "2015-07-01T08:00:00Z")));
      for (int i = 0; i < QuoteFinder.ARTICLES_READ; i++) {
        String other = i % 2 == 0 ? "علي لاريجاني" : "علي عبد الله صالح";
        store.add(ArticleJson.read(article(1000 + i, other, null, "نص رقم " + i, String.format("2015-07-24T%02d:%02d:00Z", i / 60, i % 60))));
      }
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("محمد علي", "", null, null, 0, 20).quotes()).extracting(QuoteView::speaker).containsExactly("محمد علي");
      assertThat(finder.find("عبد الله صالح", "", null, null, 0, 20).total()).as("a last word off the list: unchanged").isEqualTo(100);
    }
  }

  private static String withRole(int i, String role, String name, String nameId, String speaker, String speakerId, String quote) {
    String text = "أكد " + role + " " + name + " موقف بلاده. وقال " + speaker + " إن \"" + quote + "\".";
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("id", String.format("%032x", 100 + i)).put("source", "aawsat").put("text", text)
        .put("published", String.format("2015-07-24T%02d:00:00Z", i));
    int at = text.indexOf(name);
    ObjectNode e = o.putArray("entities").addObject().put("text", name).put("type", "PERS").put("start", at)
        .put("end", at + name.length()).put("canonical", name).put("role", role);
    if (nameId == null) e.putNull("id"); else e.put("id", nameId);
    int start = text.indexOf('"') + 1;
    ObjectNode q = o.putArray("quotes").addObject().put("text", quote).put("direct", true).put("start", start)
        .put("end", start + quote.length()).put("speaker", speaker).put("verb", "وقال").putNull("via");
    if (speakerId == null) q.putNull("speakerId"); else q.put("speakerId", speakerId);
    return o.toString();
  }

  @Test
  void a_scholarly_latin_name_finds_the_same_quotations_as_the_plain_one() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "الجبير", adel, ADEL_QUOTE)));
      store.add(ArticleJson.read(article(3, "أحمد الجبير", null, AHMED_QUOTE)));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("Jubeir", "", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(ADEL_QUOTE);
      // 'no known speaker is written ʿĀdil al-Jubayr in Latin letters' before: ʿ and macrons are no letters of a key
      assertThat(finder.find("ʿĀdil al-Jubayr", "", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(ADEL_QUOTE);
    }
  }

  @Test
  void a_latin_name_or_an_id_also_takes_an_unresolved_quotation_under_one_of_the_entitys_names() throws Exception {
    // session 14 QA: --speaker Obama 71 quotations, أوباما 109; 20 were Barack Obama's under an
    // unresolved «أوباما» (no speaker id), which the Latin name (canonical name + id) did not take
    String obama = registry.register("PERS", "باراك أوباما", Set.of("اوباما"), 383).id();
    String resolved = "الاتفاق مع إيران يمنعها من امتلاك سلاح نووي";
    String unresolved = "أفريقيا تسير قدما والناس يخرجون من الفقر";
    String sarah = "ابني كان يحب هذه القرية";
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "باراك أوباما", obama, resolved)));
      store.add(ArticleJson.read(article(2, "أوباما", null, unresolved)));
      store.add(ArticleJson.read(article(3, "سارة أوباما", null, sarah)));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find("Obama", "", null, null, 0, 20).quotes()).extracting(QuoteView::text)
          .as("not his grandmother's: سارة أوباما is no name of his").containsExactlyInAnyOrder(resolved, unresolved);
      assertThat(finder.find(obama, "", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactlyInAnyOrder(resolved, unresolved);
      assertThat(finder.find("أوباما", "", null, null, 0, 20).total()).as("the Arabic word names all three, as before").isEqualTo(3);
    }
  }

  @Test
  void an_unresolved_quotation_under_an_alias_two_people_share_is_of_the_one_the_registry_resolves_it_to() throws Exception {
    // session 14 review: ليلى نصر الله (2 mentions) has the alias «نصر الله», which is حسن نصر الله's
    // too; her page took every unresolved «نصر الله» quotation
    String hassan = registry.register("PERS", "حسن نصر الله", Set.of("نصر الله"), 120).id();
    String layla = registry.register("PERS", "ليلى نصر الله", Set.of("نصر الله"), 2).id();
    String his = "المقاومة ستبقى في الميدان مهما كانت التضحيات";
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "نصر الله", null, his)));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      String holder = registry.resolve("PERS", "نصر الله").orElseThrow().id(); // the registry's choice (on the QA data, his)
      String other = holder.equals(hassan) ? layla : hassan;
      assertThat(finder.find(holder, "", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(his);
      assertThat(finder.find(other, "", null, null, 0, 20).total()).as("the other holder of the alias").isZero();
    }
  }

  @Test
  void the_apis_quotations_of_this_week_are_those_of_this_week() throws Exception {
    // GET /api/quotes ignored from/to before (parameters the API does not know are ignored), so
    // "what did he say this week" got every date without a word
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "الجبير", adel, ADEL_QUOTE)));
      store.add(ArticleJson.read(article(2, "عادل الجبير", adel, ADEL_QUOTE + " اليوم", "2015-08-11T10:00:00Z")));
      store.commit();
      CollectionQuotes quotes = new CollectionQuotes(store, registry);
      PageRequest page = new PageRequest(1, 20);
      assertThat(quotes.find("Jubeir", null, null, null, page).total()).isEqualTo(2);
      assertThat(quotes.find("Jubeir", null, LocalDate.parse("2015-08-09"), LocalDate.parse("2015-08-15"), page).items())
          .extracting(QuoteView::published).containsExactly("2015-08-11T10:00:00Z");
      assertThat(quotes.find("Jubeir", null, null, LocalDate.parse("2015-07-31"), page).items())
          .extracting(QuoteView::speaker).containsExactly("الجبير");
    }
  }

  @Test
  void words_are_read_as_the_search_reads_them() throws Exception {
    // `marsad quotes ...` found 0 quotations (the dots were looked for in the text), `في` every
    // quotation with the letters في in a word, `إيران،` only those with the comma
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(1, "الجبير", adel, ADEL_QUOTE)));
      store.add(ArticleJson.read(article(3, "أحمد الجبير", null, AHMED_QUOTE)));
      store.add(ArticleJson.read(article(4, "وزير الخارجية المصري", null, SHOUKRY_QUOTE)));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      assertThat(finder.find(null, "...", null, null, 0, 20).total()).as("punctuation only: as no words").isEqualTo(3);
      assertThat(finder.find(null, "إيران،", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(ADEL_QUOTE);
      assertThat(finder.find(null, "في الاحتياطي", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(AHMED_QUOTE);
      assertThat(finder.find(null, "«مصر»", null, null, 0, 20).quotes()).extracting(QuoteView::text).containsExactly(SHOUKRY_QUOTE);
    }
  }

  private static String article(int i, String speaker, String speakerId, String quote) {
    return article(i, speaker, speakerId, quote, String.format("2015-07-24T%02d:00:00Z", i));
  }

  private static String article(int i, String speaker, String speakerId, String quote, String published) {
    String text = "وقال " + speaker + " إن \"" + quote + "\".";
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("id", String.format("%032x", i)).put("source", "aawsat").put("text", text)
        .put("published", published);
    int start = text.indexOf('"') + 1;
    ObjectNode q = o.putArray("quotes").addObject().put("text", quote).put("direct", true).put("start", start)
        .put("end", start + quote.length()).put("speaker", speaker).put("verb", "وقال").putNull("via");
    if (speakerId == null) q.putNull("speakerId"); else q.put("speakerId", speakerId);
    return o.toString();
  }
}

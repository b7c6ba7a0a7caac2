package org.marsad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.Topic;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.token.Token;
import org.marsad.testkit.SharedData;

class TestArticleAnalyzer {
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  @Test
  void seed_record() {
    Article a = analyzer.analyze(RawDocument.ofText(SharedData.seedText(), "seed"));
    assertThat(a.id()).matches("[0-9a-f]{32}");
    assertThat(a.dateline().city()).isEqualTo("موسكو");
    assertThat(a.sections()).hasSize(4);
    assertThat(a.tokens()).isNull();
    assertThat(a.sentences()).isNull();
    assertThat(a.entities()).isEmpty();
    assertThat(a.published()).isNull();
  }

  @Test
  void tokens_and_sentences_have_offsets_into_text() {
    Article a = analyzer.analyze(RawDocument.ofText(SharedData.seedText(), "seed"), ArticleAnalyzer.Options.WITH_TOKENS);
    assertThat(a.tokens()).isNotEmpty();
    for (Token t : a.tokens()) assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.text());
    assertThat(a.sentences()).isNotEmpty();
    Sentence first = a.sentences().get(0);
    assertThat(first.textIn(a.text())).startsWith("بحث وزير الخارجية الروسي");
  }

  @Test
  void bidi_controls_leave_the_source_and_are_percent_encoded_in_the_url() {
    // session 18 QA: U+202E in source showed «rtl\u202Ekcatta» as «rtlattack»; title and text already lost it
    String[] controls = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"};
    for (String c : controls) {
      RawDocument doc = new RawDocument(SharedData.seedText(), false, "عنوان" + c + "الخبر", "https://example.com/a" + c + "b?q=" + c,
          "rtl" + c + "kcatta", null, "seed");
      Article a = analyzer.analyze(doc);
      assertThat(a.source()).as(c).isEqualTo("rtlkcatta");
      String escaped = java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8); // %E2%80%AE for U+202E
      assertThat(escaped).matches("(%[0-9A-F]{2}){3}");
      assertThat(a.url()).as(c).isEqualTo("https://example.com/a" + escaped + "b?q=" + escaped);
      assertThat(a.title()).as(c).isEqualTo("عنوانالخبر");
    }
    assertThat(analyzer.analyze(new RawDocument(SharedData.seedText(), false, null, "https://example.com/\u202Ex", null, null, "seed")).url())
        .isEqualTo("https://example.com/%E2%80%AEx");
    RawDocument plain = new RawDocument(SharedData.seedText(), false, null, "https://www.spa.gov.sa/1234?lang=ar", "spa", null, "seed");
    Article p = analyzer.analyze(plain);
    assertThat(p.source()).isEqualTo("spa");
    assertThat(p.url()).isEqualTo("https://www.spa.gov.sa/1234?lang=ar");
  }

  @Test
  void control_characters_in_a_body_are_spaces_in_its_text_offsets_and_id() {
    String seed = SharedData.seedText();
    // as alyaum's bodies hold U+001A pairs, and a stray NUL and C1 control
    String noisy = seed.replaceFirst("الروسي ", "الروسي \u001A\u001A").replaceFirst(" الأمريكي", "\u0000الأمريكي").replace("، ", "،\u0093 ");
    assertThat(noisy).isNotEqualTo(seed);
    Article clean = analyzer.analyze(RawDocument.ofText(seed, "seed"), ArticleAnalyzer.Options.WITH_TOKENS);
    Article a = analyzer.analyze(RawDocument.ofText(noisy, "seed"), ArticleAnalyzer.Options.WITH_TOKENS);
    assertThat(a.text()).doesNotContain("\u001A", "\u0000", "\u0093").isEqualTo(clean.text());
    assertThat(a.id()).as("the same words: the same article").isEqualTo(clean.id());
    assertThat(a.sentences()).isEqualTo(clean.sentences()).isNotEmpty();
    assertThat(a.tokens()).isEqualTo(clean.tokens());
    for (Token t : a.tokens()) assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.text());
  }

  @Test
  void container_time_then_page_time_then_dateline_date() {
    String spa = "جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nنفذت مديرية الشؤون الصحية بمحافظة جدة جولات رقابية على المنشآت الصحية الخاصة.";
    assertThat(analyzer.analyze(new RawDocument(spa, false, null, null, "was", "2015-08-10 20:27:03", "x")).published())
        .isEqualTo("2015-08-10T20:27:03");
    assertThat(analyzer.analyze(RawDocument.ofText(spa, "x")).published()).isEqualTo("2015-08-10");
  }

  @Test
  void html_document_goes_through_extraction_then_anatomy() throws IOException {
    String html;
    try (InputStream in = getClass().getResourceAsStream("html/sana-article.html")) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Article a = analyzer.analyze(new RawDocument(html, true, null, "https://sana.sy/?p=812345", "sana", null, "page"));
    assertThat(a.title()).isEqualTo("الجيش يعيد الأمن إلى قرى في ريف حماة الشمالي");
    assertThat(a.published()).isEqualTo("2016-04-12T13:45:10+03:00");
    assertThat(a.dateline().city()).isEqualTo("حماة");
    assertThat(a.sections()).hasSize(2);
    assertThat(a.sections().get(1).heading()).isEqualTo("عودة الأهالي إلى منازلهم في قرى الريف الشمالي");
    assertThat(a.text()).doesNotContain("تابعوا آخر الأخبار");
    assertThat(a.url()).isEqualTo("https://sana.sy/?p=812345");
    assertThat(a.source()).isEqualTo("sana");
  }

  @Test
  void enrichers_run_in_order_on_the_record_so_far() {
    List<String> seen = new ArrayList<>();
    ArticleAnalyzer withSteps = new ArticleAnalyzer()
        .with(a -> { seen.add("topic"); return a.withTopic(new Topic("politics", 0.9)); })
        .with(a -> { seen.add("summary:" + a.topic().label()); return a.withSummary(List.of(a.lead())); });
    Article a = withSteps.analyze(RawDocument.ofText(SharedData.seedText(), "seed"));
    assertThat(seen).containsExactly("topic", "summary:politics");
    assertThat(a.summary()).containsExactly(a.lead());
  }

  @Test
  void one_instance_gives_the_same_records_from_several_threads() throws Exception {
    String seed = SharedData.seedText();
    Article expected = analyzer.analyze(RawDocument.ofText(seed, "seed"), ArticleAnalyzer.Options.WITH_TOKENS);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> analyzer.analyze(RawDocument.ofText(seed, "seed"), ArticleAnalyzer.Options.WITH_TOKENS)));
      }
      for (Future<Article> f : results) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void blank_input_is_an_input_error() {
    assertThatThrownBy(() -> analyzer.analyze(RawDocument.ofText("  \n ", "x"))).isInstanceOf(NoArticleException.class)
        .hasMessage("empty document");
  }
}

package org.marsad.nlp.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.nlp.article.Dateline;

class TestDatelineDetector {
  private final DatelineDetector detector = DatelineDetector.standard();

  private Dateline dateline(String line) {
    DatelineMatch m = detector.detect(line);
    assertThat(m).as("dateline in: %s", line).isNotNull();
    return m.dateline();
  }

  @Test
  void a_place_of_the_list_is_known_as_the_dateline_compares_it() {
    assertThat(detector.isPlace("لبنان")).isTrue();
    assertThat(detector.isPlace("أبهــا")).isTrue(); // tatweel, hamza
    assertThat(detector.isPlace("لندن:")).isTrue();
    assertThat(detector.isPlace("بنان")).isFalse();
    assertThat(detector.isPlace("سانا")).isFalse(); // an agency, not a place
  }

  @Test
  void sana_dateline_alone_on_its_line() {
    DatelineMatch m = detector.detect("موسكو-سانا");
    assertThat(m.dateline()).isEqualTo(new Dateline("موسكو", "سانا", null, "موسكو-سانا"));
    assertThat(m.end()).isEqualTo("موسكو-سانا".length());
  }

  @Test
  void sana_with_spaced_dash_and_tatweel_dash() {
    assertThat(dateline("دمشق - سانا").city()).isEqualTo("دمشق");
    assertThat(dateline("دمشق ـ سانا").agency()).isEqualTo("سانا");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس|بريدة|2015-08-10",
      "مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس|مكة المكرمة|2015-08-10",
      "جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس|جدة|2015-08-10",
      "الدمام25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس|الدمام|2015-08-10",
      "أبهــا 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس|أبها|2015-08-10",
      "طرابلس 26 شوال 1436ه لموافق 11 اغسطس 2015م .واس|طرابلس|2015-08-11",
      "نجران 26 شوال 1436 هـ الموافق 11 أغسطس 2015 مواس|نجران|2015-08-11",
      "ينبع26 شوال 1436هـ الموافق 011 أغسطس 2015 م واس|ينبع|2015-08-11",
      "تبليسي (جورجيا) 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس|تبليسي|2015-08-11",
      "سري بغاوان 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس|سري بغاوان|2015-08-11",
      "\u200fأبهــا 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس|أبها|2015-08-10"})
  void saudi_press_agency_variants(String line, String city, String date) {
    Dateline d = dateline(line);
    assertThat(d.city()).isEqualTo(city);
    assertThat(d.agency()).isEqualTo("واس");
    assertThat(d.date()).isEqualTo(date);
  }

  @Test
  void hijri_only_dateline_gets_the_converted_date() {
    assertThat(dateline("الرياض 26 شوال 1436 هـ واس").date()).isEqualTo("2015-08-11");
  }

  @Test
  void reuters_style_inline_dateline_leaves_the_sentence() {
    String line = "القاهرة (رويترز) - قال البنك المركزي المصري يوم الأحد إن الاحتياطيات ارتفعت.";
    DatelineMatch m = detector.detect(line);
    assertThat(m.dateline()).isEqualTo(new Dateline("القاهرة", "رويترز", null, "القاهرة (رويترز) -"));
    assertThat(line.substring(m.end())).startsWith("قال البنك المركزي");
  }

  @Test
  void afp_with_a_date_in_arabic_indic_digits() {
    Dateline d = dateline("بيروت ٨ آذار/مارس ٢٠١٤ (أ ف ب) - أعلن الجيش");
    assertThat(d.city()).isEqualTo("بيروت");
    assertThat(d.agency()).isEqualTo("أ ف ب");
    assertThat(d.date()).isEqualTo("2014-03-08");
  }

  @Test
  void city_and_reporter_name() {
    DatelineMatch m = detector.detect("لندن: محمد الشافعي");
    assertThat(m.dateline().city()).isEqualTo("لندن");
    assertThat(m.dateline().agency()).isNull();
    assertThat(m.byline()).isEqualTo("محمد الشافعي");
  }

  @Test
  void city_then_colon_opens_the_first_sentence() {
    String line = "واشنطن: أعلنت وزارة الخارجية الأمريكية اليوم فرض عقوبات جديدة.";
    DatelineMatch m = detector.detect(line);
    assertThat(m.dateline().city()).isEqualTo("واشنطن");
    assertThat(line.substring(m.end())).startsWith("أعلنت");
  }

  @Test
  void newspaper_signatures_with_reporters() {
    DatelineMatch a = detector.detect("عبدالله الراجحي- سبق- جدة: ذكرت مصادر مطلعة أن فرق التفتيش قامت بحملة.");
    assertThat(a.dateline().city()).isEqualTo("جدة");
    assertThat(a.dateline().agency()).isEqualTo("سبق");
    assertThat(a.byline()).isEqualTo("عبدالله الراجحي");
    DatelineMatch b = detector.detect("عين اليوم – القاهرة");
    assertThat(b.dateline().city()).isEqualTo("القاهرة");
    assertThat(b.dateline().agency()).isEqualTo("عين اليوم");
    DatelineMatch two = detector.detect("عبدالرحمن الشهري، داليا أبوالعيش – عين اليوم");
    assertThat(two.dateline().agency()).isEqualTo("عين اليوم");
    assertThat(two.byline()).isEqualTo("عبدالرحمن الشهري، داليا أبوالعيش");
    assertThat(detector.detect("حاتم النجيمي – الخرمة").dateline().city()).isEqualTo("الخرمة");
    DatelineMatch c = detector.detect("عبدالرحمن الشهري – عين اليوم");
    assertThat(c.dateline().city()).isNull();
    assertThat(c.byline()).isEqualTo("عبدالرحمن الشهري");
  }

  @Test
  void headings_and_ordinary_sentences_are_not_datelines() {
    assertThat(detector.detect("لافروف: واشنطن تنشر معلومات مضللة حول مضمون مباحثاتها مع موسكو لتسوية الأزمة في سورية")).isNull();
    assertThat(detector.detect("بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم")).isNull();
    assertThat(detector.detect("أكد الرئيس - في خطاب ألقاه اليوم - أن الحكومة ماضية في الإصلاح.")).isNull();
    assertThat(detector.detect("وكالة الأنباء السعودية تحييكم وتبدأ بثها اليوم")).isNull();
    assertThat(detector.detect("الثلاثاء 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م")).isNull();
  }
}

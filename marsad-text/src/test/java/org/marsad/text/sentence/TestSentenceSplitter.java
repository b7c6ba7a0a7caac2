package org.marsad.text.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

class TestSentenceSplitter {

  private static List<String> split(String s) {
    return SentenceSplitter.split(s).stream().map(x -> x.textIn(s)).toList();
  }

  @Test
  void splits_after_full_stop_question_and_exclamation_marks() {
    assertThat(split("بحث الوزيران الأزمة. وقال لافروف إنها خطيرة؟ نعم! انتهى"))
        .containsExactly("بحث الوزيران الأزمة.", "وقال لافروف إنها خطيرة؟", "نعم!", "انتهى");
  }

  @Test
  void splits_at_arabic_semicolon_and_line_breaks() {
    assertThat(split("تم الاتفاق؛ وسيعقد اجتماع\nموسكو-سانا"))
        .containsExactly("تم الاتفاق؛", "وسيعقد اجتماع", "موسكو-سانا");
  }

  @Test
  void decimal_numbers_do_not_end_a_sentence() {
    assertThat(split("بلغ النمو 3.5 بالمئة هذا العام. وتراجع التضخم")).containsExactly(
        "بلغ النمو 3.5 بالمئة هذا العام.", "وتراجع التضخم");
  }

  @Test
  void abbreviations_do_not_end_a_sentence() {
    assertThat(split("قال د. أحمد إن أ.د. سامي وصل. ثم غادر")).containsExactly(
        "قال د. أحمد إن أ.د. سامي وصل.", "ثم غادر");
    assertThat(split("Mr. Smith met Dr. Jones. Then he left")).containsExactly(
        "Mr. Smith met Dr. Jones.", "Then he left");
  }

  @Test
  void a_year_with_its_era_letter_ends_a_sentence() {
    assertThat(split("ولد عام 1958م. وتوفي لاحقا")).containsExactly("ولد عام 1958م.", "وتوفي لاحقا");
  }

  @Test
  void ellipsis_does_not_end_a_sentence() {
    assertThat(split("قال إن الوضع... صعب جدا. انتهى")).containsExactly("قال إن الوضع... صعب جدا.", "انتهى");
  }

  @Test
  void short_quotations_are_never_split() {
    String s = "وقال “نحن مستعدون. سنرد بقوة!” ثم غادر. وصل الوفد";
    assertThat(split(s)).containsExactly("وقال “نحن مستعدون. سنرد بقوة!” ثم غادر.", "وصل الوفد");
    assertThat(split("قال «لن نتراجع. أبدا» وانصرف")).hasSize(1);
  }

  @Test
  void closing_quote_after_the_stop_stays_with_its_sentence() {
    assertThat(split("وقال “انتهى الأمر.” وغادر القاعة. ثم عاد"))
        .containsExactly("وقال “انتهى الأمر.” وغادر القاعة.", "ثم عاد");
    assertThat(split("قال: “انتهى الأمر.” وصل الوفد")).hasSize(1);
  }

  @Test
  void long_quotations_are_split_at_their_own_sentence_ends() {
    String sentence = "إن الحكومة ستواصل العمل على تحقيق الاستقرار في جميع المناطق المتضررة من الحرب. ";
    String s = "وقال الوزير “" + sentence.repeat(6) + "” في المؤتمر.";
    assertThat(split(s)).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void full_stop_glued_to_the_next_arabic_word_splits() {
    assertThat(split("في سورية.وقال لافروف")).containsExactly("في سورية.", "وقال لافروف");
  }

  @Test
  void urls_are_not_split() {
    assertThat(split("تابعونا على sana.sy/ar/news. شكرا")).containsExactly("تابعونا على sana.sy/ar/news.", "شكرا");
  }

  @Test
  void seed_quotations_stay_whole() {
    String seed = SharedData.seedText();
    List<String> sentences = split(seed);
    assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith("وقال لافروف في مؤتمر صحفي").endsWith("حقاً”."));
    assertThat(sentences).contains("موسكو-سانا");
    assertThat(sentences).allSatisfy(s -> assertThat(s).isEqualTo(s.strip()).isNotEmpty());
  }
}

package org.marsad.text.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class TestArabicLightStemmer {

  private static String stem(String word) {
    return ArabicLightStemmer.stem(ArabicNormalizer.match(word));
  }

  private static void check(String word, String expectedStem) {
    assertThat(stem(word)).as(word).isEqualTo(ArabicNormalizer.match(expectedStem));
  }

  // ---- protected words and names ----

  @Test
  void syria_is_not_cut() {
    check("سورية", "سورية");
    check("وسورية", "سورية");
  }

  @Test
  void root_initial_waw_is_kept() {
    check("وزير", "وزير");
    check("وليد", "وليد");
    check("واشنطن", "واشنطن");
    check("وقت", "وقت");
  }

  @Test
  void protected_words_are_reached_through_their_suffixes() {
    check("وزارته", "وزارة");
    check("وزيرها", "وزير");
    check("الوزير", "وزير");
  }

  @Test
  void the_conjunction_before_a_protected_word_is_stripped() {
    check("ووزير", "وزير");
    check("وواشنطن", "واشنطن");
  }

  @Test
  void protected_names_after_the_article_are_adjectives() {
    check("السورية", "سوري");
    check("السوريين", "سوري");
  }

  @Test
  void nouns_ending_in_root_letters_keep_them() {
    check("قانون", "قانون");
    check("مليون", "مليون");
    check("اتجاه", "اتجاه");
    check("انتباه", "انتباه");
    check("برلمان", "برلمان");
    check("إيران", "إيران");
  }

  @Test
  void bare_prepositions_are_not_stripped() {
    check("بريطانيا", "بريطانيا");
    check("لبنان", "لبنان");
    check("فرنسا", "فرنسا");
    check("بيانات", "بيان");
  }

  // ---- stripping ----

  @Test
  void conjunction_and_article_with_plural() {
    check("والمسؤولين", "مسؤول");
    check("المسؤول", "مسؤول");
  }

  @Test
  void preposition_with_article() {
    check("بالحكومة", "حكوم");
    check("للأمم", "امم");
    check("وللأمم", "امم");
    check("كالعادة", "عاد");
  }

  @Test
  void teh_marbuta_before_a_pronoun() {
    check("حكومتها", "حكوم");
    check("الحكومة", "حكوم");
    check("حكومات", "حكوم");
  }

  @Test
  void plural_before_a_pronoun() {
    check("مقالاته", "مقال");
    check("علاقاتها", "علاق");
    check("العلاقة", "علاق");
  }

  @Test
  void singular_feminine_before_a_pronoun() {
    check("حياته", "حياة");
    check("قناته", "قناة");
  }

  @Test
  void pronoun_suffixes() {
    check("قادتهم", "قاد");
    check("تساهم", "تساهم");
    check("وقعت", "وقعت");
    check("الكرملين", "كرملين");
    check("بيته", "بيت");
    check("صوتها", "صوت");
  }

  @Test
  void conjunction_alone() {
    check("وقال", "قال");
    check("وتوسيع", "توسيع");
  }

  @Test
  void sound_plurals() {
    check("السوريون", "سوري");
    check("المسلحين", "مسلح");
    check("الانتخابات", "انتخاب");
  }

  @Test
  void short_words_are_left_alone() {
    check("في", "في");
    check("ال", "ال");
  }

  @Test
  void alternative_reading_of_a_bare_preposition() {
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("لتركيا"))).isEqualTo("تركيا");
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("بحكومتها"))).isEqualTo("حكوم");
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("وبحسب"))).isEqualTo("حسب");
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("بالحكومة"))).isNull();
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("بحث"))).isNull();
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("وزير"))).isNull();
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("كانت"))).isNull();
    assertThat(ArabicLightStemmer.alternative(ArabicNormalizer.match("فيها"))).isNull();
  }

  @Test
  void stems_in_place_and_returns_the_new_length() {
    char[] buf = ArabicNormalizer.match("والحكومات").toCharArray();
    int len = ArabicLightStemmer.stem(buf, buf.length);
    assertThat(new String(buf, 0, len)).isEqualTo("حكوم");
  }

  @Test
  void protected_lexicon_is_loaded_and_normalised() {
    assertThat(ArabicLightStemmer.protectedWords()).contains("وزير", "وزاره", "سوريه").doesNotContain("وزارة");
  }
}

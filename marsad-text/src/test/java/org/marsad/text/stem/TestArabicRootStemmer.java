package org.marsad.text.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class TestArabicRootStemmer {

  private static String root(String word) {
    return ArabicRootStemmer.root(ArabicNormalizer.match(word));
  }

  private static void check(String expectedRoot, String... words) {
    for (String w : words) assertThat(root(w)).as(w).isEqualTo(ArabicNormalizer.match(expectedRoot));
  }

  @Test
  void derived_forms_of_one_root_meet() {
    check("نقد", "انتقد", "ينتقد", "انتقاد", "الانتقادات");
    check("جمع", "اجتماع", "اجتمع", "المجتمعين");
    check("خدم", "استخدام", "المستخدمين");
    check("فوض", "التفاوض");
  }

  @Test
  void broken_plurals_meet_their_singular() {
    check("كتب", "كتاب", "الكتب", "مكاتب", "المكتبة");
    check("صحف", "صحيفة");
  }

  @Test
  void teh_marbuta_folded_to_heh_is_a_pattern_letter() {
    check("حكم", "حكومة", "الحكومات");
  }

  @Test
  void short_words_and_foreign_words_are_kept() {
    check("من", "من");
    check("covid", "covid");
    check("2015", "2015");
  }
}

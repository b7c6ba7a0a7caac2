package org.marsad.text.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class TestSpellingVariants {

  private static String canonical(String w) {
    return SpellingVariants.canonical(ArabicNormalizer.match(w));
  }

  @Test
  void syria_spellings_fold_together() {
    assertThat(canonical("سوريا")).isEqualTo(canonical("سورية")).isEqualTo("سوريه");
  }

  @Test
  void america_spellings_fold_together() {
    assertThat(canonical("أميركا")).isEqualTo(canonical("أمريكا"));
    assertThat(canonical("أميركي")).isEqualTo("امريكي");
  }

  @Test
  void unlisted_words_are_unchanged() {
    assertThat(canonical("روسيا")).isEqualTo("روسيا");
  }

  @Test
  void hamza_variants_need_no_entry() {
    assertThat(canonical("إسرائيل")).isEqualTo(canonical("اسرائيل"));
  }
}

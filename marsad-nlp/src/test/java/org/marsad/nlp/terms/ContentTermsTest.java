package org.marsad.nlp.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTermsTest {
  @Test
  void stop_words_and_punctuation_are_dropped() {
    assertThat(ContentTerms.of("بحث وزير الخارجية في اتصال هاتفي، اليوم.")).doesNotContain("في", "،", ".");
  }

  @Test
  void spelling_variants_and_clitics_give_the_same_term() {
    assertThat(ContentTerms.of("الحكومة")).isEqualTo(ContentTerms.of("والحكومه"));
    assertThat(ContentTerms.of("الأزمة")).isEqualTo(ContentTerms.of("الازمــة"));
  }

  @Test
  void numbers_are_not_content_terms() {
    assertThat(ContentTerms.of("2016 ٢٠١٦")).isEmpty();
  }

  @Test
  void latin_words_are_lower_cased() {
    assertThat(ContentTerms.of("SANA")).containsExactly("sana");
  }
}

package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicCliticsTest {
  @Test
  void strips_conjunction_preposition_and_article() {
    assertThat(ArabicClitics.stem("والاتحاد")).isEqualTo("اتحاد");
    assertThat(ArabicClitics.stem("بموسكو")).isEqualTo("موسكو");
    assertThat(ArabicClitics.withoutProclitics("للامم")).isEqualTo("الامم");
  }

  @Test
  void leaves_short_names_their_letters() {
    assertThat(ArabicClitics.stem("بكر")).isEqualTo("بكر");
    assertThat((int) ArabicClitics.conjunction("وفد")).isZero();
  }

  @Test
  void word_shapes() {
    assertThat(ArabicNameFeatureGenerator.shape("موسكو")).isEqualTo("A");
    assertThat(ArabicNameFeatureGenerator.shape("SANA")).isEqualTo("Lc");
    assertThat(ArabicNameFeatureGenerator.shape("2016")).isEqualTo("D");
    assertThat(ArabicNameFeatureGenerator.shape("،")).isEqualTo("P");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** The word lists moved from Java into data files load with the words they held. */
class TestWordSetFiles {
  @Test
  void bodyAndNominalHeadsComeFromTheirDataFiles() {
    // "أرجعت شركة الكهرباء …": a body in construct; "حركة" is a movement, not a body
    assertThat(WordSet.BODY_NOUNS.contains(ArabicNormalizer.match("شركة"))).isTrue();
    assertThat(WordSet.BODY_NOUNS.contains(ArabicNormalizer.match("هيئة"))).isTrue();
    assertThat(WordSet.BODY_NOUNS.contains(ArabicNormalizer.match("حركة"))).isFalse();
    // "وذكر البرنامج", "وأكد النادي اللندني": the session-9 additions
    assertThat(WordSet.NOMINAL_HEADS.contains(ArabicNormalizer.match("برنامج"))).isTrue();
    assertThat(WordSet.NOMINAL_HEADS.contains(ArabicNormalizer.match("نادي"))).isTrue();
    assertThat(WordSet.NOMINAL_HEADS.contains(ArabicNormalizer.match("مسؤول"))).isTrue();
    assertThat(WordSet.NOMINAL_HEADS.contains(ArabicNormalizer.match("ائتلاف"))).isTrue();
    assertThat(WordSet.NOMINAL_HEADS.contains(ArabicNormalizer.match("ضيف"))).isFalse();
  }
}

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

  @Test
  void theConjunctionsBeforeAnnaComeFromTheirDataFileWithTheWordsTheJavaListHeld() {
    // the match-normalised words of FrameFinder's list before session 12
    for (String n : java.util.List.of("حيث", "بعد", "قبل", "الا", "غير", "رغم", "برغم", "بما", "لو", "كما", "منذ", "حتي", "دون",
        "بدون", "مع", "وبعد", "وقبل", "لاجل", "اجل", "شان", "بشرط", "شرط", "يجب", "يمكن", "ينبغي", "عسي")) {
      assertThat(FrameFinder.NON_REPORT_BEFORE_ANNA.contains(n)).as(n).isTrue();
    }
    // session 12: nouns of necessity and impersonal predicates
    assertThat(FrameFinder.NON_REPORT_BEFORE_ANNA.contains(ArabicNormalizer.match("ضرورة"))).isTrue();
    assertThat(FrameFinder.NON_REPORT_BEFORE_ANNA.contains(ArabicNormalizer.match("المتوقع"))).isTrue();
    assertThat(FrameFinder.NON_REPORT_BEFORE_ANNA.contains(ArabicNormalizer.match("قال"))).isFalse();
  }
}

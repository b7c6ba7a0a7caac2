package org.marsad.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TestArabicNameAnalyzer {
  private final Analyzer names = new ArabicNameAnalyzer();
  private final Analyzer exact = ArabicNewsAnalyzer.exact();

  @Test
  void name_words_spelt_like_stop_words_are_kept() {
    assertThat(TokenStreams.terms(names, "علي عبد الله صالح")).containsExactly("علي", "عبد", "الله", "صالح");
    assertThat(TokenStreams.terms(names, "بان كي مون")).containsExactly("بان", "كي", "مون");
    assertThat(TokenStreams.terms(names, "هو جينتاو")).containsExactly("هو", "جينتاو");
    assertThat(TokenStreams.terms(names, "ديك تشيني")).containsExactly("ديك", "تشيني");
    assertThat(TokenStreams.terms(names, "أم درمان")).containsExactly("ام", "درمان");
    assertThat(TokenStreams.terms(names, "تميم بن حمد آل ثاني")).containsExactly("تميم", "بن", "حمد", "ال", "ثاني");
    // the exact analyser of phrases drops them: that is what the name fields must not do
    assertThat(TokenStreams.terms(exact, "بان كي مون")).containsExactly("مون");
    assertThat(TokenStreams.terms(exact, "علي عبد الله صالح")).containsExactly("عبد", "الله", "صالح");
  }

  @Test
  void normalisation_and_spelling_variants_are_those_of_the_exact_analyser() {
    assertThat(TokenStreams.terms(names, "سيرغي لافروف")).isEqualTo(TokenStreams.terms(exact, "سيرغي لافروف"));
    assertThat(TokenStreams.terms(names, "عليّ أمين")).containsExactly("علي", "امين");
    assertThat(TokenStreams.terms(names, "سوريا")).isEqualTo(TokenStreams.terms(exact, "سورية"));
    assertThat(TokenStreams.terms(names, "Ban Ki-moon")).isEqualTo(TokenStreams.terms(exact, "Ban Ki-moon"));
  }
}

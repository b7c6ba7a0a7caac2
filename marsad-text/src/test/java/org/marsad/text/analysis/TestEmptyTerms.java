package org.marsad.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Regressions found by ArabicNewsAnalyzerFuzzTest: no empty term reaches the index. */
class TestEmptyTerms {
  private static final String TEXT = "وانتهى \u0655 الاجتماع";

  @Test
  void a_lone_diacritic_is_not_indexed_as_the_empty_term() {
    try (Analyzer a = new ArabicNewsAnalyzer(); Analyzer exact = ArabicNewsAnalyzer.exact()) {
      assertThat(TokenStreams.terms(a, TEXT)).doesNotContain("").containsExactly("وانتهي", "=انتهي", "الاجتماع", "=اجتماع");
      assertThat(TokenStreams.terms(exact, TEXT)).containsExactly("وانتهي", "الاجتماع");
    }
  }

  @Test
  void query_time_normalisation_still_yields_one_term_for_a_lone_diacritic() {
    try (Analyzer a = new ArabicNewsAnalyzer()) {
      assertThat(a.normalize("body", "\u064E").utf8ToString()).isEmpty();
      assertThat(a.normalize("body", "أحمد").utf8ToString()).isEqualTo("احمد");
    }
  }
}

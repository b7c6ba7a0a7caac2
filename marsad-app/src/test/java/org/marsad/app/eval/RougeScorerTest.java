package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeScorerTest {
  private static final List<String> REF = RougeScorer.tokens("بحث الوزير الروسي مع نظيره الأمريكي وقف القتال");
  private static final List<String> CAND = RougeScorer.tokens("بحث الوزير الأمريكي مع نظيره الروسي الأزمة");

  @Test
  void tokens_are_match_normalised_words_without_punctuation() {
    assertThat(RougeScorer.tokens("الأزمــة، في «سورية»!")).containsExactly("الازمه", "في", "سوريه");
  }

  @Test
  void rouge1_by_hand() {
    // ref 8 tokens, candidate 7; common unigrams: بحث الوزير الروسي مع نظيره الامريكي = 6
    RougeScorer.Prf p = RougeScorer.rougeN(CAND, REF, 1);
    assertThat(p.precision()).isCloseTo(6 / 7.0, within(1e-12));
    assertThat(p.recall()).isCloseTo(6 / 8.0, within(1e-12));
    assertThat(p.f()).isCloseTo(2 * (6 / 7.0) * (6 / 8.0) / (6 / 7.0 + 6 / 8.0), within(1e-12));
  }

  @Test
  void rouge2_by_hand() {
    // ref bigrams (7): بحث-الوزير, الوزير-الروسي, الروسي-مع, مع-نظيره, نظيره-الامريكي, الامريكي-وقف, وقف-القتال
    // candidate bigrams (6): بحث-الوزير ✓, الوزير-الامريكي, الامريكي-مع, مع-نظيره ✓, نظيره-الروسي, الروسي-الازمه
    RougeScorer.Prf p = RougeScorer.rougeN(CAND, REF, 2);
    assertThat(p.precision()).isCloseTo(2 / 6.0, within(1e-12));
    assertThat(p.recall()).isCloseTo(2 / 7.0, within(1e-12));
  }

  @Test
  void rougeL_by_hand() {
    // LCS: بحث الوزير مع نظيره = 4 (الروسي and الامريكي trade places around مع نظيره, so neither extends it)
    assertThat(RougeScorer.lcs(CAND, REF)).isEqualTo(4);
    RougeScorer.Prf p = RougeScorer.rougeL(CAND, REF);
    assertThat(p.precision()).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(p.recall()).isCloseTo(4 / 8.0, within(1e-12));
  }

  @Test
  void repeated_ngrams_are_clipped() {
    List<String> cand = List.of("في", "في", "في");
    List<String> ref = List.of("في", "سورية");
    assertThat(RougeScorer.rougeN(cand, ref, 1).precision()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void multiple_references_are_averaged() {
    List<String> cand = List.of("a", "b");
    double f = RougeScorer.averageF(cand, List.of(List.of("a", "b"), List.of("c", "d")), 1);
    assertThat(f).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void empty_summaries_score_zero() {
    assertThat(RougeScorer.rougeN(List.of(), REF, 2).f()).isZero();
    assertThat(RougeScorer.rougeL(List.of(), REF).f()).isZero();
  }
}

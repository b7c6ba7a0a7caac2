package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Regressions found by ArabicNormalizerFuzzTest: both levels must be idempotent. */
class TestArabicNormalizerIdempotence {
  @Test
  void a_lone_diacritic_between_spaces_leaves_one_space() {
    String text = "نص\u2005\u064E عربي";
    assertThat(ArabicNormalizer.match(text)).isEqualTo("نص عربي");
    assertThat(ArabicNormalizer.match(ArabicNormalizer.match(text))).isEqualTo(ArabicNormalizer.match(text));
  }

  @Test
  void a_diacritic_at_either_end_leaves_no_space() {
    assertThat(ArabicNormalizer.match("\u064E قال")).isEqualTo("قال");
    assertThat(ArabicNormalizer.match("قال \u0651")).isEqualTo("قال");
  }

  @Test
  void a_newline_next_to_a_removed_diacritic_wins_over_the_space() {
    assertThat(ArabicNormalizer.match("قال \u064E\nوزير")).isEqualTo("قال\nوزير");
  }

  @Test
  void a_soft_hyphen_between_two_marks_does_not_leave_them_out_of_canonical_order() {
    String text = "قال\u06E7\u00AD\u064E";
    String display = ArabicNormalizer.display(text);
    assertThat(display).isEqualTo("قال\u064E\u06E7");
    assertThat(ArabicNormalizer.display(display)).isEqualTo(display);
  }
}

package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestPairedComparison {
  @Test
  void sign_test_matches_the_binomial_by_hand() {
    // 10 wins, 8 losses: 2 · P(X ≤ 8 | n = 18, ½) = 2 · 106762 / 262144
    assertThat(PairedComparison.signTest(10, 8)).isCloseTo(2 * 106762.0 / 262144, within(1e-9));
    // 10 wins, no loss: 2 · (½)^10
    assertThat(PairedComparison.signTest(10, 0)).isCloseTo(2.0 / 1024, within(1e-12));
    assertThat(PairedComparison.signTest(0, 0)).isEqualTo(1.0);
  }

  @Test
  void identical_systems_tie_everywhere_and_are_not_better() {
    double[] s = {0.4, 0.5, 0.3};
    PairedComparison c = PairedComparison.of(s, s.clone());
    assertThat(c.ties()).isEqualTo(3);
    assertThat(c.wins() + c.losses()).isZero();
    assertThat(c.meanDiff()).isZero();
    assertThat(c.ciLow()).isZero();
    assertThat(c.ciHigh()).isZero();
    assertThat(c.signTestP()).isEqualTo(1.0);
    assertThat(c.significantlyBetter()).isFalse();
  }

  @Test
  void a_small_mean_gain_from_a_few_items_is_not_significant_but_a_consistent_one_is() {
    double[] base = new double[40], few = new double[40], steady = new double[40];
    for (int i = 0; i < 40; i++) {
      base[i] = 0.40;
      few[i] = i < 3 ? 0.45 : (i < 5 ? 0.38 : 0.40); // +0.15 and −0.04 spread over 5 articles
      steady[i] = 0.41 + (i % 3) * 0.001;            // every article a little better
    }
    PairedComparison noisy = PairedComparison.of(few, base);
    assertThat(noisy.wins()).isEqualTo(3);
    assertThat(noisy.losses()).isEqualTo(2);
    assertThat(noisy.meanDiff()).isGreaterThan(0);
    assertThat(noisy.significantlyBetter()).isFalse();
    PairedComparison clear = PairedComparison.of(steady, base);
    assertThat(clear.wins()).isEqualTo(40);
    assertThat(clear.ciLow()).isGreaterThan(0);
    assertThat(clear.significantlyBetter()).isTrue();
  }
}

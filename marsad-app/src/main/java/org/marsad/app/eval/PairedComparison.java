package org.marsad.app.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Whether one system beats another on the same items by more than noise: per-item wins, losses
 * and ties, a two-sided exact sign test over the items that differ, and a paired bootstrap
 * (items resampled with replacement, percentile interval) of the mean difference. EASC has
 * only 76–153 articles and most summaries coincide with lead-k's, so a mean difference of a
 * thousandth says nothing without these.
 *
 * @param wins       items where the system scores higher than the baseline
 * @param losses     items where it scores lower
 * @param ties       items with equal scores (within {@value #TIE})
 * @param meanDiff   mean of system − baseline over all items
 * @param ciLow      lower end of the 95 % bootstrap interval of {@code meanDiff}
 * @param ciHigh     upper end
 * @param signTestP  two-sided exact binomial p of wins against losses (ties left out); 1 when none differ
 */
public record PairedComparison(int wins, int losses, int ties, double meanDiff, double ciLow, double ciHigh, double signTestP) {
  /** Differences smaller than this are ties (floating-point noise of identical summaries). */
  static final double TIE = 1e-9;
  /** Bootstrap resamples; the seed is fixed so that the command prints the same interval every time. */
  static final int RESAMPLES = 10_000;
  private static final long SEED = 42;

  /** Compares {@code system[i]} with {@code baseline[i]} item by item. */
  public static PairedComparison of(double[] system, double[] baseline) {
    if (system.length != baseline.length) throw new IllegalArgumentException("not paired: " + system.length + " vs " + baseline.length);
    int n = system.length, wins = 0, losses = 0;
    double[] d = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      d[i] = system[i] - baseline[i];
      sum += d[i];
      if (d[i] > TIE) wins++;
      else if (d[i] < -TIE) losses++;
    }
    if (n == 0) return new PairedComparison(0, 0, 0, 0, 0, 0, 1);
    double[] means = new double[RESAMPLES];
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int b = 0; b < RESAMPLES; b++) {
      double s = 0;
      for (int i = 0; i < n; i++) s += d[rnd.nextInt(n)];
      means[b] = s / n;
    }
    Arrays.sort(means);
    return new PairedComparison(wins, losses, n - wins - losses, sum / n,
        means[(int) Math.floor(0.025 * (RESAMPLES - 1))], means[(int) Math.ceil(0.975 * (RESAMPLES - 1))],
        signTest(wins, losses));
  }

  /** Two-sided exact sign test: P(as extreme a split of {@code k + m} fair coin flips), capped at 1. */
  static double signTest(int k, int m) {
    int n = k + m;
    if (n == 0) return 1;
    int low = Math.min(k, m);
    double tail = 0;
    for (int i = 0; i <= low; i++) tail += Math.exp(logChoose(n, i) - n * Math.log(2));
    return Math.min(1, 2 * tail);
  }

  private static double logChoose(int n, int k) {
    double s = 0;
    for (int i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
    return s;
  }

  /** Whether the 95 % interval excludes zero on the positive side and the sign test agrees (p < 0.05). */
  public boolean significantlyBetter() {
    return ciLow > 0 && signTestP < 0.05 && wins > losses;
  }
}

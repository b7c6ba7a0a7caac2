package org.marsad.nlp.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds bursts: a key's count on a day compared with the mean and standard deviation of the
 * same key over the covered days among the {@code window} days before it (a covered day without
 * mentions of the key counts as 0; a day the collection does not cover is left out, not 0).
 *
 * <p>Three guards keep the list meaningful for news: the standard deviation is floored at
 * {@code sqrt(max(mean, 1))} (a Poisson-like floor, so a key going from 0 to 2 mentions is not
 * an infinite z-score), a burst needs at least {@code minCount} mentions on the day, and a day is
 * scored only when at least {@code minBaselineDays} of its window are covered (over fewer days,
 * before the collection began, every key would look new).
 */
public final class BurstDetector {
  private final int window;
  private final double minZ;
  private final int minCount;
  private final int minBaselineDays;

  /** Every day of the window covered, as when the collection has no gap (tests, simple series). */
  public BurstDetector(int window, double minZ, int minCount) {
    this(window, minZ, minCount, defaultMinBaselineDays(window));
  }

  /**
   * @param window          trailing days forming the baseline (e.g. 7)
   * @param minZ            z-score a day must reach (e.g. 2.0)
   * @param minCount        mentions a day must have (e.g. 3)
   * @param minBaselineDays covered days of the window a day needs to be scored (1..window)
   */
  public BurstDetector(int window, double minZ, int minCount, int minBaselineDays) {
    if (window < 1) throw new IllegalArgumentException("window must be at least 1 day, got " + window);
    if (minBaselineDays < 1 || minBaselineDays > window) {
      throw new IllegalArgumentException("minBaselineDays must be between 1 and the window (" + window + "), got " + minBaselineDays);
    }
    this.window = window;
    this.minZ = minZ;
    this.minCount = minCount;
    this.minBaselineDays = minBaselineDays;
  }

  /**
   * Half the window, rounded up (4 of 7 days): a standard deviation of fewer days is mostly the
   * floor, and a key that was quiet on 2 or 3 days is no evidence of a baseline (docs/listing.md).
   */
  public static int defaultMinBaselineDays(int window) {
    return (window + 1) / 2;
  }

  public int minBaselineDays() {
    return minBaselineDays;
  }

  /** The covered days of {@code day}'s window. */
  public int baselineDays(LocalDate day, Predicate<LocalDate> covered) {
    int n = 0;
    for (int i = 1; i <= window; i++) if (covered.test(day.minusDays(i))) n++;
    return n;
  }

  /** Whether {@code day} has enough covered baseline days to be scored. */
  public boolean scorable(LocalDate day, Predicate<LocalDate> covered) {
    return baselineDays(day, covered) >= minBaselineDays;
  }

  /** The score of one key on one day with every day of the window covered. */
  public Burst score(DailyCounts counts, String key, LocalDate day) {
    return score(counts, key, day, d -> true);
  }

  /** The score of one key on one day over the covered days of its window, whether or not it is a burst. */
  public Burst score(DailyCounts counts, String key, LocalDate day, Predicate<LocalDate> covered) {
    return score(counts, key, day, covered, 1.0);
  }

  /**
   * As {@link #score(DailyCounts, String, LocalDate, Predicate)}, for a day of which only
   * {@code baselineShare} (0..1] has been collected: its count so far is compared with that share
   * of the baseline (mean and standard deviation scaled by it; the floor is taken on the scaled mean).
   */
  public Burst score(DailyCounts counts, String key, LocalDate day, Predicate<LocalDate> covered, double baselineShare) {
    if (!(baselineShare > 0 && baselineShare <= 1)) throw new IllegalArgumentException("baselineShare must be in (0, 1], got " + baselineShare);
    double sum = 0, sumSq = 0;
    int n = 0;
    for (int i = 1; i <= window; i++) {
      LocalDate d = day.minusDays(i);
      if (!covered.test(d)) continue;
      int c = counts.get(key, d);
      sum += c;
      sumSq += (double) c * c;
      n++;
    }
    double mean = n == 0 ? 0 : sum / n;
    double variance = n == 0 ? 0 : Math.max(0, sumSq / n - mean * mean);
    double std = Math.sqrt(variance) * baselineShare;
    mean *= baselineShare;
    double floor = Math.sqrt(Math.max(mean, 1.0));
    int count = counts.get(key, day);
    double z = (count - mean) / Math.max(std, floor);
    return new Burst(key, day, count, mean, std, z, n);
  }

  /** Every key bursting on {@code day} with every day of the window covered, strongest first. */
  public List<Burst> bursts(DailyCounts counts, LocalDate day) {
    return bursts(counts, day, d -> true);
  }

  /** Every key bursting on {@code day}, strongest first; none when too few days of its window are covered. */
  public List<Burst> bursts(DailyCounts counts, LocalDate day, Predicate<LocalDate> covered) {
    return bursts(counts, day, covered, 1.0);
  }

  /** As {@link #bursts(DailyCounts, LocalDate, Predicate)} for a day collected to {@code baselineShare} (see {@link #score(DailyCounts, String, LocalDate, Predicate, double)}). */
  public List<Burst> bursts(DailyCounts counts, LocalDate day, Predicate<LocalDate> covered, double baselineShare) {
    List<Burst> out = new ArrayList<>();
    if (!scorable(day, covered)) return out;
    for (String key : counts.keys()) {
      // below minCount on the day it cannot burst: skip the window's sums (cost grows with --window)
      if (counts.get(key, day) < minCount) continue;
      Burst b = score(counts, key, day, covered, baselineShare);
      if (b.count() >= minCount && b.zScore() >= minZ) out.add(b);
    }
    out.sort(Comparator.comparingDouble(Burst::zScore).reversed().thenComparing(Burst::key));
    return out;
  }
}

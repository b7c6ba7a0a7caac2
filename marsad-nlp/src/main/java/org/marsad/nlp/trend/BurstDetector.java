package org.marsad.nlp.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds bursts: a key's count on a day compared with the mean and standard deviation of the
 * same key over the {@code window} days before it (days without mentions count as 0).
 *
 * <p>Two guards keep the list meaningful for news: the standard deviation is floored at
 * {@code sqrt(max(mean, 1))} (a Poisson-like floor, so a key going from 0 to 2 mentions is not
 * an infinite z-score) and a burst needs at least {@code minCount} mentions on the day.
 */
public final class BurstDetector {
  private final int window;
  private final double minZ;
  private final int minCount;

  /**
   * @param window   trailing days forming the baseline (e.g. 7)
   * @param minZ     z-score a day must reach (e.g. 2.0)
   * @param minCount mentions a day must have (e.g. 3)
   */
  public BurstDetector(int window, double minZ, int minCount) {
    if (window < 1) throw new IllegalArgumentException("window must be at least 1 day, got " + window);
    this.window = window;
    this.minZ = minZ;
    this.minCount = minCount;
  }

  /** The score of one key on one day, whether or not it is a burst. */
  public Burst score(DailyCounts counts, String key, LocalDate day) {
    double sum = 0, sumSq = 0;
    for (int i = 1; i <= window; i++) {
      int c = counts.get(key, day.minusDays(i));
      sum += c;
      sumSq += (double) c * c;
    }
    double mean = sum / window;
    double variance = Math.max(0, sumSq / window - mean * mean);
    double std = Math.sqrt(variance);
    double floor = Math.sqrt(Math.max(mean, 1.0));
    int count = counts.get(key, day);
    double z = (count - mean) / Math.max(std, floor);
    return new Burst(key, day, count, mean, std, z);
  }

  /** Every key bursting on {@code day}, strongest first. */
  public List<Burst> bursts(DailyCounts counts, LocalDate day) {
    List<Burst> out = new ArrayList<>();
    for (String key : counts.keys()) {
      Burst b = score(counts, key, day);
      if (b.count() >= minCount && b.zScore() >= minZ) out.add(b);
    }
    out.sort(Comparator.comparingDouble(Burst::zScore).reversed().thenComparing(Burst::key));
    return out;
  }
}

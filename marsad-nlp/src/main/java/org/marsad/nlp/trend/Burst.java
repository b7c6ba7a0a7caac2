package org.marsad.nlp.trend;

import java.time.LocalDate;

/**
 * A key whose mentions on {@code day} stand out from its own trailing baseline.
 *
 * @param key          entity id or topic label
 * @param day          the day measured
 * @param count        mentions on that day
 * @param baseline     mean daily mentions over the covered days of the trailing window (times the
 *                     day's share when it is partly collected: {@link BurstDetector#bursts(DailyCounts, LocalDate, java.util.function.Predicate, double)})
 * @param stdDev       standard deviation over the same days (scaled alike)
 * @param zScore       (count − baseline) / max(stdDev, floor)
 * @param baselineDays how many days of the trailing window the collection covers (the mean's days)
 */
public record Burst(String key, LocalDate day, int count, double baseline, double stdDev, double zScore, int baselineDays) {}

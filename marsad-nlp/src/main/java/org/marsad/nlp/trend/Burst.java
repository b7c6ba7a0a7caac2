package org.marsad.nlp.trend;

import java.time.LocalDate;

/**
 * A key whose mentions on {@code day} stand out from its own trailing baseline.
 *
 * @param key      entity id or topic label
 * @param day      the day measured
 * @param count    mentions on that day
 * @param baseline mean daily mentions over the trailing window
 * @param stdDev   standard deviation over the trailing window
 * @param zScore   (count − baseline) / max(stdDev, floor)
 */
public record Burst(String key, LocalDate day, int count, double baseline, double stdDev, double zScore) {}

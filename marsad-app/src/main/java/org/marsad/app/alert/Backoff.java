package org.marsad.app.alert;

import java.time.Duration;

/**
 * Retry schedule: {@code attempts} tries in all, waiting {@code initial}, then twice as long each
 * time, never more than {@code max}.
 */
public record Backoff(int attempts, Duration initial, Duration max) {
  public static final Backoff DEFAULT = new Backoff(5, Duration.ofSeconds(2), Duration.ofMinutes(2));

  public Backoff {
    if (attempts < 1) throw new IllegalArgumentException("attempts must be 1 or more");
    if (initial.isNegative() || max.compareTo(initial) < 0) throw new IllegalArgumentException("need 0 <= initial <= max");
  }

  /** How long to wait before attempt {@code attempt} (2 is the first retry). */
  public Duration delayBefore(int attempt) {
    long factor = 1L << Math.min(attempt - 2, 30);
    Duration d = initial.multipliedBy(factor);
    return d.compareTo(max) > 0 ? max : d;
  }
}

package org.marsad.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to the same host: each host gets its next free slot at least the interval
 * (or its robots.txt Crawl-delay) after the previous one. The wait itself is done by the
 * caller's sleeper, so tests need not sleep.
 */
final class HostRateLimiter {
  /** Sleeps; a test substitute can record instead. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> nextSlot = new HashMap<>();

  HostRateLimiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** How long the caller must wait before a request to {@code host}; reserves the slot. */
  synchronized Duration reserve(String host, Duration interval) {
    Instant now = clock.instant();
    Instant slot = nextSlot.getOrDefault(host, now);
    Instant start = slot.isAfter(now) ? slot : now;
    nextSlot.put(host, start.plus(interval));
    return Duration.between(now, start);
  }

  /** Waits for the host's next slot. */
  void acquire(String host, Duration interval) throws InterruptedException {
    Duration wait = reserve(host, interval);
    if (!wait.isZero() && !wait.isNegative()) {
      sleeper.sleep(wait);
    }
  }
}

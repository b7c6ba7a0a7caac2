package org.marsad.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces requests to the same host: a request starts at least its interval (the host's robots.txt
 * Crawl-delay, or the minimum) after the previous request to that host started. The interval is
 * the one the coming request brings, not the one of the previous request: the first request to a
 * host is its robots.txt, made before its Crawl-delay is known, and the request after it must
 * still wait the Crawl-delay. The wait itself is done by the caller's sleeper, so tests need not
 * sleep.
 */
final class HostRateLimiter {
  /** Sleeps; a test substitute can record instead. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Clock clock;
  private final Sleeper sleeper;
  /** When the last request to each host started (or will start: its slot is reserved). */
  private final Map<String, Instant> lastStart = new HashMap<>();

  HostRateLimiter(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** How long the caller must wait before a request to {@code host}; reserves the slot. */
  synchronized Duration reserve(String host, Duration interval) {
    Instant now = clock.instant();
    Instant last = lastStart.get(host);
    Instant slot = last == null ? now : last.plus(interval);
    Instant start = slot.isAfter(now) ? slot : now;
    lastStart.put(host, start);
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

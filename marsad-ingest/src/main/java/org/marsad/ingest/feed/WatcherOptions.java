package org.marsad.ingest.feed;

import java.time.Duration;

/**
 * Politeness and safety settings of the feed watcher.
 *
 * @param userAgent        sent with every request; its first word is the robots.txt product token
 * @param minHostInterval  least time between two requests to the same host (a robots.txt
 *                         Crawl-delay larger than this wins)
 * @param requestTimeout   connect + response timeout of one request
 * @param maxBackoff       longest wait after repeated failures of a feed
 * @param maxBodyBytes     largest response body read (feeds and pages)
 * @param robotsTtl        how long a host's robots.txt is cached
 * @param maxItemsPerPoll  at most this many new articles are fetched per poll of one feed
 */
public record WatcherOptions(String userAgent, Duration minHostInterval, Duration requestTimeout, Duration maxBackoff,
    long maxBodyBytes, Duration robotsTtl, int maxItemsPerPoll) {

  /** Identifies Marsad to publishers, with a URL that explains what it does. */
  public static final String DEFAULT_USER_AGENT = "Marsad/0.1 (+https://github.com/marsad-news/marsad; news monitoring)";

  public WatcherOptions {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (minHostInterval.isNegative() || requestTimeout.isZero() || requestTimeout.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("durations must be positive");
    }
    if (maxBodyBytes < 1 || maxItemsPerPoll < 1) {
      throw new IllegalArgumentException("maxBodyBytes and maxItemsPerPoll must be positive");
    }
  }

  /**
   * Defaults: 2 s between requests to one host, 30 s timeout, back-off up to 6 h, bodies up to
   * 8 MiB, robots.txt cached 24 h, up to 50 new articles per poll.
   */
  public static WatcherOptions defaults() {
    return new WatcherOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(6),
        8L * 1024 * 1024, Duration.ofHours(24), 50);
  }

  /** The same options with another host interval (tests against a local server use zero). */
  public WatcherOptions withMinHostInterval(Duration interval) {
    return new WatcherOptions(userAgent, interval, requestTimeout, maxBackoff, maxBodyBytes, robotsTtl, maxItemsPerPoll);
  }

  /** The robots.txt product token: the User-Agent up to the first '/' or space ("Marsad"). */
  public String productToken() {
    return userAgent.split("[/ ]", 2)[0];
  }
}

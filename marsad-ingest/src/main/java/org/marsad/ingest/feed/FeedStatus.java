package org.marsad.ingest.feed;

import java.time.Instant;

/**
 * A feed's state for a status page: plain values, a snapshot.
 *
 * @param id                  the feed id
 * @param name                its display name
 * @param url                 its URL
 * @param kind                feed, sitemap or page
 * @param enabled             whether it is polled
 * @param lastPoll            when it was last polled, or null
 * @param lastSuccess         when a poll last succeeded (304 included), or null
 * @param lastError           the last failure's one-line reason, or null once a poll succeeds
 * @param lastErrorAt         when that failure happened, or null
 * @param consecutiveFailures failures since the last success (drives the back-off)
 * @param nextPoll            when it is due next
 * @param notModified         polls answered 304 Not Modified
 * @param itemsSeen           distinct article URLs seen in it
 * @param articlesDelivered   article pages handed to the sink
 * @param skippedByRobots     article URLs not fetched because robots.txt disallows them
 */
public record FeedStatus(
    String id,
    String name,
    String url,
    FeedKind kind,
    boolean enabled,
    Instant lastPoll,
    Instant lastSuccess,
    String lastError,
    Instant lastErrorAt,
    int consecutiveFailures,
    Instant nextPoll,
    long notModified,
    long itemsSeen,
    long articlesDelivered,
    long skippedByRobots) {}

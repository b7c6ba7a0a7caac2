package org.marsad.ingest.feed;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Iterator;

/** What the watcher remembers about one feed between polls (guarded by the watcher). */
final class FeedState {
  /** Article URLs remembered per feed; the oldest are forgotten first. */
  static final int MAX_SEEN = 20_000;

  final FeedSource feed;
  String etag;
  String lastModified;
  Instant lastPoll;
  Instant lastSuccess;
  String lastError;
  Instant lastErrorAt;
  int consecutiveFailures;
  Instant nextPoll;
  long notModified;
  long articlesDelivered;
  long skippedByRobots;
  private final LinkedHashSet<String> seen = new LinkedHashSet<>();

  FeedState(FeedSource feed, Instant firstPoll) {
    this.feed = feed;
    this.nextPoll = firstPoll;
  }

  boolean seen(String url) {
    return seen.contains(url);
  }

  void markSeen(String url) {
    if (seen.add(url) && seen.size() > MAX_SEEN) {
      Iterator<String> oldest = seen.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** Seen article URLs, oldest first. */
  Iterable<String> seenUrls() {
    return seen;
  }

  FeedStatus status() {
    return new FeedStatus(feed.id(), feed.name(), feed.url().toString(), feed.kind(), feed.enabled(), lastPoll, lastSuccess,
        lastError, lastErrorAt, consecutiveFailures, nextPoll, notModified, seen.size(), articlesDelivered, skippedByRobots);
  }
}

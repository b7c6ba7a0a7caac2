package org.marsad.ingest.feed;

import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  /**
   * Items of the feed's last reading left unseen (held back by an unreachable robots.txt, a host
   * in trouble, the per-poll limit): tried again on the next poll even when the feed answers 304.
   */
  private final Map<String, FeedItem> pending = new LinkedHashMap<>();
  /** Pending items already reported as held back: one failure line per item and outage, not per poll. */
  private final Set<String> reportedHeld = new HashSet<>();

  FeedState(FeedSource feed, Instant firstPoll) {
    this.feed = feed;
    this.nextPoll = firstPoll;
  }

  boolean seen(String url) {
    return seen.contains(url);
  }

  void markSeen(String url) {
    pending.remove(url);
    reportedHeld.remove(url);
    if (seen.add(url) && seen.size() > MAX_SEEN) {
      Iterator<String> oldest = seen.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** The items still to try, in feed order. */
  List<FeedItem> pending() {
    return List.copyOf(pending.values());
  }

  boolean hasPending() {
    return !pending.isEmpty();
  }

  /** After reading {@code items}: those still unseen are pending; items that left the feed are forgotten. */
  void keepPending(List<FeedItem> items) {
    pending.clear();
    for (FeedItem item : items) {
      String key = item.url().toString();
      if (!seen(key) && pending.size() < MAX_SEEN) {
        pending.put(key, item);
      }
    }
    reportedHeld.retainAll(pending.keySet());
  }

  /** True the first time {@code url} is held back since it became pending. */
  boolean firstHold(String url) {
    return reportedHeld.add(url);
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

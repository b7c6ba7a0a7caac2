package org.marsad.app.run;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.marsad.app.http.service.StatusService;

/**
 * The feed lines of the status page ({@code /api/status}, status.html) from the watcher's
 * statuses: enabled feeds only, in list order, times as ISO-8601, {@code articles} = new
 * articles stored from the feed since start (pages already stored do not count). Reading never waits for a poll
 * in progress (the watcher keeps a snapshot). The watcher's record is named in full because
 * {@link StatusService.FeedStatus} takes the simple name in here.
 */
final class WatchedFeeds implements StatusService {
  private volatile Supplier<List<org.marsad.ingest.feed.FeedStatus>> source = List::of;
  private volatile ToLongFunction<String> storedFrom = url -> 0;

  /**
   * Shows these statuses from now on (the watcher is created after the services it feeds).
   *
   * @param storedFrom new articles stored from a feed URL since start
   */
  void showFrom(Supplier<List<org.marsad.ingest.feed.FeedStatus>> statuses, ToLongFunction<String> storedFrom) {
    this.storedFrom = storedFrom;
    this.source = statuses;
  }

  @Override
  public List<FeedStatus> feeds() {
    return source.get().stream().filter(org.marsad.ingest.feed.FeedStatus::enabled).map(this::line).toList();
  }

  private FeedStatus line(org.marsad.ingest.feed.FeedStatus s) {
    return new FeedStatus(s.name(), s.url(), iso(s.lastPoll()), iso(s.lastSuccess()), s.lastError(), storedFrom.applyAsLong(s.url()));
  }

  private static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}

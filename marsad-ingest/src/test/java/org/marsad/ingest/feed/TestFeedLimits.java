package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.CollectingSink;

/** The feed size limit (WatcherOptions.maxBodyBytes, docs/limits.md). */
class TestFeedLimits {
  private FixtureNewsSite site;
  private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
  private final List<Duration> sleeps = new ArrayList<>();
  private final CollectingSink sink = new CollectingSink();

  @BeforeEach
  void startSite() throws Exception {
    site = new FixtureNewsSite();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private FeedStatus pollWithLimit(long maxBodyBytes) throws Exception {
    WatcherOptions d = WatcherOptions.defaults();
    WatcherOptions options = new WatcherOptions(d.userAgent(), d.minHostInterval(), d.requestTimeout(), d.maxBackoff(),
        maxBodyBytes, d.robotsTtl(), d.maxItemsPerPoll());
    FeedSource feed = new FeedSource("sana", null, URI.create(site.base() + "/rss.xml"), FeedKind.FEED, "sana", Duration.ofMinutes(10), true);
    try (FeedWatcher w = new FeedWatcher(List.of(feed), sink, options, clock, sleeps::add)) {
      w.pollDue();
      return w.statuses().get(0);
    }
  }

  @Test
  void the_default_feed_limit_is_8_mib() {
    assertThat(WatcherOptions.defaults().maxBodyBytes()).isEqualTo(8L * 1024 * 1024);
  }

  @Test
  void a_feed_over_the_limit_is_refused_with_a_reason_and_nothing_is_delivered() throws Exception {
    FeedStatus status = pollWithLimit(300);
    assertThat(status.lastError()).isEqualTo("response larger than 300 bytes");
    assertThat(status.lastSuccess()).isNull();
    assertThat(sink.documents).isEmpty();
  }

  @Test
  void the_same_feed_under_the_limit_is_read() throws Exception {
    FeedStatus status = pollWithLimit(1024 * 1024);
    assertThat(status.lastError()).isNull();
    assertThat(sink.documents).hasSize(2);
  }
}

package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.CollectingSink;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.NotStoredException;
import org.marsad.nlp.article.RawDocument;

class TestFeedWatcher {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(10);

  private FixtureNewsSite site;
  private final MutableClock clock = new MutableClock(START);
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

  private FeedSource feed(String id, String path, FeedKind kind) {
    return new FeedSource(id, null, URI.create(site.base() + path), kind, id, INTERVAL, true);
  }

  private FeedWatcher watcher(FeedSource... feeds) {
    return new FeedWatcher(List.of(feeds), sink, WatcherOptions.defaults(), clock, sleeps::add);
  }

  @Test
  void rss_articles_are_fetched_and_delivered_with_feed_metadata() throws Exception {
    try (FeedWatcher w = watcher(feed("sana", "/rss.xml", FeedKind.FEED))) {
      assertThat(w.pollDue()).isEqualTo(1);
    }
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(2);
    RawDocument lavrov = sink.documents.get(0);
    assertThat(lavrov.html()).isTrue();
    assertThat(lavrov.url()).isEqualTo(site.base() + "/news/lavrov-kerry.html");
    assertThat(lavrov.title()).isEqualTo("لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية في سورية");
    assertThat(lavrov.published()).isEqualTo("2016-08-08T06:30:00Z");
    assertThat(lavrov.source()).isEqualTo("sana");
    assertThat(lavrov.origin()).isEqualTo(site.base() + "/rss.xml");
    assertThat(lavrov.body()).contains("سيرغي لافروف ونظيره الأمريكي جون كيري");
    RawDocument peskov = sink.documents.get(1);
    assertThat(peskov.url()).as("relative link resolved").isEqualTo(site.base() + "/news/peskov.html");
    assertThat(peskov.body()).as("Windows-1256 page decoded").contains("ديميتري بيسكوف");
    assertThat(site.userAgents).allSatisfy(ua -> assertThat(ua).startsWith("Marsad/0.1 (+https://"));
  }

  @Test
  void an_item_carrying_its_full_text_is_read_from_the_feed_when_its_page_cannot_be_fetched() throws Exception {
    FeedWatcher w = watcher(feed("sana", "/full-text.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(site.hits("/private/paywalled.html")).as("robots.txt still obeyed").isZero();
    assertThat(sink.documents).extracting(RawDocument::url).containsExactly(
        site.base() + "/news/removed.html", site.base() + "/private/paywalled.html", site.base() + "/news/peskov.html",
        site.base() + "/news/overloaded.html");
    RawDocument removed = sink.documents.get(0);
    assertThat(removed.body()).as("the item's own text").contains("سيرغي لافروف ونظيره الأمريكي جون كيري").doesNotContain("الصفحة غير موجودة");
    assertThat(removed.title()).isEqualTo("لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية");
    assertThat(sink.extras.get(0)).containsEntry("textFrom", "feed item").containsEntry("pageError", "HTTP 404");
    assertThat(sink.extras.get(1)).containsEntry("textFrom", "feed item").containsEntry("pageError", "disallowed by robots.txt");
    assertThat(sink.documents.get(1).body()).contains("الحدود التركية السورية");
    assertThat(sink.extras.get(2)).as("a page that could be fetched is used").doesNotContainKey("textFrom");
    assertThat(sink.documents.get(2).body()).contains("ديميتري بيسكوف").doesNotContain("سيرغي لافروف");
    assertThat(sink.extras.get(3)).containsEntry("textFrom", "feed item").containsEntry("pageError", "HTTP 503");
    assertThat(sink.failures).as("only the teaser, whose page is gone, is lost").singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(site.base() + "/news/gone.html");
      assertThat(f.reason()).isEqualTo("HTTP 404");
    });
    FeedStatus status = w.statuses().get(0);
    assertThat(status.articlesDelivered()).isEqualTo(4);
    assertThat(status.skippedByRobots()).isEqualTo(1);
    w.pollDue(); // nothing is due yet; after the interval the items are all seen
    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(site.hits("/news/overloaded.html")).as("an item read from the feed is not fetched again").isEqualTo(1);
  }

  @Test
  void an_item_carrying_its_full_text_is_read_from_the_feed_when_its_page_is_not_an_article_page() throws Exception {
    FeedWatcher w = watcher(feed("sana", "/odd-pages.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(sink.documents).extracting(RawDocument::url).containsExactly(
        site.base() + "/files/statement.pdf", site.base() + "/api/story.json", site.base() + "/news/blank.html");
    assertThat(sink.documents.get(0).body()).as("the item's own text, not the PDF").contains("سيرغي لافروف ونظيره الأمريكي جون كيري")
        .doesNotContain("%PDF");
    assertThat(sink.documents.get(0).html()).isTrue();
    assertThat(sink.extras.get(0)).containsEntry("textFrom", "feed item").containsEntry("pageError", "not an HTML page (application/pdf)");
    assertThat(sink.documents.get(1).body()).contains("الحدود التركية السورية");
    assertThat(sink.extras.get(1)).containsEntry("textFrom", "feed item").containsEntry("pageError", "not an HTML page (application/json)");
    assertThat(sink.extras.get(2)).containsEntry("textFrom", "feed item").containsEntry("pageError", "HTML page has no text");
    assertThat(sink.failures).as("the teaser whose link is a PDF is still a failure").singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(site.base() + "/files/statement.pdf?teaser");
      assertThat(f.reason()).isEqualTo("not an HTML page (application/pdf)");
    });
    assertThat(w.statuses().get(0).articlesDelivered()).isEqualTo(3);
    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(site.hits("/files/statement.pdf")).as("items are seen: not fetched again").isEqualTo(2);
    assertThat(sink.documents).hasSize(3);
  }

  @Test
  void robots_txt_disallow_is_respected_and_fetched_once_per_host() throws Exception {
    FeedWatcher w = watcher(feed("sana", "/rss.xml", FeedKind.FEED), feed("blocked", "/blocked-feed.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(site.hits("/private/subscribers-only.html")).isZero();
    assertThat(site.hits("/blocked-feed.xml")).isZero();
    assertThat(site.hits("/robots.txt")).isEqualTo(1);
    FeedStatus sana = w.statuses().get(0);
    assertThat(sana.skippedByRobots()).isEqualTo(1);
    assertThat(sana.articlesDelivered()).isEqualTo(2);
    FeedStatus blocked = w.statuses().get(1);
    assertThat(blocked.lastError()).isEqualTo("disallowed by robots.txt");
    assertThat(blocked.lastSuccess()).isNull();
  }

  @Test
  void an_offline_host_is_reported_as_unreachable_not_as_disallowed() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort(); // closed again before the poll: connections are refused
    }
    FeedSource refused = new FeedSource("refused", null, URI.create("http://127.0.0.1:" + closedPort + "/rss.xml"), FeedKind.FEED,
        "refused", INTERVAL, true);
    FeedSource unknown = new FeedSource("unknown", null, URI.create("http://feeds.marsad-test.invalid/rss.xml"), FeedKind.FEED,
        "unknown", INTERVAL, true);
    FeedWatcher w = watcher(refused, unknown);
    assertThat(w.pollDue()).isEqualTo(2);
    assertThat(w.statuses().get(0).lastError()) // the JDK's own wording when it gives one, else ours
        .matches("robots\\.txt unreachable \\(connection failed: (connection refused by 127\\.0\\.0\\.1:" + closedPort + "|.*[Rr]efused.*)\\)");
    assertThat(w.statuses().get(1).lastError())
        .isEqualTo("robots.txt unreachable (connection failed: cannot resolve host feeds.marsad-test.invalid)");
    assertThat(w.statuses()).allSatisfy(s -> assertThat(s.consecutiveFailures()).isEqualTo(1));
  }

  @Test
  void conditional_get_returns_304_and_nothing_is_fetched_again() throws Exception {
    FeedWatcher w = watcher(feed("sana", "/rss.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(sink.documents).hasSize(2);
    clock.advance(Duration.ofMinutes(5));
    assertThat(w.pollDue()).as("not due before its interval").isZero();
    clock.advance(Duration.ofMinutes(5));
    assertThat(w.pollDue()).isEqualTo(1);

    assertThat(site.hits("/rss.xml")).isEqualTo(2);
    assertThat(site.rssRequests.get(0)).doesNotContainKey("If-none-match");
    assertThat(site.rssRequests.get(1).get("If-none-match")).containsExactly(FixtureNewsSite.ETAG);
    assertThat(site.rssRequests.get(1).get("If-modified-since")).containsExactly(FixtureNewsSite.LAST_MODIFIED);
    assertThat(site.hits("/news/lavrov-kerry.html")).isEqualTo(1);
    assertThat(site.hits("/news/peskov.html")).isEqualTo(1);
    assertThat(sink.documents).hasSize(2);
    FeedStatus status = w.statuses().get(0);
    assertThat(status.notModified()).isEqualTo(1);
    assertThat(status.lastSuccess()).isEqualTo(START.plus(INTERVAL));
    assertThat(status.nextPoll()).isEqualTo(START.plus(INTERVAL).plus(INTERVAL));
  }

  @Test
  void saved_state_survives_a_restart(@TempDir Path dataDir) throws Exception {
    Path state = dataDir.resolve("feed-state.json");
    FeedWatcher first = watcher(feed("sana", "/rss.xml", FeedKind.FEED), feed("broken", "/broken.xml", FeedKind.FEED));
    first.pollDue();
    first.saveState(state);

    FeedWatcher second = watcher(feed("sana", "/rss.xml", FeedKind.FEED), feed("broken", "/broken.xml", FeedKind.FEED));
    assertThat(second.loadState(state)).isEqualTo(2);
    assertThat(second.statuses()).isEqualTo(first.statuses());
    clock.advance(INTERVAL);
    assertThat(second.pollDue()).as("sana is due, broken is backing off").isEqualTo(1);
    assertThat(site.rssRequests.get(1).get("If-none-match")).containsExactly(FixtureNewsSite.ETAG);
    assertThat(site.hits("/news/lavrov-kerry.html")).isEqualTo(1);
    assertThat(site.hits("/broken.xml")).isEqualTo(1);
  }

  @Test
  void a_failing_feed_backs_off_exponentially_and_is_reported() throws Exception {
    FeedWatcher w = watcher(feed("broken", "/broken.xml", FeedKind.FEED));
    w.pollDue();
    FeedStatus first = w.statuses().get(0);
    assertThat(first.lastError()).isEqualTo("HTTP 503");
    assertThat(first.lastErrorAt()).isEqualTo(START);
    assertThat(first.consecutiveFailures()).isEqualTo(1);
    assertThat(first.nextPoll()).isEqualTo(START.plus(Duration.ofMinutes(20)));

    clock.advance(Duration.ofMinutes(10));
    assertThat(w.pollDue()).as("backing off").isZero();
    clock.advance(Duration.ofMinutes(10));
    assertThat(w.pollDue()).isEqualTo(1);
    FeedStatus second = w.statuses().get(0);
    assertThat(second.consecutiveFailures()).isEqualTo(2);
    assertThat(second.nextPoll()).isEqualTo(START.plus(Duration.ofMinutes(20)).plus(Duration.ofMinutes(40)));
    assertThat(site.hits("/broken.xml")).isEqualTo(2);
    assertThat(sink.documents).isEmpty();
  }

  /** A store that cannot take the {@code failAt}-th document offered (disk full), then works again. */
  private static final class StoreFullOnce implements DocumentSink {
    final CollectingSink kept = new CollectingSink();
    private final int failAt;
    private int offered;

    StoreFullOnce(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void accept(RawDocument document) {
      throw new AssertionError("readers must call accept(document, extras)");
    }

    @Override
    public void accept(RawDocument document, Map<String, String> extras) {
      if (++offered == failAt) {
        throw new NotStoredException("could not store: No space left on device", new IOException("No space left on device"));
      }
      kept.accept(document, extras);
    }

    @Override
    public void failed(String origin, String reason, byte[] bytes) {
      kept.failed(origin, reason, bytes);
    }
  }

  @Test
  void a_page_the_store_cannot_take_stays_unseen_and_is_fetched_again_after_the_back_off() throws Exception {
    StoreFullOnce store = new StoreFullOnce(1);
    FeedWatcher w = new FeedWatcher(List.of(feed("sana", "/rss.xml", FeedKind.FEED)), store, WatcherOptions.defaults(), clock, sleeps::add);
    w.pollDue();
    assertThat(store.kept.documents).isEmpty();
    assertThat(store.kept.failures).as("not a bad page: nothing quarantined").isEmpty();
    assertThat(site.hits("/news/peskov.html")).as("the poll ends at the page not stored").isZero();
    FeedStatus failing = w.statuses().get(0);
    assertThat(failing.lastError()).isEqualTo("not stored, retried later: could not store: No space left on device");
    assertThat(failing.consecutiveFailures()).isEqualTo(1);
    assertThat(failing.nextPoll()).as("backs off like a failing feed").isEqualTo(START.plus(INTERVAL.multipliedBy(2)));

    clock.advance(INTERVAL.multipliedBy(2));
    w.pollDue(); // the feed answers 304: the items left unseen are read all the same
    assertThat(store.kept.documents).extracting(RawDocument::url)
        .containsExactly(site.base() + "/news/lavrov-kerry.html", site.base() + "/news/peskov.html");
    assertThat(store.kept.documents.get(0).body()).contains("سيرغي لافروف ونظيره الأمريكي جون كيري");
    assertThat(site.hits("/news/lavrov-kerry.html")).isEqualTo(2);
    assertThat(w.statuses().get(0).lastError()).isNull();
    assertThat(w.statuses().get(0).consecutiveFailures()).isZero();

    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(site.hits("/news/lavrov-kerry.html")).as("stored now: seen").isEqualTo(2);
    assertThat(store.kept.documents).hasSize(2);
  }

  @Test
  void a_bad_page_is_still_quarantined_once_when_the_store_failed_before_it() throws Exception {
    StoreFullOnce store = new StoreFullOnce(3); // the third item's own text (its page is blank)
    FeedWatcher w = new FeedWatcher(List.of(feed("sana", "/odd-pages.xml", FeedKind.FEED)), store, WatcherOptions.defaults(), clock, sleeps::add);
    w.pollDue();
    assertThat(store.kept.documents).extracting(RawDocument::url)
        .containsExactly(site.base() + "/files/statement.pdf", site.base() + "/api/story.json");
    assertThat(store.kept.failures).as("the teaser after the page not stored waits for the next poll").isEmpty();
    clock.advance(INTERVAL.multipliedBy(2));
    w.pollDue();
    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(store.kept.documents).extracting(RawDocument::url)
        .containsExactly(site.base() + "/files/statement.pdf", site.base() + "/api/story.json", site.base() + "/news/blank.html");
    assertThat(store.kept.documents.get(2).body()).contains("سيرغي لافروف ونظيره الأمريكي جون كيري");
    assertThat(store.kept.failures).as("the PDF teaser, once").singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(site.base() + "/files/statement.pdf?teaser");
      assertThat(f.reason()).isEqualTo("not an HTML page (application/pdf)");
    });
    assertThat(site.hits("/news/blank.html")).as("fetched again once").isEqualTo(2);
  }

  @Test
  void an_overloaded_article_host_ends_the_poll_and_is_retried_next_time() throws Exception {
    FeedWatcher w = watcher(feed("flaky", "/flaky.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(site.base() + "/news/overloaded.html");
      assertThat(f.reason()).isEqualTo("HTTP 503");
    });
    assertThat(site.hits("/news/sudan.html")).as("left for the next poll").isZero();
    assertThat(w.statuses().get(0).lastError()).isNull();
    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(site.hits("/news/overloaded.html")).isEqualTo(2);
  }

  @Test
  void backoff_is_capped_and_honours_retry_after() {
    FeedWatcher w = watcher();
    assertThat(w.backoff(INTERVAL, 1, null)).isEqualTo(Duration.ofMinutes(20));
    assertThat(w.backoff(INTERVAL, 3, null)).isEqualTo(Duration.ofMinutes(80));
    assertThat(w.backoff(INTERVAL, 30, null)).isEqualTo(Duration.ofHours(6));
    assertThat(w.backoff(INTERVAL, 1, Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void atom_feed_entry_is_delivered() throws Exception {
    watcher(feed("bbc-arabic", "/atom.xml", FeedKind.FEED)).pollDue();
    assertThat(sink.documents).singleElement().satisfies(d -> {
      assertThat(d.title()).isEqualTo("الأمم المتحدة تحذر من مجاعة في السودان");
      assertThat(d.published()).isEqualTo("2024-05-01T11:20:00Z");
      assertThat(d.body()).contains("خطر مجاعة وشيكة");
    });
  }

  @Test
  void news_sitemap_items_are_delivered_and_a_missing_page_is_a_failure() throws Exception {
    FeedWatcher w = watcher(feed("spa", "/news-sitemap.xml", FeedKind.SITEMAP));
    w.pollDue();
    assertThat(sink.documents).singleElement().satisfies(d -> {
      assertThat(d.title()).isEqualTo("انطلاق معرض الرياض الدولي للكتاب");
      assertThat(d.published()).isEqualTo("2024-09-26T18:00:00+03:00");
    });
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(site.base() + "/news/missing.html");
      assertThat(f.reason()).isEqualTo("HTTP 404");
    });
    assertThat(w.statuses().get(0).lastError()).as("an article failure is not a feed failure").isNull();
  }

  @Test
  void sitemap_index_leads_to_its_news_sitemap() throws Exception {
    watcher(feed("spa-index", "/sitemap-index.xml", FeedKind.SITEMAP)).pollDue();
    assertThat(site.hits("/news-sitemap.xml")).isEqualTo(1);
    assertThat(sink.documents).extracting(RawDocument::url).containsExactly(site.base() + "/news/riyadh-book-fair.html");
  }

  @Test
  void a_plain_article_url_is_delivered() throws Exception {
    FeedWatcher w = watcher(feed("page", "/news/sudan.html", FeedKind.PAGE));
    w.pollDue();
    assertThat(w.fetchArticle(URI.create(site.base() + "/private/subscribers-only.html"), null, null, "x")).isFalse();
    assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.url()).isEqualTo(site.base() + "/news/sudan.html"));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("disallowed by robots.txt"));
    assertThat(site.hits("/private/subscribers-only.html")).isZero();
  }

  @Test
  void start_polls_in_the_background_until_closed() throws Exception {
    FeedWatcher w = new FeedWatcher(List.of(feed("sana", "/rss.xml", FeedKind.FEED)), sink,
        WatcherOptions.defaults().withMinHostInterval(Duration.ZERO));
    w.start(Duration.ofMillis(50));
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (w.statuses().get(0).lastSuccess() == null && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    w.close();
    w.close();
    assertThat(w.statuses().get(0).articlesDelivered()).isEqualTo(2);
    assertThat(site.hits("/rss.xml")).isEqualTo(1);
  }

  @Test
  void requests_to_one_host_are_spaced_by_the_minimum_interval() throws Exception {
    watcher(feed("sana", "/rss.xml", FeedKind.FEED)).pollDue();
    // robots.txt, feed and two articles on one host with the clock standing still: three waits of 2 s, 4 s, 6 s.
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(6));
  }

  @Test
  void a_redirect_is_followed_only_where_robots_txt_allows_and_each_hop_waits_its_turn() throws Exception {
    FeedWatcher w = watcher(feed("short", "/redirects.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(sink.documents).hasSize(1);
    RawDocument peskov = sink.documents.get(0);
    assertThat(peskov.url()).as("the final URL").isEqualTo(site.base() + "/news/peskov.html");
    assertThat(peskov.body()).contains("ديميتري بيسكوف");
    assertThat(site.hits("/private/subscribers-only.html")).as("robots.txt applies to a redirect's target").isZero();
    assertThat(sink.failures).anySatisfy(f -> {
      assertThat(f.origin()).endsWith("/go/private");
      assertThat(f.reason()).startsWith("disallowed by robots.txt").contains("/private/subscribers-only.html");
    });
    assertThat(sink.failures).anySatisfy(f -> {
      assertThat(f.origin()).endsWith("/go/loop");
      assertThat(f.reason()).startsWith("too many redirects");
    });
    assertThat(site.hits("/go/loop")).isEqualTo(PoliteFetcher.MAX_REDIRECTS + 1);
    // robots.txt, the feed, then 2 requests for peskov, 1 for private, 6 for the loop: one wait of 2 s more each time.
    int requests = 2 + 2 + 1 + PoliteFetcher.MAX_REDIRECTS + 1;
    assertThat(sleeps).hasSize(requests - 1);
    assertThat(sleeps.get(sleeps.size() - 1)).isEqualTo(Duration.ofSeconds(2L * (requests - 1)));

    // Neither is fetched again: a robots refusal and a loop do not heal by themselves.
    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(site.hits("/go/private")).isEqualTo(1);
    assertThat(site.hits("/go/loop")).isEqualTo(PoliteFetcher.MAX_REDIRECTS + 1);
  }

  @Test
  void a_location_in_raw_utf8_is_followed_to_the_arabic_url_it_names() throws Exception {
    FeedWatcher w = watcher(feed("spa", "/utf8-location.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(sink.failures).isEmpty();
    assertThat(site.hits("/news/معرض-الكتاب.html")).isEqualTo(1);
    assertThat(sink.documents).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(site.base() + "/news/معرض-الكتاب.html");
      assertThat(d.body()).contains("معرض الرياض الدولي للكتاب");
    });
  }

  @Test
  void a_header_read_as_latin_1_is_read_again_as_utf8_only_when_it_is_utf8() {
    String mojibake = new String("/news/معرض-الكتاب.html".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(PoliteFetcher.utf8Header(mojibake)).isEqualTo("/news/معرض-الكتاب.html");
    assertThat(PoliteFetcher.utf8Header("/actualit\u00E9s/caf\u00E9.html")).as("Latin-1, not UTF-8").isEqualTo("/actualit\u00E9s/caf\u00E9.html");
    assertThat(PoliteFetcher.utf8Header("/news/%D9%85%D8%B9%D8%B1%D8%B6.html")).isEqualTo("/news/%D9%85%D8%B9%D8%B1%D8%B6.html");
  }

  @Test
  void a_link_with_a_space_is_fetched_as_a_browser_would_not_dropped() throws Exception {
    FeedWatcher w = watcher(feed("sloppy", "/sloppy.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).singleElement().satisfies(d -> {
      assertThat(d.body()).contains("معرض الرياض الدولي للكتاب");
      assertThat(d.url()).isEqualTo(site.base() + "/news/معرض%20الكتاب.html");
    });
    assertThat(w.statuses().get(0).articlesDelivered()).isEqualTo(1);
  }

  @Test
  void a_feed_url_that_gives_an_html_page_says_so() throws Exception {
    FeedWatcher w = watcher(feed("moved", "/moved.xml", FeedKind.FEED));
    w.pollDue();
    assertThat(w.statuses().get(0).lastError()).isEqualTo("not a valid RSS or Atom feed: an HTML page («تم نقل الصفحة»)");
  }

  @Test
  void an_unusable_item_link_fails_alone_and_the_rest_of_the_feed_and_the_next_feed_are_read() throws Exception {
    FeedWatcher w = watcher(feed("odd", "/odd-links.xml", FeedKind.FEED), feed("rss", "/rss.xml", FeedKind.FEED));
    assertThat(w.pollDue()).isEqualTo(2);
    // the underscore host: a failure of its own, nothing thrown out of the round
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo("http://my_site.example.com/news/old.html");
      assertThat(f.reason()).contains("no host name");
    });
    // the no-break space is percent-encoded (UTF-8), the query-only Location keeps the path (RFC 3986)
    assertThat(sink.documents).anySatisfy(d -> assertThat(d.url()).isEqualTo(site.base() + "/news/خبر%C2%A0جديد.html"));
    assertThat(sink.documents).anySatisfy(d -> assertThat(d.url()).isEqualTo(site.base() + "/go/query?lang=ar"));
    assertThat(site.hits("/go/")).isZero();
    // the item with its whole text and no link is the article, once
    assertThat(sink.documents).anySatisfy(d -> {
      assertThat(d.url()).isNull();
      assertThat(d.title()).isEqualTo("لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية");
    });
    assertThat(w.statuses().get(0).lastError()).isNull();
    // and the two whole texts behind an empty <link/> and <link></link> are two articles (one key "" kept only the first)
    assertThat(sink.documents).anySatisfy(d -> assertThat(d.title()).isEqualTo("الخارجية الروسية: لقاء مرتقب"));
    assertThat(sink.documents).anySatisfy(d -> assertThat(d.title()).isEqualTo("بيسكوف: الكرملين يرحب"));
    assertThat(w.statuses().get(0).articlesDelivered()).isEqualTo(5);
    assertThat(w.statuses().get(1).articlesDelivered()).isPositive(); // the next feed was polled
    int documents = sink.documents.size();
    clock.advance(INTERVAL);
    w.poll("odd");
    assertThat(sink.documents).hasSize(documents);
    assertThat(sink.failures).hasSize(1);
  }
}

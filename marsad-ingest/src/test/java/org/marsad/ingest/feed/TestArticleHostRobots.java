package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.CollectingSink;
import org.marsad.nlp.article.RawDocument;

/**
 * A news portal whose feed links to articles on a second host (its article server, as many Arabic
 * portals split them), and what that host's robots.txt does to the watcher: an outage of it
 * (5xx) holds the article back for a later poll instead of dropping it for good (RFC 9309
 * §2.3.1.4), and its Crawl-delay spaces the first article request after it.
 */
class TestArticleHostRobots {
  private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(10);
  private static final String ARTICLE = "/2024/05/01/السودان-مجاعة.html";

  private final MutableClock clock = new MutableClock(START);
  private final List<Duration> sleeps = new ArrayList<>();
  private final CollectingSink sink = new CollectingSink();
  private final Map<String, AtomicInteger> articleHostHits = new ConcurrentHashMap<>();
  private volatile int robotsStatus = 503;
  private volatile String robotsText = "User-agent: *\nAllow: /\n";
  /** Whether the portal's feed carries an ETag and answers 304 to it, as most real feeds do. */
  private volatile boolean feedETag;
  private HttpServer portal;
  private HttpServer articles;

  @BeforeEach
  void start() throws IOException {
    articles = server(this::articleHost);
    portal = server(this::portal);
  }

  @AfterEach
  void stop() {
    portal.stop(0);
    articles.stop(0);
  }

  private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/", handler);
    s.start();
    return s;
  }

  private static String base(HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort();
  }

  private void portal(HttpExchange ex) throws IOException {
    switch (ex.getRequestURI().getPath()) {
      case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /admin/\n");
      case "/rss.xml" -> {
        if (feedETag && "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.getResponseHeaders().add("ETag", "\"v1\"");
          ex.sendResponseHeaders(304, -1);
          ex.close();
          return;
        }
        if (feedETag) ex.getResponseHeaders().add("ETag", "\"v1\"");
        send(ex, 200, "application/rss+xml", ("""
          <?xml version="1.0" encoding="UTF-8"?>
          <rss version="2.0"><channel><title>البوابة</title><link>PORTAL/</link>
          <item><title>الأمم المتحدة تحذر من مجاعة في السودان</title><link>ARTICLES%s</link>
          <description>حذرت الأمم المتحدة من خطر مجاعة وشيكة.</description><pubDate>Wed, 01 May 2024 11:20:00 GMT</pubDate></item>
          </channel></rss>
          """.formatted(ARTICLE)).replace("PORTAL", base(portal)).replace("ARTICLES", base(articles)));
      }
      default -> send(ex, 404, "text/plain", "");
    }
  }

  private void articleHost(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    articleHostHits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    if (path.equals("/robots.txt") && robotsStatus == 301) {
      ex.getResponseHeaders().add("Location", "/robots.txt"); // a redirect loop: robots.txt can never be read
      send(ex, 301, "text/plain", "");
    } else if (path.equals("/robots.txt")) {
      send(ex, robotsStatus, "text/plain", robotsStatus == 200 ? robotsText : "<html><body>503 Service Unavailable</body></html>");
    } else if (path.equals(ARTICLE)) {
      send(ex, 200, "text/html; charset=utf-8", """
          <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الأمم المتحدة تحذر من مجاعة في السودان</title></head>
          <body><article><h1>الأمم المتحدة تحذر من مجاعة في السودان</h1>
          <p>حذرت الأمم المتحدة اليوم من خطر مجاعة وشيكة في عدة ولايات سودانية، داعية إلى فتح ممرات آمنة لإيصال المساعدات الإنسانية.</p>
          <p>وقال المتحدث باسم المنظمة إن ملايين الأشخاص يواجهون مستويات حادة من انعدام الأمن الغذائي مع استمرار القتال.</p>
          </article></body></html>
          """);
    } else {
      send(ex, 404, "text/plain", "");
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private int articleHits() {
    AtomicInteger n = articleHostHits.get(ARTICLE);
    return n == null ? 0 : n.get();
  }

  private FeedWatcher watcher() {
    FeedSource feed = new FeedSource("portal", null, URI.create(base(portal) + "/rss.xml"), FeedKind.FEED, "portal", INTERVAL, true);
    return new FeedWatcher(List.of(feed), sink, WatcherOptions.defaults(), clock, sleeps::add);
  }

  @Test
  void an_article_whose_host_robots_txt_is_down_is_fetched_once_it_answers_again() throws Exception {
    heldBackThenFetched();
  }

  @Test
  void a_held_back_article_is_fetched_although_the_feed_answers_not_modified() throws Exception {
    feedETag = true; // the later polls get 304 Not Modified: the held item must be tried without the feed
    assertThat(heldBackThenFetched().statuses().get(0).notModified()).isEqualTo(3);
  }

  private FeedWatcher heldBackThenFetched() throws Exception {
    FeedWatcher w = watcher();
    w.pollDue();
    assertThat(articleHits()).as("nothing may be fetched while robots.txt cannot be read").isZero();
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason())
        .isEqualTo("robots.txt unreachable (HTTP 503); retried on a later poll"));
    assertThat(w.statuses().get(0).skippedByRobots()).as("not a refusal for good").isZero();

    clock.advance(INTERVAL); // the outage is remembered for an hour: no new robots.txt request yet
    w.pollDue();
    assertThat(articleHostHits.get("/robots.txt").get()).isEqualTo(1);
    assertThat(articleHits()).isZero();
    assertThat(sink.failures).as("reported once per outage, not once per poll").hasSize(1);

    robotsStatus = 200;
    clock.advance(PoliteFetcher.ROBOTS_RETRY);
    w.pollDue();
    assertThat(articleHits()).as("the item was not marked seen").isEqualTo(1);
    assertThat(sink.documents).extracting(RawDocument::title).containsExactly("الأمم المتحدة تحذر من مجاعة في السودان");

    clock.advance(INTERVAL);
    w.pollDue();
    assertThat(articleHits()).as("delivered once, then seen").isEqualTo(1);
    assertThat(sink.failures).hasSize(1);
    return w;
  }

  @Test
  void a_held_back_article_survives_a_restart_although_the_feed_answers_not_modified(@TempDir Path dir) throws Exception {
    feedETag = true;
    FeedWatcher first = watcher();
    first.pollDue();
    assertThat(articleHits()).isZero();
    first.saveState(dir.resolve("feeds-state.json")); // the pending item is not saved: neither is the ETag then

    robotsStatus = 200;
    clock.advance(PoliteFetcher.ROBOTS_RETRY);
    FeedWatcher second = watcher();
    second.loadState(dir.resolve("feeds-state.json"));
    second.pollDue();
    assertThat(articleHits()).as("the feed read again in full after the restart").isEqualTo(1);
  }

  @Test
  void a_robots_txt_that_can_never_be_read_is_unavailable_and_allows_the_article() throws Exception {
    robotsStatus = 301; // a redirect loop: RFC 9309 §2.3.1.2, unavailable after 5 redirects, like a 4xx
    watcher().pollDue();
    assertThat(articleHits()).isEqualTo(1);
    assertThat(sink.documents).hasSize(1);
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void a_host_that_forbids_the_article_in_robots_txt_still_drops_it_for_good() throws Exception {
    robotsStatus = 200;
    robotsText = "User-agent: *\nDisallow: /2024/\n";
    FeedWatcher w = watcher();
    w.pollDue();
    assertThat(w.statuses().get(0).skippedByRobots()).isEqualTo(1);
    robotsText = "User-agent: *\nAllow: /\n";
    clock.advance(WatcherOptions.defaults().robotsTtl().plus(INTERVAL));
    w.pollDue();
    assertThat(articleHits()).as("a Disallow is a refusal for good: the item stays seen").isZero();
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void the_first_article_request_to_a_host_waits_its_crawl_delay_after_its_robots_txt() throws Exception {
    robotsStatus = 200;
    robotsText = "User-agent: *\nCrawl-delay: 5\nAllow: /\n";
    watcher().pollDue();
    assertThat(sink.documents).hasSize(1);
    // clock standing still: the portal's feed waits the minimum 2 s after its robots.txt; the article
    // host's first request (robots.txt) goes at once, and the article waits its Crawl-delay after it
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }
}

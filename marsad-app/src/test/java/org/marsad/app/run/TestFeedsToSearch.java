package org.marsad.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.ingest.feed.WatcherOptions;

/**
 * End to end over real sockets: a local news site serves an RSS feed and SANA-style pages; the
 * engine's watcher fetches them, the product analyser and the embedded index store them, the
 * alerts fire, and the HTTP API shows the articles and the state of every feed, failing ones
 * included.
 */
class TestFeedsToSearch {
  private static final String TOKEN = "feeds-test-token-0123456789";
  private static final WatcherOptions NO_WAIT = WatcherOptions.defaults().withMinHostInterval(Duration.ZERO);

  @TempDir Path data;
  private FixtureNewsSite site;
  private Engine engine;
  private MarsadServer server;
  private LocalApi api;

  @BeforeEach
  void start() throws Exception {
    site = new FixtureNewsSite();
    Map<String, String> feeds = new LinkedHashMap<>();
    feeds.put("sana", site.base() + "/rss.xml");
    feeds.put("gone", site.base() + "/gone.xml");
    feeds.put("offline", FixtureNewsSite.refusingBase() + "/rss.xml");
    LocalApi.writeFeeds(data, feeds);
    engine = Engine.open(data, Engine.Feeds.WATCH, NO_WAIT);
    server = new MarsadServer(new ServerConfig("127.0.0.1", 0, TOKEN, 1 << 20, List.of()), engine.services()).start();
    api = new LocalApi(server.port(), TOKEN);
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
    if (engine != null) engine.close();
    site.close();
  }

  @Test
  void feed_articles_become_searchable_fire_alerts_and_failing_feeds_show_on_the_status() throws Exception {
    assertThat(api.postJson("/api/alerts", Map.of("name", "لافروف", "query", "لافروف")).statusCode()).isEqualTo(201);

    assertThat(engine.pollDue()).isEqualTo(3);

    FeedIngest.Counts counts = engine.feedCounts();
    assertThat(counts.stored()).as("two articles").isEqualTo(2);
    assertThat(counts.duplicates()).as("the same page behind a tracking URL").isEqualTo(1);
    assertThat(counts.failed()).as("the removed page (404)").isEqualTo(1);
    assertThat(site.hits("/private/subscribers.html")).as("robots.txt obeyed").isZero();

    JsonNode found = api.getJson("/api/search?q=" + LocalApi.q("لافروف"));
    assertThat(found.get("total").asInt()).isEqualTo(1);
    JsonNode hit = found.get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("لافروف وكيري يبحثان هاتفياً تثبيت وقف الأعمال القتالية في سورية");

    JsonNode article = api.getJson("/api/articles/" + hit.get("id").asText());
    assertThat(article.get("source").asText()).isEqualTo("sana");
    assertThat(article.get("url").asText()).isEqualTo(site.base() + "/news/lavrov-kerry.html");
    assertThat(article.get("dateline").get("city").asText()).isEqualTo("موسكو");
    assertThat(article.get("text").asText())
        .contains("سيرغي لافروف ونظيره الأمريكي جون كيري")
        .doesNotContain("أخبار ذات صلة", "جميع الحقوق محفوظة", "الأكثر قراءة", "فيسبوك");
    assertThat(article.get("sections").size()).as("the headed sub-story").isEqualTo(2);

    JsonNode electricity = api.getJson("/api/search?q=" + LocalApi.q("محطات الكهرباء"));
    assertThat(electricity.get("total").asInt()).isEqualTo(1);

    List<String> hitLog = Files.readAllLines(data.resolve("alert-hits.jsonl"));
    assertThat(hitLog).as("one hit: the duplicate page does not fire again, the other article does not match").hasSize(1);
    JsonNode logged = LocalApi.JSON.readTree(hitLog.get(0));
    assertThat(logged.get("alertName").asText()).isEqualTo("لافروف");
    assertThat(logged.get("articleId").asText()).isEqualTo(hit.get("id").asText());

    JsonNode status = api.getJson("/api/status");
    assertThat(status.get("articles").asInt()).isEqualTo(2);
    JsonNode feedLines = status.get("feeds");
    assertThat(feedLines).hasSize(3);
    assertThat(feedLines.get(0).get("lastError").isNull()).isTrue();
    assertThat(feedLines.get(0).get("articles").asInt()).as("new articles stored from it").isEqualTo(2);
    assertThat(feedLines.get(0).get("lastSuccess").asText()).isNotEmpty();
    assertThat(feedLines.get(1).get("url").asText()).endsWith("/gone.xml");
    assertThat(feedLines.get(1).get("lastError").asText()).isEqualTo("HTTP 404");
    assertThat(feedLines.get(2).get("lastError").asText()).startsWith("robots.txt unreachable (connection failed");
    assertThat(feedLines.get(2).get("lastSuccess").isNull()).isTrue();

    assertThat(api.get("/").statusCode()).as("the UI is still served").isEqualTo(200);
    assertThat(api.get("/status.html").body()).contains("data-page=\"status\"");
    assertThat(Files.readString(data.resolve("quarantine/reasons.tsv"))).contains("/news/removed.html", "HTTP 404");
  }

  @Test
  void a_restart_keeps_the_articles_and_the_watcher_state() throws Exception {
    engine.pollDue();
    int fetched = site.hits("/news/lavrov-kerry.html");
    server.close();
    server = null;
    engine.close();
    assertThat(data.resolve(Engine.STATE_FILE)).exists();

    engine = Engine.open(data, Engine.Feeds.WATCH, NO_WAIT);
    assertThat(engine.feedStatuses().get(0).lastSuccess()).as("state restored").isNotNull();
    assertThat(engine.pollDue()).as("no feed is due again yet").isZero();
    assertThat(site.hits("/news/lavrov-kerry.html")).as("nothing fetched again").isEqualTo(fetched);
    server = new MarsadServer(new ServerConfig("127.0.0.1", 0, TOKEN, 1 << 20, List.of()), engine.services()).start();
    api = new LocalApi(server.port(), TOKEN);
    assertThat(api.getJson("/api/search?q=" + LocalApi.q("لافروف")).get("total").asInt()).isEqualTo(1);
  }
}

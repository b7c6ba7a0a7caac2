package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.run.Engine;
import org.marsad.ingest.feed.WatcherOptions;
import org.marsad.nlp.topic.TopicLabel;
import org.marsad.testkit.SharedData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (headless Chromium) against the real server, engine and embedded
 * index: search → article page, entity page, the status page with an offline feed, and hostile
 * markup in titles and text staying text. Screenshots go to target/screenshots/.
 */
class TestUiInBrowser {
  private static final String TOKEN = "browser-test-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED_TITLE = "لافروف وكيري يبحثان سبل تعزيز وقف الأعمال القتالية في سورية";
  private static final String HOSTILE_TITLE = "<script>window.__xss=1</script> بيان الهيئة <img src=x onerror=\"window.__xss=2\">";
  private static final String HOSTILE_TEXT = """
      دمشق-سانا
      نشرت الهيئة العامة للاتصالات اليوم تحذيراً من رسائل احتيالية تحمل الشيفرة <script>window.__xss=1</script> وتطلب من المشتركين تحديث بياناتهم.
      وأوضحت الهيئة في بيانها أن الرسائل تتضمن أيضاً وسماً مثل <img src=x onerror="window.__xss=2"> وروابط مزيفة، داعية المواطنين إلى عدم فتحها وإبلاغ الجهات المختصة عنها فوراً.
      """;

  @TempDir static Path data;
  @TempDir static Path profile;
  private static ChromeDriver chrome;
  private static Engine engine;
  private static MarsadServer server;
  private static WebDriverWait wait;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static JsonNode seed;
  private static JsonNode hostile;

  @BeforeAll
  static void start() throws Exception {
    String seedText = SharedData.seedText(); // skips without ../shared
    chrome = HeadlessChromium.start(profile); // skips without chromium
    wait = new WebDriverWait(chrome, Duration.ofSeconds(15));
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Files.writeString(data.resolve("feeds.json"), "{\"version\":1,\"feeds\":[{\"id\":\"sana\",\"name\":\"سانا\",\"url\":\"http://127.0.0.1:"
        + closedPort + "/?feed=rss2\"}]}");
    engine = Engine.open(data, Engine.Feeds.WATCH, WatcherOptions.defaults());
    server = new MarsadServer(new ServerConfig("127.0.0.1", 0, TOKEN, 1 << 20, List.of()), engine.services()).start();
    seed = ingest("text/plain; charset=utf-8", seedText,
        "?source=sana&published=2016-08-08&title=" + URLEncoder.encode(SEED_TITLE, StandardCharsets.UTF_8));
    hostile = ingest("application/json", JSON.writeValueAsString(Map.of("text", HOSTILE_TEXT, "title", HOSTILE_TITLE, "source", "test")), "");
    engine.pollDue(); // the offline feed fails at once
  }

  @AfterAll
  static void stop() throws Exception {
    if (chrome != null) chrome.quit();
    if (server != null) server.close();
    if (engine != null) engine.close();
  }

  private static JsonNode ingest(String type, String body, String query) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/ingest" + query))
        .header("Content-Type", type).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("article");
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static List<WebElement> waitFor(String testid) {
    return wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid='" + testid + "']"), 0));
  }

  private static List<WebElement> all(String testid) {
    return chrome.findElements(By.cssSelector("[data-testid='" + testid + "']"));
  }

  private static void openSeedArticle() {
    chrome.get(base() + "/article.html?id=" + seed.get("id").asText());
    waitFor("article-title");
  }

  @Test
  void searching_lavrov_leads_to_the_article_page_with_dateline_and_sections() {
    chrome.get(base() + "/index.html");
    WebElement input = waitFor("search-input").get(0);
    assertThat(chrome.executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
    input.sendKeys("لافروف");
    all("search-button").get(0).click();
    List<WebElement> hits = waitFor("hit");
    assertThat(hits).hasSize(1);
    WebElement title = hits.get(0).findElement(By.cssSelector("[data-testid='hit-title']"));
    assertThat(title.getText()).isEqualTo(SEED_TITLE);
    List<WebElement> marks = hits.get(0).findElements(By.cssSelector("[data-testid='hit-snippet'] mark"));
    assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText()).contains("لافروف"));
    HeadlessChromium.screenshot(chrome, "search-lavrov");
    // the seed's topic as the classifier gave it, shown by its Arabic desk name; the key stays the filter value
    TopicLabel topic = TopicLabel.ofKey(seed.get("topic").get("label").asText());
    WebElement topicValue = chrome.findElement(By.cssSelector("[data-testid='facet-topic'] [data-testid='facet-value']"));
    assertThat(topicValue.getText()).startsWith(topic.arabic());
    assertThat(topicValue.getAttribute("data-value")).isEqualTo(topic.key());

    title.click();
    assertThat(waitFor("article-title").get(0).getText()).isEqualTo(SEED_TITLE);
    assertThat(chrome.getCurrentUrl()).contains("article.html?id=" + seed.get("id").asText());
    assertThat(all("dateline").get(0).getText()).contains(seed.get("dateline").get("city").asText()).contains("موسكو");
    List<String> headings = new ArrayList<>();
    seed.get("sections").forEach(s -> { if (!s.get("heading").isNull()) headings.add(s.get("heading").asText().strip()); });
    assertThat(headings).as("the seed's headed sub-stories").isNotEmpty();
    assertThat(all("section-heading")).extracting(WebElement::getText).containsExactlyElementsOf(headings);
    assertThat(all("article-body").get(0).getText()).contains("سيرغي لافروف").doesNotContain("telegram.me");
    assertThat(all("article-boilerplate")).as("the promo footer is kept aside").hasSize(1);
    assertThat(all("article-topic").get(0).getText()).endsWith(": " + topic.arabic());
    HeadlessChromium.screenshot(chrome, "article-seed");
  }

  @Test
  void the_trend_box_says_the_collection_is_too_short_instead_of_hiding() {
    // two days of articles: the newest has fewer than 4 covered days before it (X-Marsad-Trends-Unscored-Days: 1)
    chrome.get(base() + "/index.html");
    WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='trend-note']")));
    assertThat(note.getText()).isEqualTo(chrome.executeScript("return Marsad.t('trends.short')"));
    assertThat(all("trend")).isEmpty();
  }

  @Test
  void a_page_past_the_last_one_shows_the_last_page() {
    for (String page : List.of("999", "20000")) {
      chrome.get(base() + "/index.html?q=" + URLEncoder.encode("لافروف", StandardCharsets.UTF_8) + "&page=" + page);
      List<WebElement> hits = waitFor("hit");
      assertThat(hits).as("page " + page).hasSize(1);
      assertThat(hits.get(0).findElement(By.cssSelector("[data-testid='hit-title']")).getText()).isEqualTo(SEED_TITLE);
      assertThat(chrome.getCurrentUrl()).as("the address says which page is shown").doesNotContain("page=");
      assertThat(chrome.findElement(By.id("page-label")).getText())
          .isEqualTo(chrome.executeScript("return Marsad.t('page.of') + ' ' + Marsad.fmtNumber(1) + ' / ' + Marsad.fmtNumber(1)"));
      assertThat(all("error")).as("no error shown").isEmpty();
    }
  }

  @Test
  void quotations_in_the_record_are_highlighted() {
    assumeTrue(seed.get("quotes").size() > 0,
        "skipped: the record has no quotations (the quotation step is not in Marsad.enrichers() in this build)");
    openSeedArticle();
    assertThat(all("quote-mark")).isNotEmpty();
    assertThat(all("quote-item")).hasSize(seed.get("quotes").size());
  }

  @Test
  void entities_in_the_record_are_marked_and_an_entity_page_draws_its_chart() throws Exception {
    assumeTrue(seed.get("entities").size() > 0,
        "skipped: the record has no entities (the NER step is not in Marsad.enrichers() in this build)");
    openSeedArticle();
    assertThat(all("entity-mark")).isNotEmpty();
    String id = null; // Lavrov's entity page, as an analyst following him would open it
    for (JsonNode e : seed.get("entities")) {
      if (e.hasNonNull("id") && e.path("type").asText().equals("PERS") && e.path("canonical").asText().contains("لافروف")) {
        id = e.get("id").asText();
        break;
      }
    }
    assertThat(id).as("Lavrov's entity id in the seed's record").isNotNull();
    int profile = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
        .replace("+", "%20"))).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    assumeTrue(profile == 200, "skipped: /api/entities answers " + profile + " (the entity index is not wired in this build)");
    chrome.get(base() + "/entity.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    waitFor("entity-name");
    assertThat(chrome.findElement(By.cssSelector("[data-testid='entity-name']")).getText()).contains("لافروف");
    assertThat(chrome.findElements(By.cssSelector("[data-testid='entity-chart'] svg, svg[data-testid='entity-chart']"))).isNotEmpty();
    HeadlessChromium.screenshot(chrome, "entity");
  }

  @Test
  void with_duplicates_shown_a_republication_links_to_its_original() throws Exception {
    // session 11 QA (#3/#6): a fact-checker tracing a claim could not tell the original from its copies
    String title = "إنتاج المملكة من التمور يبلغ مليوناً ونصف مليون طن";
    String text = "أعلنت وزارة البيئة والمياه والزراعة اليوم أن إنتاج المملكة من التمور بلغ مليوناً وخمسمئة ألف طن هذا الموسم "
        + "بزيادة ملحوظة عن الموسم الماضي.\n\nوأوضحت الوزارة أن مهرجان التمور في بريدة استقبل أكثر من ثلاثة آلاف مزارع "
        + "عرضوا أصنافاً مختلفة من التمور أمام التجار والزوار القادمين من دول الخليج.";
    JsonNode original = ingest("application/json", JSON.writeValueAsString(Map.of("text", text, "title", title, "source", "was")), "");
    JsonNode copy = ingest("application/json", JSON.writeValueAsString(Map.of("text", text + "\n\nالمصدر: واس", "title", title, "source", "sabq")), "");
    String originalId = original.get("id").asText();
    assertThat(copy.get("duplicateOf").asText()).as("the pipeline marks the republication").isEqualTo(originalId);

    chrome.get(base() + "/index.html?q=" + URLEncoder.encode("التمور", StandardCharsets.UTF_8) + "&all=true");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid='hit']"), 2));
    WebElement copyHit = chrome.findElement(By.cssSelector("[data-testid='hit'][data-id='" + copy.get("id").asText() + "']"));
    WebElement originalHit = chrome.findElement(By.cssSelector("[data-testid='hit'][data-id='" + originalId + "']"));
    assertThat(originalHit.findElements(By.cssSelector("[data-testid='hit-duplicate-of']"))).isEmpty();
    WebElement mark = copyHit.findElement(By.cssSelector("[data-testid='hit-duplicate-of']"));
    WebElement id = mark.findElement(By.cssSelector("a bdi"));
    assertThat(id.getText()).isEqualTo(originalId);
    assertThat(mark.getText()).startsWith("نسخة من");
    // right to left: the label reads first, on the right; the id sits on its left
    assertThat(id.getRect().getX() + id.getRect().getWidth()).isLessThan(mark.getRect().getX() + mark.getRect().getWidth() - 20);
    HeadlessChromium.screenshot(chrome, "search-all-copy");

    mark.findElement(By.tagName("a")).click();
    assertThat(waitFor("article-title").get(0).getText()).isEqualTo(title);
    assertThat(chrome.getCurrentUrl()).endsWith("article.html?id=" + originalId);

    // session 14 QA: the story page named the original as plain text, no link, the id outside a <bdi>
    chrome.get(base() + "/story.html?id=" + copy.get("storyId").asText());
    WebElement storyMark = waitFor("story-duplicate-of").get(0);
    assertThat(storyMark.findElement(By.cssSelector("a bdi")).getText()).isEqualTo(originalId);
    storyMark.findElement(By.tagName("a")).click();
    assertThat(waitFor("article-title").get(0).getText()).isEqualTo(title);
  }

  @Test
  void markup_in_titles_and_text_is_shown_as_text_and_never_runs() {
    assertThat(hostile.get("title").asText()).as("the record keeps the markup as text").contains("<script>");
    chrome.get(base() + "/index.html?q=" + URLEncoder.encode("الاحتيالية", StandardCharsets.UTF_8));
    List<WebElement> hits = waitFor("hit");
    assertThat(hits.get(0).findElement(By.cssSelector("[data-testid='hit-title']")).getText())
        .isEqualTo(hostile.get("title").asText().strip());
    assertThat(chrome.findElements(By.cssSelector("#results img, #results script"))).isEmpty();
    assertThat(chrome.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    HeadlessChromium.screenshot(chrome, "search-hostile");

    hits.get(0).findElement(By.cssSelector("[data-testid='hit-title']")).click();
    WebElement title = waitFor("article-title").get(0);
    assertThat(title.getText()).contains("<script>window.__xss=1</script>").contains("<img src=x onerror=\"window.__xss=2\">");
    assertThat(all("article-body").get(0).getText())
        .contains("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=2\">");
    assertThat(chrome.findElements(By.cssSelector("#article img, #article script"))).isEmpty();
    assertThat(chrome.executeScript("return typeof window.__xss")).isEqualTo("undefined");
  }

  @Test
  void a_latin_led_title_in_a_meta_line_keeps_its_separator_on_the_arabic_side() throws Exception {
    // an article whose headline starts with a Latin name, as agency copy often does
    String title = "CNN: الجبير يجدد دعم المملكة للشعب اليمني";
    String text = "الرياض-واس\n\nقال وزير الخارجية عادل الجبير في مؤتمر صحفي في الرياض اليوم إن "
        + "\"المملكة ستواصل دعم الشعب اليمني حتى عودة الحكومة الشرعية إلى صنعاء\".\n\n"
        + "وأضاف الجبير أن التحالف يعمل على إيصال المساعدات الإنسانية إلى جميع المحافظات اليمنية.";
    JsonNode article = ingest("application/json", JSON.writeValueAsString(Map.of("text", text, "title", title, "source", "cnn")), "");
    assumeTrue(article.get("quotes").size() > 0, "skipped: no quotation found in the article (quotation step not wired)");
    chrome.get(base() + "/quotes.html?speaker=" + URLEncoder.encode("الجبير", StandardCharsets.UTF_8));
    WebElement footer = waitFor("quote-item").get(0).findElement(By.cssSelector("footer"));
    WebElement titleLink = footer.findElements(By.cssSelector(":scope > a")).get(1);
    assertThat(titleLink.getText()).isEqualTo(title);
    @SuppressWarnings("unchecked")
    List<Number> box = (List<Number>) chrome.executeScript("""
        const a = arguments[0];
        const text = document.createTreeWalker(a, NodeFilter.SHOW_TEXT).nextNode();
        const range = document.createRange();
        range.selectNodeContents(text);
        const t = range.getBoundingClientRect(), r = a.getBoundingClientRect();
        return [r.left, r.right, t.left, t.right];""", titleLink);
    double linkLeft = box.get(0).doubleValue(), linkRight = box.get(1).doubleValue();
    double textLeft = box.get(2).doubleValue(), textRight = box.get(3).doubleValue();
    // the " · " before the item belongs on its right (before it in reading order); an item
    // laid out left to right as a whole put it on its left, glued to the next item
    assertThat(linkRight - textRight).as("separator on the right of the Latin-led title").isGreaterThan(3);
    assertThat(textLeft - linkLeft).as("nothing on its left").isLessThan(1);
    HeadlessChromium.screenshot(chrome, "quotes-latin-title");
  }

  @Test
  void a_quotation_search_is_in_the_address_to_share() throws Exception {
    // session 11 QA: the quotes page searched without changing its address, so a fact-checker's
    // "what did al-Jubeir say" could not be bookmarked or sent, and Back left the page
    String text = "الرياض-واس\n\nقال وزير الخارجية عادل الجبير في مؤتمر صحفي في الرياض اليوم إن "
        + "\"المملكة ستواصل دعم الشعب اليمني حتى عودة الحكومة الشرعية إلى صنعاء\".";
    JsonNode article = ingest("application/json", JSON.writeValueAsString(Map.of("text", text, "title", "الجبير: المملكة ستواصل دعم الشعب اليمني", "source", "spa")), "");
    assumeTrue(article.get("quotes").size() > 0, "skipped: no quotation found in the article (quotation step not wired)");
    chrome.get(base() + "/quotes.html");
    WebElement speaker = chrome.findElement(By.id("speaker"));
    speaker.sendKeys("عادل الجبير");
    chrome.findElement(By.cssSelector("#quote-form button[type=submit]")).click();
    waitFor("quote-item");
    String shared = chrome.getCurrentUrl();
    assertThat(shared).contains("speaker=" + URLEncoder.encode("عادل الجبير", StandardCharsets.UTF_8));
    chrome.get(base() + "/status.html");
    chrome.get(shared);
    assertThat(waitFor("quote-item")).isNotEmpty();
    assertThat(chrome.findElement(By.id("speaker")).getAttribute("value")).isEqualTo("عادل الجبير");
  }

  @Test
  void the_status_page_shows_the_offline_feed_with_its_error() {
    chrome.get(base() + "/status.html");
    WebElement row = waitFor("feed-error").get(0);
    assertThat(row.getText()).contains("سانا", "robots.txt unreachable (connection failed");
    HeadlessChromium.screenshot(chrome, "status-offline");
  }
}

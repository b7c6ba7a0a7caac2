package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;

/**
 * Runs the real page scripts under Node with a DOM that has no HTML parser (test/resources/ui/render.js;
 * innerHTML and the like throw) and checks what they build from hostile records: payloads end up
 * as text, quotations and entities are marked at their offsets. Skipped when node is not installed;
 * the Selenium tests cover real browsers.
 */
class TestUiRendering {
  static final ObjectMapper API_JSON = JsonMapping.mapper();
  @TempDir Path tmp;

  @Test
  void article_page_marks_quotes_and_entities_and_keeps_payloads_as_text() throws Exception {
    String text = "الرياض-واس\n\nقال <img src=x onerror=alert(1)> الوزير خالد الفالح: “<script>alert('x')</script> الاستثمار يتضاعف”.\n\nالمحور الثاني\n\nوأضاف أن الأرقام مشجعة.";
    int name = text.indexOf("خالد الفالح");
    int q = text.indexOf("<script>");
    int qEnd = text.indexOf("”");
    Article a = TestArticles.article("<script>alert('title')</script> عنوان", "was", "الرياض", "2021-09-30T08:00:00Z", text,
        List.of(new Entity("خالد الفالح", "PERS", name, name + "خالد الفالح".length(), "خالد الفالح", "ent-falih", "الوزير")),
        List.of(new Quote(text.substring(q, qEnd), true, q, qEnd, "خالد الفالح", "ent-falih", "قال", null)));
    JsonNode dom = render("article", "?id=" + a.id(), Map.of("/api/articles/", a), "article").get("article");

    assertNoActiveContent(dom);
    assertThat(text(find(dom, testid("article-title")).get(0))).isEqualTo("<script>alert('title')</script> عنوان");
    JsonNode body = find(dom, testid("article-body")).get(0);
    assertThat(text(body)).contains("قال <img src=x onerror=alert(1)> الوزير").contains("<script>alert('x')</script>");
    List<JsonNode> quotes = find(body, testid("quote-mark"));
    assertThat(quotes).hasSize(1);
    assertThat(text(quotes.get(0))).isEqualTo(text.substring(q, qEnd));
    assertThat(quotes.get(0).get("attrs").get("data-speaker-id").asText()).isEqualTo("ent-falih");
    List<JsonNode> entities = find(body, testid("entity-mark"));
    assertThat(entities).hasSize(1);
    assertThat(text(entities.get(0))).isEqualTo("خالد الفالح");
    assertThat(entities.get(0).get("attrs").get("href").asText()).endsWith("/entity.html?id=ent-falih");
  }

  @Test
  void search_page_shows_snippets_with_marks_and_escaped_text_as_text() throws Exception {
    Map<String, Object> result = Map.of("query", "عاجل", "page", 1, "size", 10, "total", 1,
        "hits", List.of(new Hit("id1", "<b onmouseover=alert(2)>عاجل</b>", "was", "javascript:alert(3)", "2021-09-30T08:00:00Z", 1.0,
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark>عاجل</mark> &amp; المزيد")),
        "facets", Map.of("source", List.of(new FacetValue("<i>was</i>", 1)), "date", List.of(new FacetValue("2021-07", 4), new FacetValue("2021-09", 1))));
    JsonNode dom = render("search", "?q=" + java.net.URLEncoder.encode("عاجل", StandardCharsets.UTF_8),
        Map.of("/api/search", result), "q,source,city,from,to,from-read,to-read,sort,all,results,summary,facets,histogram,prev,next,page-label,search-form,trends,trend-list");

    for (String root : List.of("results", "facets", "histogram")) assertNoActiveContent(dom.get(root));
    JsonNode hit = find(dom.get("results"), testid("hit")).get(0);
    assertThat(text(find(hit, testid("hit-title")).get(0))).isEqualTo("<b onmouseover=alert(2)>عاجل</b>");
    JsonNode snippet = find(hit, testid("hit-snippet")).get(0);
    assertThat(text(snippet)).isEqualTo("<script>alert(1)</script> عاجل & المزيد");
    assertThat(find(snippet, n -> n.path("tag").asText().equals("mark"))).singleElement().satisfies(m -> assertThat(text(m)).isEqualTo("عاجل"));
    assertThat(text(dom.get("facets"))).contains("<i>was</i>");
    JsonNode histogram = find(dom.get("histogram"), testid("date-histogram")).get(0);
    assertThat(find(histogram, n -> n.path("tag").asText().equals("rect")))
        .extracting(r -> r.get("attrs").get("data-date").asText() + "=" + r.get("attrs").get("data-count").asText())
        .containsExactly("2021-07=4", "2021-08=0", "2021-09=1"); // month buckets, the quiet month shown as zero
  }

  @Test
  void the_trend_box_says_how_many_rose_when_it_lists_only_the_first() throws Exception {
    // session 15 QA: the box listed 10 names and nothing said 134 rose (the story's own man was row 119)
    List<Map<String, Object>> ten = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(Map.of("kind", "person", "key", "person:اسم" + i, "label", "اسم " + i, "count", 5, "baseline", 1.0, "score", 3.0,
          "id", "pers-" + i, "day", "2015-07-25", "stdDev", 1.0, "baselineDays", 4));
    }
    Map<String, Object> headers = Map.of("X-Marsad-Trends-Total", "134", "X-Marsad-Trends-Covered-Days", "5",
        "X-Marsad-Trends-Unscored-Days", "0", "X-Marsad-Trends-Complete", "true");
    Map<String, Object> fixtures = new java.util.LinkedHashMap<>();
    fixtures.put("/api/trends", Map.of("status", 200, "body", ten, "headers", headers));
    JsonNode dom = renderFixtures("search", "", fixtures, "q,source,city,from,to,from-read,to-read,sort,all,results,summary,facets,histogram,prev,next,page-label,search-form,trends,trend-list,trend-note,trend-day");
    assertThat(find(dom.get("trend-list"), testid("trend"))).hasSize(10);
    JsonNode note = dom.get("trend-note");
    assertThat(text(note)).as("Node's Intl may write Arabic or Latin digits").isIn("١٠ من ١٣٤ صاعدة في آخر يوم.", "10 من 134 صاعدة في آخر يوم.");
    assertThat(note.get("hidden").asBoolean()).isFalse();
    // session 17 QA: the box did not say which day rose (yesterday's while today is young; UTC days)
    assertThat(text(dom.get("trend-day"))).isEqualTo("يوم 2015-07-25 (بتوقيت UTC)");
    assertThat(dom.get("trend-day").get("hidden").asBoolean()).isFalse();

    // all of them listed: no count to add
    fixtures.put("/api/trends", Map.of("status", 200, "body", ten, "headers", Map.of("X-Marsad-Trends-Total", "10",
        "X-Marsad-Trends-Covered-Days", "5", "X-Marsad-Trends-Unscored-Days", "0", "X-Marsad-Trends-Complete", "true")));
    dom = renderFixtures("search", "", fixtures, "q,source,city,from,to,from-read,to-read,sort,all,results,summary,facets,histogram,prev,next,page-label,search-form,trends,trend-list,trend-note,trend-day");
    assertThat(text(dom.get("trend-note"))).isEmpty();
    assertThat(dom.get("trend-note").get("hidden").asBoolean()).isTrue();
  }

  @Test
  void entity_page_draws_one_bar_per_day_including_quiet_days() throws Exception {
    var profile = new org.marsad.app.http.service.EntityService.EntityProfile("ent-lavrov", "سيرغي لافروف", "PERS", "وزير الخارجية الروسي", 7, 5,
        List.of("لافروف", "<svg onload=alert(1)>"),
        List.of(new org.marsad.app.http.service.EntityService.DailyCount("2021-08-09", 3),
            new org.marsad.app.http.service.EntityService.DailyCount("2021-08-11", 1),
            new org.marsad.app.http.service.EntityService.DailyCount("2021-08-13", 3)),
        List.of(new org.marsad.app.http.service.EntityService.RelatedEntity("ent-syria", "سورية", "LOC", 4)),
        List.of(new org.marsad.app.http.service.QuoteView("لن نسمح بعودة الإرهاب", true, "لافروف", "ent-lavrov", "وقال", null,
            "a1", "لافروف: سنواصل الدعم", "sana", "2021-08-09T10:00:00Z")));
    JsonNode dom = render("entity", "?id=ent-lavrov", Map.of("/api/entities/", profile), "entity").get("entity");

    assertNoActiveContent(dom);
    JsonNode chart = find(dom, testid("entity-chart")).get(0);
    List<JsonNode> bars = find(chart, n -> n.path("tag").asText().equals("rect"));
    assertThat(bars).extracting(b -> b.get("attrs").get("data-count").asText()).containsExactly("3", "0", "1", "0", "3");
    assertThat(text(find(dom, testid("alias-list")).get(0))).contains("<svg onload=alert(1)>");
    assertThat(text(find(dom, testid("entity-quotes")).get(0))).contains("لن نسمح بعودة الإرهاب");
  }

  @Test
  void quotes_page_shows_how_many_quotations_it_found() throws Exception {
    // qa14: search.html showed its count, quotes.html none when every matching article was read
    Map<String, Object> item = new java.util.LinkedHashMap<>();
    item.put("text", "لن نسمح بعودة الإرهاب"); item.put("direct", true); item.put("speaker", "عادل الجبير");
    item.put("speakerId", "pers-1"); item.put("articleId", "a1"); item.put("articleTitle", "الجبير: لن نسمح");
    Map<String, Object> result = Map.of("total", 26, "complete", true, "articlesMatched", 16, "articlesRead", 16, "items", List.of(item));
    JsonNode dom = render("quotes", "?speaker=" + java.net.URLEncoder.encode("الجبير", StandardCharsets.UTF_8),
        Map.of("/api/quotes", result), "quote-form,speaker,words,quote-list,prev,next,page-label").get("quote-list");
    // the digits are the runtime's Intl choice for Arabic (Node's ICU here gives 26)
    assertThat(text(find(dom, testid("quotes-total")).get(0))).matches("عدد الاقتباسات: (26|٢٦)");
    assertThat(text(find(dom, testid("quote-item")).get(0))).contains("الجبير: لن نسمح");
  }

  @Test
  void a_quotation_that_opens_with_a_latin_word_stays_right_to_left_and_the_card_keeps_the_pages_direction() throws Exception {
    // session 18 QA: dir=auto on the card made «CNN …» (or «<script> …») a left-to-right card, border and attribution flipped
    List<Map<String, Object>> items = new ArrayList<>();
    for (String words : List.of("CNN نقلت عن الوزير أن الاتفاق قريب", "Reuters: no comment")) {
      Map<String, Object> item = new java.util.LinkedHashMap<>();
      item.put("text", words); item.put("direct", true); item.put("speaker", "عادل الجبير");
      item.put("speakerId", "pers-1"); item.put("articleId", "a1"); item.put("articleTitle", "الجبير");
      items.add(item);
    }
    Map<String, Object> result = Map.of("total", 2, "complete", true, "articlesMatched", 1, "articlesRead", 1, "items", items);
    JsonNode dom = render("quotes", "?speaker=pers-1", Map.of("/api/quotes", result), "quote-form,speaker,words,quote-list,prev,next,page-label").get("quote-list");
    List<JsonNode> cards = find(dom, testid("quote-item"));
    assertThat(cards).hasSize(2);
    for (JsonNode card : cards) assertThat(card.path("attrs").has("dir")).as("the card follows the page").isFalse();
    assertThat(find(cards.get(0), n -> "p".equals(n.path("tag").asText())).get(0).path("attrs").path("dir").asText()).isEqualTo("rtl");
    assertThat(find(cards.get(1), n -> "p".equals(n.path("tag").asText())).get(0).path("attrs").path("dir").asText())
        .as("no Arabic: the text decides").isEqualTo("auto");
  }

  @Test
  void errors_are_told_in_arabic_with_the_status_and_the_servers_words_kept_aside() throws Exception {
    // session 18 QA: the Arabic page said «خطأ: Failed to fetch», «خطأ: HTTP 500» or only the API's English detail
    String article = "article";
    Map<String, Object> fixtures = new java.util.LinkedHashMap<>();
    fixtures.put("/api/articles/", Map.of("status", 503, "body", Map.of("detail", "the index is being reopened")));
    JsonNode error = find(renderFixtures(article, "?id=a1", fixtures, article, "").get(article), testid("error")).get(0);
    assertThat(text(error)).isEqualTo("خطأ: الخدمة غير متاحة الآن؛ أعد المحاولة بعد قليل. (HTTP 503: the index is being reopened)");
    assertThat(find(error, testid("error-detail"))).singleElement().satisfies(d -> assertThat(d.get("tag").asText()).isEqualTo("bdi"));

    fixtures.put("/api/articles/", Map.of("status", 500)); // an HTML error page, not JSON
    error = find(renderFixtures(article, "?id=a1", fixtures, article, "").get(article), testid("error")).get(0);
    assertThat(text(error)).isEqualTo("خطأ: حدث خطأ في الخادم. (HTTP 500)");

    fixtures.put("/api/articles/", Map.of("network", true)); // the server is down
    error = find(renderFixtures(article, "?id=a1", fixtures, article, "").get(article), testid("error")).get(0);
    assertThat(text(error)).isEqualTo("خطأ: تعذّر الاتصال بالخادم؛ تأكّد أنه يعمل ثم أعد المحاولة. (Failed to fetch)");

    fixtures.put("/api/articles/", Map.of("status", 404, "body", Map.of("detail", "no article with id 'a1'")));
    error = find(renderFixtures(article, "?id=a1", fixtures, article, "").get(article), testid("error")).get(0);
    assertThat(text(error)).isEqualTo("خطأ: غير موجود. (HTTP 404: no article with id 'a1')");
  }

  @Test
  void a_failed_search_leaves_no_facets_or_pager_of_the_previous_one_beside_the_error() throws Exception {
    Map<String, Object> fixtures = new java.util.LinkedHashMap<>();
    fixtures.put("/api/search", Map.of("status", 503, "body", Map.of("detail", "the index is being reopened")));
    fixtures.put("/api/trends", Map.of("status", 503, "body", Map.of("detail", "trends is not available in this build")));
    String roots = "q,source,city,from,to,from-read,to-read,sort,all,results,summary,facets,histogram,prev,next,page-label,search-form,trends,trend-list";
    JsonNode dom = renderFixtures("search", "?q=" + java.net.URLEncoder.encode("سوريا", StandardCharsets.UTF_8) + "&page=3", fixtures, roots);
    assertThat(text(dom.get("summary"))).startsWith("خطأ: الخدمة غير متاحة الآن");
    assertThat(dom.get("facets").get("children")).isEmpty();
    assertThat(dom.get("next").get("disabled").asBoolean()).as("no next page of an error").isTrue();
    assertThat(text(dom.get("page-label"))).isEmpty();
  }

  @Test
  void the_entity_story_and_quotation_lists_keep_their_filter_and_page_in_the_address() throws Exception {
    // session 18 QA: a reload, a bookmark or a shared link of these lists showed page one of the default list
    Map<String, Object> fixtures = new java.util.LinkedHashMap<>();
    fixtures.put("/api/entities", Map.of("status", 200, "body", Map.of("total", 95, "items", List.of())));
    fixtures.put("/api/stories", Map.of("status", 200, "body", Map.of("total", 95, "items", List.of())));
    fixtures.put("/api/quotes", Map.of("status", 200, "body", Map.of("total", 95, "complete", true, "items", List.of())));
    String jubeir = java.net.URLEncoder.encode("الجبير", StandardCharsets.UTF_8);

    JsonNode dom = renderFixtures("entities", "?q=" + jubeir + "&type=PERS&page=2", fixtures, "entity-form,prefix,type,entity-list,prev,next,page-label", "next");
    assertThat(strings(dom.get("__fetched"))).containsExactly(
        "/api/entities?page=2&size=30&q=" + jubeir + "&type=PERS", "/api/entities?page=3&size=30&q=" + jubeir + "&type=PERS");
    assertThat(strings(dom.get("__pushed"))).containsExactly("?q=" + jubeir + "&type=PERS&page=3");

    dom = renderFixtures("stories", "?days=all&page=3", fixtures, "story-days,story-list,prev,next,page-label", "prev");
    assertThat(strings(dom.get("__fetched"))).containsExactly("/api/stories?page=3&size=20", "/api/stories?page=2&size=20");
    assertThat(strings(dom.get("__pushed"))).containsExactly("?days=all&page=2");
    dom = renderFixtures("stories", "?days=7", fixtures, "story-days,story-list,prev,next,page-label", "");
    assertThat(strings(dom.get("__fetched"))).containsExactly("/api/stories?page=1&size=20&days=7");
    dom = renderFixtures("stories", "", fixtures, "story-days,story-list,prev,next,page-label", "next");
    assertThat(strings(dom.get("__fetched"))).as("no days in the address: the menu's three days")
        .containsExactly("/api/stories?page=1&size=20&days=3", "/api/stories?page=2&size=20&days=3");
    assertThat(strings(dom.get("__pushed"))).containsExactly("?page=2");

    dom = renderFixtures("quotes", "?speaker=" + jubeir + "&page=2", fixtures, "quote-form,speaker,words,quote-list,prev,next,page-label", "next");
    assertThat(strings(dom.get("__fetched"))).containsExactly(
        "/api/quotes?page=2&size=20&speaker=" + jubeir, "/api/quotes?page=3&size=20&speaker=" + jubeir);
    assertThat(strings(dom.get("__pushed"))).containsExactly("?speaker=" + jubeir + "&page=3");

    // an address past the end (95 entities are 4 pages of 30) shows the last page and says so in the address
    dom = renderFixtures("entities", "?type=ORG&page=999", fixtures, "entity-form,prefix,type,entity-list,prev,next,page-label", "");
    assertThat(strings(dom.get("__fetched"))).containsExactly("/api/entities?page=999&size=30&type=ORG", "/api/entities?page=4&size=30&type=ORG");
    assertThat(strings(dom.get("__replaced"))).containsExactly("?type=ORG&page=4");
    dom = renderFixtures("stories", "?page=999", fixtures, "story-days,story-list,prev,next,page-label", "");
    assertThat(strings(dom.get("__fetched"))).endsWith("/api/stories?page=5&size=20&days=3");
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private JsonNode render(String page, String query, Map<String, Object> responses, String roots) throws Exception {
    Map<String, Object> fixtures = new java.util.LinkedHashMap<>();
    responses.forEach((prefix, body) -> fixtures.put(prefix, Map.of("status", 200, "body", body)));
    fixtures.put("/api/trends", Map.of("status", 503, "body", Map.of("detail", "trends is not available in this build")));
    return renderFixtures(page, query, fixtures, roots);
  }

  /** As {@link #render}, with each answer given whole: {@code {status, body, headers}} by path prefix. */
  private JsonNode renderFixtures(String page, String query, Map<String, Object> fixtures, String roots) throws Exception {
    return renderFixtures(page, query, fixtures, roots, "");
  }

  /** As above, then clicks the elements {@code clicks} names (ids, comma-separated) one after another. */
  private JsonNode renderFixtures(String page, String query, Map<String, Object> fixtures, String roots, String clicks) throws Exception {
    Path node = findNode();
    assumeTrue(node != null, "node is not installed; the browser tests cover the UI");
    Path fixtureFile = tmp.resolve("fixtures.json");
    API_JSON.writeValue(fixtureFile.toFile(), fixtures);
    Path web = Path.of(getClass().getResource("/web/js/marsad.js").toURI()).getParent().getParent();
    Path script = Path.of(getClass().getResource("/ui/render.js").toURI());
    Process p = new ProcessBuilder(node.toString(), script.toString(), web.toString(), page, query, fixtureFile.toString(), roots, clicks)
        .redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new ObjectMapper().readTree(out);
  }

  private static Path findNode() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "node");
      if (Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }

  /** No element that runs code or loads content, no event-handler attribute, no javascript: link. */
  private static void assertNoActiveContent(JsonNode root) {
    assertThat(find(root, n -> List.of("script", "img", "iframe", "object", "embed", "style").contains(n.path("tag").asText()))).isEmpty();
    for (JsonNode n : find(root, n -> n.has("attrs"))) {
      n.get("attrs").fieldNames().forEachRemaining(k -> assertThat(k).doesNotStartWith("on"));
      if (n.get("attrs").has("href")) assertThat(n.get("attrs").get("href").asText()).startsWith("http://127.0.0.1:7070/");
    }
  }

  private static Predicate<JsonNode> testid(String id) {
    return n -> id.equals(n.path("attrs").path("data-testid").asText(null));
  }

  private static List<JsonNode> find(JsonNode root, Predicate<JsonNode> p) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isObject()) {
      if (p.test(root)) out.add(root);
      for (JsonNode c : root.get("children")) out.addAll(find(c, p));
    }
    return out;
  }

  private static String text(JsonNode n) {
    if (n.isTextual()) return n.asText();
    StringBuilder sb = new StringBuilder();
    for (JsonNode c : n.get("children")) sb.append(text(c));
    return sb.toString();
  }
}

package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.SearchRequest;

class TestSearchApi {
  @TempDir Path data;
  ServerHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new ServerHarness(data);
    h.store.add(TestArticles.moscow());
    h.store.add(TestArticles.riyadh());
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void search_returns_hits_with_marked_snippets_and_facets() throws Exception {
    HttpResponse<String> r = h.get("/api/search?q=" + enc("لافروف"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode j = ServerHarness.json(r);
    assertThat(j.get("total").asLong()).isEqualTo(1);
    assertThat(j.get("hits").get(0).get("id").asText()).isEqualTo(TestArticles.moscow().id());
    assertThat(j.get("hits").get(0).get("snippet").asText()).contains("<mark>لافروف</mark>");
    assertThat(j.get("facets").get("source").get(0).get("value").asText()).isEqualTo("sana");
  }

  @Test
  void with_all_a_republication_names_its_original() throws Exception {
    var copy = TestArticles.moscow();
    copy = new org.marsad.nlp.article.Article("copy-of-moscow", copy.title(), copy.titleCategory(), copy.published(), "sabq", null,
        copy.dateline(), copy.lead(), copy.sections(), copy.boilerplate(), copy.text(), copy.tokens(), copy.sentences(),
        copy.entities(), copy.quotes(), copy.topic(), copy.summary(), TestArticles.moscow().id(), null);
    h.store.add(copy);
    JsonNode shown = ServerHarness.json(h.get("/api/search?q=" + enc("لافروف") + "&all=true"));
    assertThat(shown.get("total").asLong()).isEqualTo(2);
    for (JsonNode hit : shown.get("hits")) {
      assertThat(hit.has("duplicateOf")).isTrue();
      if (hit.get("id").asText().equals("copy-of-moscow")) assertThat(hit.get("duplicateOf").asText()).isEqualTo(TestArticles.moscow().id());
      else assertThat(hit.get("duplicateOf").isNull()).as("the original").isTrue();
    }
    JsonNode hidden = ServerHarness.json(h.get("/api/search?q=" + enc("لافروف")));
    assertThat(hidden.get("total").asLong()).isEqualTo(1);
    assertThat(hidden.get("hits").get(0).get("duplicateOf").isNull()).isTrue();
  }

  @Test
  void filters_and_paging_reach_the_store_as_the_cli_would_send_them() throws Exception {
    HttpResponse<String> r = h.get("/api/search?q=" + enc("معرض") + "&source=was&city=" + enc("الرياض")
        + "&from=2021-09-01&to=2021-09-30&sort=date&page=2&size=5&all=true");
    assertThat(r.statusCode()).isEqualTo(200);
    SearchRequest sent = h.store.requests.get(h.store.requests.size() - 1);
    assertThat(sent.query()).isEqualTo("معرض source:\"was\" city:\"الرياض\" from:2021-09-01 to:2021-09-30");
    assertThat(sent.sort()).isEqualTo(SearchRequest.SortOrder.DATE);
    assertThat(sent.offset()).isEqualTo(5);
    assertThat(sent.limit()).isEqualTo(5);
    assertThat(sent.includeDuplicates()).isTrue();
    assertThat(ServerHarness.json(r).get("total").asLong()).isEqualTo(1);
  }

  @Test
  void a_filter_value_that_looks_like_a_url_stays_a_filter() throws Exception { // ApiRequestFuzzTest#search crash-91ed3d39…
    h.get("/api/search?city=" + enc("//-دمشق"));
    String sent = h.store.requests.get(h.store.requests.size() - 1).query();
    assertThat(sent).isEqualTo("city:\"//-دمشق\"");
    assertThat(org.marsad.store.query.MarsadQueryParser.parse(sent).required())
        .singleElement().isInstanceOf(org.marsad.store.query.QueryNode.FieldTerm.class);
  }

  @Test
  void a_filter_value_with_a_typographic_quotation_mark_is_refused() throws Exception {
    assertProblem400("/api/search?source=" + enc("sana” OR x"), "source must not contain a quotation mark");
  }

  @Test
  void a_city_with_a_space_is_quoted_in_the_query() throws Exception {
    h.get("/api/search?city=" + enc("دير الزور"));
    assertThat(h.store.requests.get(h.store.requests.size() - 1).query()).isEqualTo("city:\"دير الزور\"");
  }

  @Test
  void the_story_parameter_becomes_a_story_filter_and_must_be_an_id() throws Exception {
    HttpResponse<String> r = h.get("/api/search?q=" + enc("لافروف") + "&story=story-629c73a7458b");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(h.store.requests.get(h.store.requests.size() - 1).query()).isEqualTo("لافروف story:story-629c73a7458b");
    assertProblem400("/api/search?story=" + enc("x story:y"), "story must be a story id (letters, digits, '-'), got 'x story:y'");
  }

  @Test
  void malformed_parameters_are_400_problems_naming_the_parameter() throws Exception {
    assertProblem400("/api/search?q=x&sort=newest", "sort must be 'relevance' or 'date', got 'newest'");
    assertProblem400("/api/search?q=x&from=9/8/2021", "from must be a date as YYYY-MM-DD, got '9/8/2021'");
    assertProblem400("/api/search?q=x&from=2021-09-02&to=2021-09-01", "from (2021-09-02) is after to (2021-09-01)");
    assertProblem400("/api/search?q=x&page=0", "page must be between 1 and 10000, got 0");
    assertProblem400("/api/search?q=x&size=abc", "size must be a whole number, got 'abc'");
    assertProblem400("/api/search?q=x&size=1000", "size must be between 1 and 100, got 1000");
    assertProblem400("/api/search?q=x&all=maybe", "all must be true or false, got 'maybe'");
    assertProblem400("/api/search?source=" + enc("sa\"na"), "source must not contain a quotation mark");
  }

  @Test
  void a_query_the_store_cannot_parse_is_a_400_not_a_500() throws Exception {
    assertProblem400("/api/search?q=" + enc("\"لافروف"), "unbalanced quotation mark in the query");
  }

  @Test
  void article_endpoint_returns_the_full_record_or_404() throws Exception {
    String id = TestArticles.moscow().id();
    JsonNode a = ServerHarness.json(h.get("/api/articles/" + id));
    assertThat(a.get("dateline").get("city").asText()).isEqualTo("موسكو");
    assertThat(a.get("quotes").get(0).get("speakerId").asText()).isEqualTo("ent-lavrov");
    assertThat(a.get("entities").get(0).get("role").asText()).isEqualTo("وزير الخارجية الروسي");

    HttpResponse<String> missing = h.get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(ServerHarness.json(missing).get("detail").asText()).isEqualTo("no article with id 'nope'");
  }

  private void assertProblem400(String path, String detail) throws Exception {
    HttpResponse<String> r = h.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(Problem.CONTENT_TYPE));
    JsonNode p = ServerHarness.json(r);
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("type").asText()).isEqualTo("urn:marsad:problem:bad-request");
    assertThat(p.get("title").asText()).isEqualTo("Bad request");
    assertThat(p.get("detail").asText()).isEqualTo(detail);
  }
}

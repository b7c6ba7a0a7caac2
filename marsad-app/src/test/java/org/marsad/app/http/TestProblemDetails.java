package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestProblemDetails {
  @TempDir Path data;

  @Test
  void an_unknown_route_is_a_404_problem() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> r = h.get("/api/nothing-here");
      assertThat(r.statusCode()).isEqualTo(404);
      JsonNode p = ServerHarness.json(r);
      assertThat(p.get("status").asInt()).isEqualTo(404);
      assertThat(p.get("type").asText()).isEqualTo("urn:marsad:problem:not-found");
      assertThat(p.has("title")).isTrue();
      assertThat(p.has("detail")).isTrue();
    }
  }

  @Test
  void a_known_path_with_the_wrong_method_is_405() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> r = h.get("/api/ingest");
      assertThat(r.statusCode()).isEqualTo(405);
      assertThat(ServerHarness.json(r).get("type").asText()).isEqualTo("urn:marsad:problem:method-not-allowed");
    }
  }

  @Test
  void a_service_that_is_not_wired_answers_503() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> r = h.get("/api/quotes?speaker=ent-lavrov");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(ServerHarness.json(r).get("detail").asText()).isEqualTo("quotations is not available in this build");
    }
  }

  @Test
  void a_store_that_does_not_answer_is_a_503_that_says_so_not_an_internal_error() throws Exception {
    // qa16: with every Solr node down, /api/search and /api/articles/{id} answered 500 "Internal error"
    org.marsad.store.ArticleStore down = new org.marsad.store.ArticleStore() {
      private java.io.IOException gone() {
        return new org.marsad.store.StoreUnavailableException("Solr /select on collection marsad failed on every live node for 60 s: no live node", null);
      }
      @Override public boolean contains(String id) throws java.io.IOException { throw gone(); }
      @Override public void add(org.marsad.nlp.article.Article a) throws java.io.IOException { throw gone(); }
      @Override public void commit() throws java.io.IOException { throw gone(); }
      @Override public java.util.Optional<org.marsad.nlp.article.Article> get(String id) throws java.io.IOException { throw gone(); }
      @Override public org.marsad.store.SearchResult search(org.marsad.store.SearchRequest r) throws java.io.IOException { throw gone(); }
      @Override public long count() throws java.io.IOException { throw gone(); }
      @Override public void close() {}
    };
    Services services = Services.builder(data, down).build();
    try (MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 64 * 1024, java.util.List.of()), services).start()) {
      var client = java.net.http.HttpClient.newHttpClient();
      for (String path : java.util.List.of("/api/search?q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7", "/api/articles/d598d06666336b667d6fa560aa3b740f")) {
        HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).as(path).hasValue("30");
        JsonNode p = ServerHarness.json(r);
        assertThat(p.get("type").asText()).isEqualTo("urn:marsad:problem:backend-unavailable");
        assertThat(p.get("detail").asText()).contains("does not answer").doesNotContain("Exception");
      }
    } finally {
      services.close();
    }
  }

  @Test
  void the_status_page_counts_on_the_short_read_window_and_still_answers_when_solr_is_down() throws Exception {
    // session 17 review: /api/status waited the whole 60 s ingest window, the page opened precisely when Solr is down
    org.marsad.store.ArticleStore down = new org.marsad.store.ArticleStore() {
      private java.io.IOException gone(int seconds) {
        return new org.marsad.store.StoreUnavailableException(
            "Solr /select on collection marsad failed on every live node for " + seconds + " s: no live node", null);
      }
      @Override public boolean contains(String id) throws java.io.IOException { throw gone(60); }
      @Override public void add(org.marsad.nlp.article.Article a) throws java.io.IOException { throw gone(60); }
      @Override public void commit() {}
      @Override public java.util.Optional<org.marsad.nlp.article.Article> get(String id) throws java.io.IOException { throw gone(5); }
      @Override public org.marsad.store.SearchResult search(org.marsad.store.SearchRequest r) throws java.io.IOException { throw gone(5); }
      @Override public long count() throws java.io.IOException { throw gone(60); }
      @Override public long countNow() throws java.io.IOException { throw gone(5); }
      @Override public void close() {}
    };
    // as serve opens a Solr store: the article log in front of the collection
    Services services = Services.builder(data, org.marsad.store.log.LoggedArticleStore.wrap(down, data)).build();
    try (MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 64 * 1024, java.util.List.of()), services).start()) {
      HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode status = ServerHarness.json(r);
      assertThat(status.get("articles").isNull()).isTrue();
      assertThat(status.get("indexError").asText()).contains("for 5 s");
    } finally {
      services.close();
    }
  }

  @Test
  void answers_refused_before_routing_carry_the_security_headers_too() throws Exception {
    // session 18 QA: /js/%2e%2e/… and a %00 in the path were answered by Jetty without nosniff or CSP
    try (ServerHarness h = new ServerHarness(data)) {
      for (String path : java.util.List.of("/js/%2e%2e/%2e%2e/etc/passwd", "/js/marsad.js%00.html")) {
        HttpResponse<String> r = h.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        SecurityHeaders.HEADERS.forEach((name, value) -> assertThat(r.headers().firstValue(name)).as(path + " " + name).contains(value));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      }
    }
  }

  @Test
  void a_long_uri_is_414_and_said_to_be_too_long_not_malformed() throws Exception {
    // session 11 QA: a query of some thousand Arabic words (percent-encoded: 6 bytes a letter) was
    // answered "the request is malformed and was refused before routing"
    try (ServerHarness h = new ServerHarness(data)) {
      String q = java.net.URLEncoder.encode("لافروف ".repeat(300), java.nio.charset.StandardCharsets.UTF_8);
      HttpResponse<String> r = h.get("/api/search?q=" + q);
      assertThat(r.statusCode()).isEqualTo(414);
      String detail = ServerHarness.json(r).get("detail").asText();
      assertThat(detail).contains("too long").doesNotContain("malformed").doesNotContain("null");
    }
  }

  @Test
  void a_body_over_the_limit_is_413() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      String big = "مرصد ".repeat(20_000); // ~200 KB of UTF-8, the harness allows 64 KB
      HttpResponse<String> r = h.send("POST", "/api/analyze", "text/plain; charset=utf-8", big, null);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(ServerHarness.json(r).get("status").asInt()).isEqualTo(413);
      assertThat(ServerHarness.json(r).get("type").asText()).isEqualTo("urn:marsad:problem:content-too-large");
    }
  }

  @Test
  void wrong_content_type_is_415_and_broken_json_is_400() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> r = h.send("POST", "/api/analyze", "application/pdf", "%PDF", null);
      assertThat(r.statusCode()).isEqualTo(415);

      HttpResponse<String> broken = h.send("POST", "/api/analyze", "application/json", "{\"text\": \"بلا نهاية", null);
      assertThat(broken.statusCode()).isEqualTo(400);
      assertThat(ServerHarness.json(broken).get("type").asText()).isEqualTo("urn:marsad:problem:bad-json");

      HttpResponse<String> both = h.send("POST", "/api/analyze", "application/json", "{\"text\":\"نص\",\"html\":\"<p>نص</p>\"}", null);
      assertThat(both.statusCode()).isEqualTo(400);
      assertThat(ServerHarness.json(both).get("detail").asText()).isEqualTo("give exactly one of 'text' or 'html'");

      HttpResponse<String> unknownField = h.send("POST", "/api/analyze", "application/json", "{\"txt\":\"نص\"}", null);
      assertThat(unknownField.statusCode()).isEqualTo(400);
    }
  }

  @Test
  void an_unexpected_failure_is_a_500_that_does_not_leak_internals() throws Exception {
    try (ServerHarness h = new ServerHarness(data, b -> b.analyze(doc -> {
      throw new IllegalStateException("secret internal state /home/marsad/index");
    }), 64 * 1024)) {
      HttpResponse<String> r = h.send("POST", "/api/analyze", "text/plain", "نص قصير", null);
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).doesNotContain("secret").doesNotContain("/home/marsad");
      assertThat(ServerHarness.json(r).get("type").asText()).isEqualTo("urn:marsad:problem:internal");
    }
  }

  @Test
  void bad_entity_type_is_400() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> r = h.get("/api/entities?type=PERSON");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(ServerHarness.json(r).get("detail").asText()).isEqualTo("type must be one of PERS, ORG, LOC, MISC, got 'PERSON'");
    }
  }

  @Test
  void analyze_reads_text_html_and_json_bodies() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> text = h.send("POST", "/api/analyze?source=sana", "text/plain; charset=utf-8", TestArticles.MOSCOW_TEXT, null);
      assertThat(text.statusCode()).isEqualTo(200);
      assertThat(ServerHarness.json(text).get("source").asText()).isEqualTo("sana");

      HttpResponse<String> html = h.send("POST", "/api/analyze", "text/html", "<html><body><p>افتتاح معرض الكتاب</p></body></html>", null);
      assertThat(ServerHarness.json(html).get("text").asText()).isEqualTo("افتتاح معرض الكتاب");

      HttpResponse<String> json = h.send("POST", "/api/analyze", "application/json", "{\"text\":\"خبر عاجل\",\"title\":\"عنوان\"}", null);
      assertThat(ServerHarness.json(json).get("title").asText()).isEqualTo("عنوان");
      assertThat(h.store.count()).isZero(); // analysing stores nothing
    }
  }

  @Test
  void a_size_just_under_a_unit_is_written_in_that_unit() {
    assertThat(ProblemMapper.binarySize(1_048_575)).as("not 1024.0 KiB").isEqualTo("1 MiB");
    assertThat(ProblemMapper.binarySize(4096)).isEqualTo("4 KiB");
    assertThat(ProblemMapper.binarySize(1536 * 1024)).isEqualTo("1.5 MiB");
  }
}

package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestTokenGuard {
  @TempDir Path data;
  ServerHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new ServerHarness(data);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void ingest_without_a_token_is_401_with_a_bearer_challenge_and_stores_nothing() throws Exception {
    HttpResponse<String> r = h.send("POST", "/api/ingest", "text/plain", TestArticles.MOSCOW_TEXT, null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"marsad\"");
    assertThat(ServerHarness.json(r).get("type").asText()).isEqualTo("urn:marsad:problem:unauthorized");
    assertThat(h.store.count()).isZero();
  }

  @Test
  void ingest_with_a_wrong_token_is_401() throws Exception {
    HttpResponse<String> r = h.send("POST", "/api/ingest", "text/plain", TestArticles.MOSCOW_TEXT, "test-token-0123456789abcdeX");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(ServerHarness.json(r).get("detail").asText()).isEqualTo("the access token is wrong");
    assertThat(h.store.count()).isZero();
  }

  @Test
  void ingest_with_the_token_is_201_then_200_for_the_same_content() throws Exception {
    HttpResponse<String> first = h.send("POST", "/api/ingest", "text/plain", TestArticles.MOSCOW_TEXT, ServerHarness.TOKEN);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(ServerHarness.json(first).get("created").asBoolean()).isTrue();
    HttpResponse<String> again = h.send("POST", "/api/ingest", "text/plain", TestArticles.MOSCOW_TEXT, ServerHarness.TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(h.store.count()).isEqualTo(1);
  }

  @Test
  void alerts_need_the_token_even_to_read() throws Exception {
    assertThat(h.get("/api/alerts").statusCode()).isEqualTo(401);
    assertThat(h.get("/api/alerts", "Authorization", "Bearer " + ServerHarness.TOKEN).statusCode()).isEqualTo(200);
    assertThat(h.send("DELETE", "/api/alerts/abc", null, null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void reads_and_analyze_need_no_token() throws Exception {
    assertThat(h.get("/api/search?q=x").statusCode()).isEqualTo(200);
    assertThat(h.get("/api/status").statusCode()).isEqualTo(200);
    assertThat(h.send("POST", "/api/analyze", "text/plain", "خبر", null).statusCode()).isEqualTo(200);
  }

  @Test
  void every_write_route_and_every_alert_or_event_route_requires_the_token() {
    int checked = 0;
    for (var parsed : h.server.app().unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
      io.javalin.router.Endpoint e = parsed.getEndpoint();
      if (!e.getMethod().isHttpMethod()) continue;
      boolean write = e.getMethod() != io.javalin.http.HandlerType.GET && e.getMethod() != io.javalin.http.HandlerType.HEAD;
      boolean secret = e.getPath().startsWith("/api/alerts") || e.getPath().equals("/api/events");
      boolean exempt = e.getPath().equals("/api/analyze"); // analyses without storing
      assertThat(e.getRoles().contains(Access.TOKEN)).as(e.getMethod() + " " + e.getPath()).isEqualTo((write || secret) && !exempt);
      checked++;
    }
    assertThat(checked).isGreaterThan(15);
  }

  @Test
  void other_spellings_of_a_protected_path_do_not_get_past_the_guard() throws Exception {
    for (String path : List.of("/api/events/", "/api/alerts/", "/api//alerts", "/api/%61lerts", "/api/alerts/hits/", "/API/alerts")) {
      assertThat(h.get(path).statusCode()).as(path).isIn(401, 404);
    }
  }

  @Test
  void alert_crud_round_trip() throws Exception {
    String t = ServerHarness.TOKEN;
    HttpResponse<String> created = h.send("POST", "/api/alerts", "application/json",
        "{\"name\":\"لافروف\",\"query\":\"لافروف source:sana\"}", t);
    assertThat(created.statusCode()).isEqualTo(201);
    String id = ServerHarness.json(created).get("id").asText();
    assertThat(ServerHarness.json(created).get("enabled").asBoolean()).isTrue();

    HttpResponse<String> bad = h.send("POST", "/api/alerts", "application/json", "{\"name\":\"x\",\"query\":\"\\\"لافروف\"}", t);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ServerHarness.json(bad).get("detail").asText()).isEqualTo("query: unbalanced quote: \"لافروف has no closing \"");

    HttpResponse<String> replaced = h.send("PUT", "/api/alerts/" + id, "application/json",
        "{\"name\":\"لافروف\",\"query\":\"لافروف\",\"enabled\":false}", t);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(ServerHarness.json(replaced).get("enabled").asBoolean()).isFalse();
    assertThat(ServerHarness.json(h.get("/api/alerts/" + id, "Authorization", "Bearer " + t)).get("query").asText()).isEqualTo("لافروف");

    assertThat(h.send("DELETE", "/api/alerts/" + id, null, null, t).statusCode()).isEqualTo(204);
    assertThat(h.send("DELETE", "/api/alerts/" + id, null, null, t).statusCode()).isEqualTo(404);
  }
}

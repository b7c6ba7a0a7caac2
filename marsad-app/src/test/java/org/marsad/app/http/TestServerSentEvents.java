package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.alert.HitLog;

class TestServerSentEvents {
  @TempDir Path data;

  @Test
  void an_ingested_article_matching_an_alert_reaches_a_live_client_and_the_hit_log() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      String t = ServerHarness.TOKEN;
      String alertId = ServerHarness.json(h.send("POST", "/api/alerts", "application/json",
          "{\"name\":\"داعش\",\"query\":\"داعش -الرياض\"}", t)).get("id").asText();

      HttpRequest sse = HttpRequest.newBuilder(h.uri("/api/events?token=" + t)).header("Accept", "text/event-stream").GET().build();
      HttpResponse<Stream<String>> stream = h.client.send(sse, HttpResponse.BodyHandlers.ofLines());
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/event-stream"));
      Iterator<String> lines = stream.body().iterator();
      assertThat(nextEvent(lines)).startsWith("ready");

      // not matching (excluded word), then matching: the first alert-hit must be the second article
      String riyadh = "الرياض-واس\n\nحذر مسؤولون من خلايا داعش في الرياض.";
      JsonNode first = ServerHarness.json(h.send("POST", "/api/ingest", "text/plain", riyadh, t));
      assertThat(first.get("alertHits")).isEmpty();
      JsonNode second = ServerHarness.json(h.send("POST", "/api/ingest", "text/plain", TestArticles.MOSCOW_TEXT, t));
      assertThat(second.get("alertHits")).hasSize(1);

      String event = CompletableFuture.supplyAsync(() -> nextEvent(lines)).get(10, TimeUnit.SECONDS);
      assertThat(event).startsWith("alert-hit\n");
      JsonNode hit = ServerHarness.JSON.readTree(event.substring(event.indexOf('\n') + 1));
      assertThat(hit.get("alertId").asText()).isEqualTo(alertId);
      assertThat(hit.get("articleId").asText()).isEqualTo(second.get("article").get("id").asText());

      assertThat(Files.readAllLines(data.resolve(HitLog.FILE_NAME))).hasSize(1)
          .first().asString().contains("\"alertId\":\"" + alertId + "\"");
      JsonNode hits = ServerHarness.json(h.get("/api/alerts/hits?alert=" + alertId, "Authorization", "Bearer " + t));
      assertThat(hits).hasSize(1);
      stream.body().close();
    }
  }

  @Test
  void the_event_stream_needs_the_token() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      assertThat(h.get("/api/events").statusCode()).isEqualTo(401);
      assertThat(h.get("/api/events?token=wrong-token-wrong-token").statusCode()).isEqualTo(401);
    }
  }

  @Test
  void without_the_event_stream_accept_header_the_answer_is_a_406_that_says_which_header() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> plain = h.get("/api/events?token=" + ServerHarness.TOKEN); // what curl sends: Accept: */*
      assertThat(plain.statusCode()).isEqualTo(406);
      assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
      JsonNode problem = ServerHarness.JSON.readTree(plain.body());
      assertThat(problem.get("status").asInt()).isEqualTo(406);
      assertThat(problem.get("detail").asText()).contains("Accept: text/event-stream");
      assertThat(h.get("/api/events", "Accept", "text/event-stream").statusCode()).as("the token is checked first").isEqualTo(401);
    }
  }

  /** Reads one event as "NAME\nDATA", skipping comments. */
  private static String nextEvent(Iterator<String> lines) {
    String name = null;
    StringBuilder data = new StringBuilder();
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.startsWith(":")) continue;
      if (line.startsWith("event:")) name = line.substring(6).strip();
      else if (line.startsWith("data:")) data.append(line.substring(5).strip());
      else if (line.isEmpty() && name != null) return name + "\n" + data;
    }
    throw new IllegalStateException("the event stream ended");
  }
}

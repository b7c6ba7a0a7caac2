package org.marsad.app.cli;

import static org.marsad.app.cli.ShortWires.HEALTH;
import static org.marsad.app.cli.ShortWires.LAVROV;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.alert.Alert;
import org.marsad.app.alert.AlertDraft;
import org.marsad.app.alert.AlertRepository;
import org.marsad.app.alert.HitLog;
import org.marsad.app.alert.QueryMatcher;
import org.marsad.nlp.article.ArticleJson;

/**
 * {@code marsad ingest} fires the saved alerts on the articles it stores, like run/watch: hits
 * go to the hit log and to the alert's webhook (delivered before the command exits), and
 * articles already stored (a re-run) fire nothing.
 */
class TestIngestAlerts {
  @TempDir Path data;
  @TempDir Path inputs;

  private static final String LAVROV_2 = "موسكو-سانا\n\nأكد لافروف في مؤتمر صحفي أن بلاده ستواصل دعم الحل السياسي للأزمة "
      + "وأن المحادثات في جنيف يجب أن تستأنف دون شروط مسبقة.";

  @Test
  void saved_alerts_fire_on_newly_ingested_articles_and_not_on_a_rerun() throws Exception {
    List<JsonNode> posted = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext("/hook", ex -> {
      posted.add(ArticleJson.mapper().readTree(ex.getRequestBody().readAllBytes()));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    hook.start();
    try {
      AlertRepository repo = new AlertRepository(data, new QueryMatcher(), Clock.systemUTC());
      Alert lavrov = repo.create(new AlertDraft("لافروف", "لافروف city:موسكو",
          "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook", true));
      repo.create(new AlertDraft("صحة", "مستشفيات", null, false)); // disabled: never fires
      repo.create(new AlertDraft("نفط", "أوبك", null, true)); // matches nothing
      Files.writeString(inputs.resolve("articles.jsonl"), line(LAVROV, "sana") + line(LAVROV_2, "sana") + line(HEALTH, "was"),
          StandardCharsets.UTF_8);

      CliRun first = CliRun.withData(data, "ingest", "--json", "--commit-every", "1", inputs.toString());
      assertThat(first.exit()).as(first.err()).isZero();
      JsonNode summary = ArticleJson.mapper().readTree(first.out());
      assertThat(summary.get("ingested").asInt()).isEqualTo(3);
      assertThat(summary.get("alertHits").asInt()).isEqualTo(2);

      List<String> logged = Files.readAllLines(data.resolve(HitLog.FILE_NAME), StandardCharsets.UTF_8);
      assertThat(logged).hasSize(2).allSatisfy(l -> assertThat(l).contains(lavrov.id()));
      // delivered before ingest returned (the command waits for webhooks in flight)
      assertThat(posted).hasSize(2).allSatisfy(p -> {
        assertThat(p.get("event").asText()).isEqualTo("alert-hit");
        assertThat(p.get("alertId").asText()).isEqualTo(lavrov.id());
        assertThat(p.get("source").asText()).isEqualTo("sana");
      });
      assertThat(posted.stream().map(p -> p.get("articleId").asText()).distinct()).hasSize(2);

      CliRun again = CliRun.withData(data, "ingest", "--json", inputs.toString());
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(ArticleJson.mapper().readTree(again.out()).get("alertHits").asInt()).isZero();
      assertThat(Files.readAllLines(data.resolve(HitLog.FILE_NAME), StandardCharsets.UTF_8)).hasSize(2);
      assertThat(posted).hasSize(2);
    } finally {
      hook.stop(0);
    }
  }

  @Test
  void the_text_summary_names_the_hit_log_only_when_there_were_hits() throws Exception {
    new AlertRepository(data, new QueryMatcher(), Clock.systemUTC()).create(new AlertDraft("لافروف", "لافروف", null, true));
    Files.writeString(inputs.resolve("a.jsonl"), line(HEALTH, "was"), StandardCharsets.UTF_8);
    CliRun none = CliRun.withData(data, "ingest", inputs.toString());
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).doesNotContain("alert hit");

    Files.writeString(inputs.resolve("b.jsonl"), line(LAVROV, "sana"), StandardCharsets.UTF_8);
    CliRun one = CliRun.withData(data, "ingest", inputs.toString());
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(one.out()).contains("1 alert hit, logged in " + data.resolve(HitLog.FILE_NAME));
  }

  private static String line(String text, String source) {
    return ArticleJson.mapper().createObjectNode().put("text", text).put("source", source).put("published", "2016-04-12") + "\n";
  }
}

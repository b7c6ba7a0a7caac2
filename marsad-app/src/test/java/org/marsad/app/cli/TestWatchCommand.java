package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.feed.WatcherOptions;
import picocli.CommandLine;

class TestWatchCommand {
  private static final String PAGE = """
      <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الرياض تستضيف مؤتمر الطاقة</title></head><body>
      <nav><a href="/">الرئيسية</a> <a href="/economy">اقتصاد</a></nav>
      <article><h1>الرياض تستضيف مؤتمر الطاقة</h1>
      <p>الرياض 12 شوال 1437 هـ الموافق 17 يوليو 2016 م واس</p>
      <p>افتتح وزير الطاقة والصناعة والثروة المعدنية اليوم في الرياض أعمال مؤتمر الطاقة الدولي بمشاركة وفود من أكثر من ثلاثين دولة ومنظمة إقليمية ودولية.</p>
      <p>وأكد الوزير في كلمته أن المملكة ماضية في تنويع مصادر الطاقة ورفع كفاءة استهلاكها، مشيراً إلى مشروعات الطاقة الشمسية وطاقة الرياح التي أعلنت خلال العام الجاري.</p>
      </article><footer>جميع الحقوق محفوظة</footer></body></html>""";

  private HttpServer site;
  private String base;
  @TempDir Path data;

  @BeforeEach
  void startSite() throws Exception {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String body = switch (path) {
        case "/rss.xml" -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>واس</title>"
            + "<item><title>الرياض تستضيف مؤتمر الطاقة</title><link>" + base + "/news/energy.html</link></item></channel></rss>";
        case "/full.xml" -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
            + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>سانا</title>"
            + "<item><title>لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية</title><link>" + base + "/news/removed.html</link>"
            + "<content:encoded><![CDATA[<p>" + String.join("</p><p>", org.marsad.testkit.SharedData.seedText().strip().lines().toList())
            + "</p>]]></content:encoded></item></channel></rss>";
        case "/news/energy.html" -> PAGE;
        default -> null;
      };
      byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", path.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    site.start();
    base = "http://127.0.0.1:" + site.getAddress().getPort();
    Files.writeString(data.resolve("feeds.json"), """
        {"version": 1, "feeds": [
          {"id": "spa", "name": "واس", "url": "%s/rss.xml"},
          {"id": "gone", "url": "%s/gone.xml"}
        ]}""".formatted(base, base));
  }

  @AfterEach
  void stopSite() {
    site.stop(0);
  }

  private int watch(StringWriter out, String... args) {
    WatchCommand cmd = new WatchCommand();
    cmd.watcherOptions = WatcherOptions.defaults().withMinHostInterval(Duration.ZERO);
    CommandLine cl = new CommandLine(cmd);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setOut(new PrintWriter(out));
    return cl.execute(args);
  }

  @Test
  void once_json_is_one_object_with_the_counts_and_every_feed() throws Exception {
    StringWriter out = new StringWriter();
    assertThat(watch(out, "--data", data.toString(), "--once", "--json")).isZero();
    assertThat(out.toString().strip().lines()).hasSize(1);
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertThat(o.get("polled").asInt()).isEqualTo(2);
    assertThat(o.get("stored").asInt()).isEqualTo(1);
    assertThat(o.get("feeds").get(0).get("state").asText()).isEqualTo("ok");
    assertThat(o.get("feeds").get(0).get("articlesDelivered").asInt()).isEqualTo(1);
    assertThat(o.get("feeds").get(1).get("state").asText()).isEqualTo("failing");
    assertThat(o.get("feeds").get(1).get("lastError").asText()).isEqualTo("HTTP 404");
    assertThat(data.resolve("feed-state.json")).exists();
  }

  @Test
  void an_item_whose_page_is_gone_is_stored_from_its_own_full_text() throws Exception {
    Files.writeString(data.resolve("feeds.json"), """
        {"version": 1, "feeds": [{"id": "sana", "url": "%s/full.xml"}]}""".formatted(base));
    StringWriter out = new StringWriter();
    assertThat(watch(out, "--data", data.toString(), "--once", "--json")).isZero();
    JsonNode o = new ObjectMapper().readTree(out.toString());
    assertThat(o.get("stored").asInt()).as(out.toString()).isEqualTo(1);
    assertThat(o.get("failed").asInt()).isZero();
    CliRun found = CliRun.withData(data, "search", "--json", "لافروف");
    JsonNode hit = new ObjectMapper().readTree(found.out()).get("hits").get(0);
    assertThat(hit.get("url").asText()).isEqualTo(base + "/news/removed.html");
    assertThat(hit.get("title").asText()).isEqualTo("لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية");
    assertThat(hit.get("snippet").asText()).contains("لافروف");
  }

  @Test
  void once_prints_a_table_and_a_second_run_polls_nothing_that_is_not_due() {
    StringWriter first = new StringWriter();
    assertThat(watch(first, "--data", data.toString(), "--once")).isZero();
    assertThat(first.toString().lines().findFirst().orElseThrow()).startsWith("feed ").contains("state", "last error");
    assertThat(first.toString()).containsPattern("spa\\s+ok\\s+")
        .containsPattern("gone\\s+failing\\s+.*HTTP 404")
        .contains("2 feeds polled; since start: 1 new article stored, 0 already stored, 0 failed, 0 alert hits");
    StringWriter second = new StringWriter();
    assertThat(watch(second, "--data", data.toString(), "--once")).isZero();
    assertThat(second.toString()).contains("0 feeds polled");
  }
}

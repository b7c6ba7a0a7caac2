package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.feed.FeedList;
import picocli.CommandLine;

class TestRunCommand {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path data;

  @Test
  void help_lists_the_options() {
    StringWriter out = new StringWriter();
    CommandLine cl = MarsadCli.commandLine();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("run", "--help")).isZero();
    assertThat(out.toString()).contains("--data", "--host", "--port", "--no-feeds", "127.0.0.1:7070", "feeds.json");
  }

  @Test
  void without_network_it_serves_at_once_and_the_status_shows_every_feed_error() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Files.writeString(data.resolve("feeds.json"), """
        {"version": 1, "feeds": [
          {"id": "sana", "name": "سانا", "url": "http://127.0.0.1:%d/?feed=rss2"},
          {"id": "bbc-arabic", "name": "بي بي سي عربي", "url": "http://feeds.marsad-test.invalid/arabic/rss.xml"}
        ]}""".formatted(closedPort));
    RunCommand cmd = new RunCommand();
    new CommandLine(cmd).parseArgs("--data", data.toString(), "--port", "0", "--tick", "1");
    StringWriter out = new StringWriter();
    try (RunningServer running = cmd.start(new PrintWriter(out))) {
      assertThat(out.toString()).contains("marsad: watching 2 feeds of " + data.resolve("feeds.json"), "/status.html");
      int port = running.server().port();
      assertThat(get(port, "/").statusCode()).isEqualTo(200);

      JsonNode feeds = awaitFeedErrors(port, 2);
      assertThat(feeds.get(0).get("name").asText()).isEqualTo("سانا");
      assertThat(feeds.get(0).get("lastError").asText()).startsWith("robots.txt unreachable (connection failed: ");
      assertThat(feeds.get(1).get("lastError").asText())
          .isEqualTo("robots.txt unreachable (connection failed: cannot resolve host feeds.marsad-test.invalid)");
      assertThat(get(port, "/api/search?q=x").statusCode()).as("still serving").isEqualTo(200);
    }
    JsonNode state = JSON.readTree(data.resolve("feed-state.json").toFile());
    assertThat(state.toString()).contains("sana", "bbc-arabic");
  }

  @Test
  void no_feeds_serves_without_writing_a_feed_list() throws Exception {
    RunCommand cmd = new RunCommand();
    new CommandLine(cmd).parseArgs("--data", data.toString(), "--port", "0", "--no-feeds");
    try (RunningServer running = cmd.start(new PrintWriter(new StringWriter()))) {
      JsonNode status = JSON.readTree(get(running.server().port(), "/api/status").body());
      assertThat(status.get("feeds")).isEmpty();
    }
    assertThat(data.resolve(FeedList.FILE_NAME)).doesNotExist();
    assertThat(data.resolve("feed-state.json")).doesNotExist();
  }

  @Test
  void a_broken_feed_list_is_one_line_and_exit_1() throws Exception {
    Files.writeString(data.resolve("feeds.json"), "{\"version\": 1, \"feeds\": [{\"id\": \"a\", \"url\": \"http://x.test/\", \"interval\": 5}]}");
    StringWriter err = new StringWriter();
    CommandLine cl = MarsadCli.commandLine();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("run", "--data", data.toString(), "--port", "0")).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(err.toString().strip()).startsWith("marsad: ").contains("feeds.json", "interval").doesNotContain("\n");
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The status's feed lines once every one of them has an error (the watcher runs in the background). */
  private JsonNode awaitFeedErrors(int port, int feeds) throws Exception {
    JsonNode lines = null;
    for (int i = 0; i < 300; i++) {
      lines = JSON.readTree(get(port, "/api/status").body()).get("feeds");
      boolean all = lines.size() == feeds;
      for (JsonNode f : lines) all &= !f.get("lastError").isNull();
      if (all) return lines;
      Thread.sleep(100);
    }
    throw new AssertionError("feed errors did not show on /api/status within 30 s: " + lines);
  }
}

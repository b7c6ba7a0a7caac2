package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed fetcher's request timeout (WatcherOptions.requestTimeout, docs/limits.md) against a
 * real socket server that misbehaves: one that never answers, one that sends the headers and
 * then stalls in the body. Both must end within the timeout with a one-line reason, and the
 * fetching thread must not be left interrupted.
 */
class TestFetchTimeouts {
  private final List<Socket> held = new ArrayList<>();
  private ServerSocket server;

  @AfterEach
  void stop() throws IOException {
    for (Socket s : held) s.close();
    if (server != null) server.close();
  }

  /** Accepts connections, reads the request head, answers {@code reply} (maybe nothing) and keeps the socket open. */
  private URI stallingServer(String reply) throws IOException {
    server = new ServerSocket(0);
    Thread t = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          synchronized (held) {
            held.add(s);
          }
          InputStream in = s.getInputStream();
          int matched = 0;
          while (matched < 4) { // up to the blank line after the headers
            int b = in.read();
            if (b < 0) break;
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
          }
          OutputStream out = s.getOutputStream();
          out.write(reply.getBytes(StandardCharsets.UTF_8));
          out.flush();
        } catch (IOException e) {
          return;
        }
      }
    }, "stalling-server");
    t.setDaemon(true);
    t.start();
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/rss.xml");
  }

  private static PoliteFetcher fetcher(Duration timeout) {
    WatcherOptions d = WatcherOptions.defaults();
    WatcherOptions options = new WatcherOptions(d.userAgent(), Duration.ZERO, timeout, d.maxBackoff(),
        d.maxBodyBytes(), d.robotsTtl(), d.maxItemsPerPoll());
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    return new PoliteFetcher(client, options, Clock.systemUTC(), new HostRateLimiter(Clock.systemUTC(), x -> {}));
  }

  @Test
  void the_default_request_timeout_is_30_seconds() {
    assertThat(WatcherOptions.defaults().requestTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void a_server_that_never_answers_times_out() throws Exception {
    URI url = stallingServer("");
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher(Duration.ofSeconds(1)).get(url, null, null))
        .isInstanceOf(FetchException.class).hasMessage("timed out after 1 s");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void a_server_that_stalls_in_the_body_times_out_too() throws Exception {
    URI url = stallingServer("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n<rss><channel>");
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher(Duration.ofSeconds(1)).get(url, null, null))
        .isInstanceOf(FetchException.class).hasMessage("timed out after 1 s (reading the response)");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
    assertThat(Thread.interrupted()).as("no interrupt leaks to the caller").isFalse();
  }

  @Test
  void a_complete_answer_within_the_timeout_is_read_and_leaves_no_interrupt() throws Exception {
    String body = "<rss><channel><title>سانا</title></channel></rss>";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    URI url = stallingServer("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
    FetchResult r = fetcher(Duration.ofSeconds(5)).get(url, null, null);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(body);
    Thread.sleep(50);
    assertThat(Thread.interrupted()).isFalse();
  }
}

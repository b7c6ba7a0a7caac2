package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DNS rebinding (session 18 QA): a request naming a host the server does not answer to is refused. */
class TestHostGuard {
  @TempDir Path data;

  /** One raw HTTP/1.1 GET with this Host header (java.net.http will not send a foreign Host); the whole answer. */
  private static String rawGet(int port, String path, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      String head = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String status(String answer) {
    return answer.substring(0, answer.indexOf("\r\n"));
  }

  @Test
  void a_loopback_server_refuses_a_foreign_host_on_the_api_the_pages_and_the_files() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      int port = h.server.port();
      for (String path : List.of("/api/search?q=x", "/api/status", "/", "/search.html", "/js/marsad.js", "/openapi.json")) {
        String answer = rawGet(port, path, "evil.example:" + port);
        assertThat(status(answer)).as(path).isEqualTo("HTTP/1.1 421 Misdirected Request");
        assertThat(answer).as(path).contains("application/problem+json", "urn:marsad:problem:misdirected-request",
            "DNS rebinding", "--allowed-host", "X-Content-Type-Options: nosniff");
      }
      // a name that ends like a loopback name is no loopback name
      assertThat(status(rawGet(port, "/api/status", "localhost.evil.example"))).contains("421");
      assertThat(status(rawGet(port, "/api/status", "127.0.0.1.nip.io:" + port))).contains("421");
    }
  }

  @Test
  void a_loopback_server_answers_its_loopback_names_with_any_port_and_case() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      int port = h.server.port();
      for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost", "localhost.", "[::1]:" + port, "127.0.0.1")) {
        assertThat(status(rawGet(port, "/api/status", host))).as(host).isEqualTo("HTTP/1.1 200 OK");
      }
      assertThat(h.get("/api/status").statusCode()).isEqualTo(200); // java.net.http's own Host
    }
  }

  @Test
  void a_named_host_is_answered_behind_a_reverse_proxy() throws Exception {
    Services services = Services.builder(data, new InMemoryArticleStore()).build();
    try (services; MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 65536, List.of(),
        ServerConfig.DEFAULT_IDLE_TIMEOUT_MILLIS, List.of("News.Example.org")), services).start()) {
      int port = server.port();
      assertThat(status(rawGet(port, "/api/status", "news.example.org"))).isEqualTo("HTTP/1.1 200 OK");
      assertThat(status(rawGet(port, "/api/status", "news.example.org:443"))).isEqualTo("HTTP/1.1 200 OK");
      assertThat(status(rawGet(port, "/api/status", "localhost:" + port))).isEqualTo("HTTP/1.1 200 OK");
      assertThat(status(rawGet(port, "/api/status", "evil.example"))).contains("421");
    }
  }

  @Test
  void the_accepted_names_follow_the_bound_address() {
    HostGuard loopback = HostGuard.forBinding("127.0.0.1", List.of());
    assertThat(loopback.accepts("evil.example")).isFalse();
    // an address is no name a rebinding page could choose: 127.0.0.2 (bound by --host), a LAN address
    assertThat(loopback.accepts("127.0.0.2:7070")).isTrue();
    assertThat(loopback.accepts("192.168.1.5:7070")).isTrue();
    assertThat(loopback.accepts("[fe80::1]:7070")).isTrue();
    assertThat(loopback.accepts("1.2.3.4.evil.example")).isFalse();
    assertThat(loopback.accepts("[::1]:7070")).isTrue();
    assertThat(loopback.accepts(null)).isTrue(); // HTTP/1.0 without Host: no name a rebinding page could choose
    // bound to a LAN address: that address and the loopback names
    HostGuard lan = HostGuard.forBinding("192.168.1.5", List.of("desk.local"));
    assertThat(lan.accepts("192.168.1.5:7070")).isTrue();
    assertThat(lan.accepts("desk.local")).isTrue();
    assertThat(lan.accepts("evil.example")).isFalse();
    // exposed on purpose with no names given: no check (the start-up warning says so)
    assertThat(HostGuard.forBinding("0.0.0.0", List.of()).acceptsAny()).isTrue();
    assertThat(HostGuard.forBinding("0.0.0.0", List.of("desk.local")).accepts("evil.example")).isFalse();
    assertThat(HostGuard.forBinding("::1", List.of()).acceptsAny()).isFalse();
    HostGuard v6 = HostGuard.forBinding("fe80::1", List.of("desk.local"));
    assertThat(v6.accepts("[fe80::1]:7070")).isTrue();
    assertThat(v6.accepts("evil.example:7070")).isFalse();
    // bound to all addresses with a name given: the address it prints (0.0.0.0) and the LAN one answer
    assertThat(HostGuard.forBinding("0.0.0.0", List.of("desk.local")).accepts("0.0.0.0:7070")).isTrue();
  }
}

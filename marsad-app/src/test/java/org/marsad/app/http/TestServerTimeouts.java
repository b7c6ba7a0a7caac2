package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's idle timeout (ServerConfig.idleTimeoutMillis, docs/limits.md) on real sockets. */
class TestServerTimeouts {
  @TempDir Path data;

  @Test
  void the_default_idle_timeout_is_30_seconds() {
    assertThat(ServerConfig.local("0123456789abcdef").idleTimeoutMillis()).isEqualTo(30_000);
  }

  @Test
  void a_client_that_stalls_in_the_middle_of_its_request_headers_is_disconnected() throws Exception {
    try (ServerHarness h = new ServerHarness(data);
         MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 65536, List.of(), 500),
             h.services).start();
         Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII)); // no blank line
      out.flush();
      assertThat(closedWithin(s, 10_000)).as("closed by the server").isTrue();
    }
  }

  @Test
  void a_client_that_stalls_in_the_middle_of_its_body_gets_an_error_or_is_disconnected() throws Exception {
    try (ServerHarness h = new ServerHarness(data);
         MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 65536, List.of(), 500),
             h.services).start();
         Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
          + "دمشق").getBytes(StandardCharsets.UTF_8)); // 1000 bytes announced, a few sent
      out.flush();
      long start = System.nanoTime();
      assertThat(closedWithin(s, 10_000)).as("answered and closed by the server").isTrue();
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
  }

  /** Reads until the server closes the connection; false when it is still open after {@code millis}. */
  private static boolean closedWithin(Socket s, int millis) throws Exception {
    s.setSoTimeout(millis);
    InputStream in = s.getInputStream();
    try {
      while (in.read() != -1) {
        // an error answer may come first; the close is what counts
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (java.net.SocketException e) {
      return true; // reset by the server
    }
  }
}

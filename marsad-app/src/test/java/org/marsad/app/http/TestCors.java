package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.service.NotWired;

class TestCors {
  @TempDir Path data;

  private static HttpResponse<String> getWithOrigin(int port, String origin) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/status"))
        .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void no_cors_headers_unless_an_origin_is_configured() throws Exception {
    try (Services s = Services.builder(data, NotWired.store()).build();
         MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 65536, List.of()), s).start()) {
      assertThat(getWithOrigin(server.port(), "https://evil.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void a_configured_origin_is_allowed_and_others_are_not() throws Exception {
    try (Services s = Services.builder(data, NotWired.store()).build();
         MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 65536,
             List.of("https://newsroom.example")), s).start()) {
      assertThat(getWithOrigin(server.port(), "https://newsroom.example").headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://newsroom.example");
      assertThat(getWithOrigin(server.port(), "https://evil.example").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }
}

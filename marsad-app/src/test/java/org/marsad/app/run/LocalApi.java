package org.marsad.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** TEST ONLY: a java.net.http client for a Marsad server on 127.0.0.1, and writing a feeds.json. */
final class LocalApi {
  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;
  private final String token;

  LocalApi(int port, String token) {
    this.port = port;
    this.token = token;
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    return JSON.readTree(r.body());
  }

  HttpResponse<String> postJson(String path, Object body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Writes DATA/feeds.json with these feeds (id → URL), polled every 10 minutes. */
  static void writeFeeds(Path data, Map<String, String> feeds) throws Exception {
    List<Map<String, Object>> list = feeds.entrySet().stream()
        .map(e -> Map.<String, Object>of("id", e.getKey(), "source", e.getKey(), "url", e.getValue(), "pollMinutes", 10))
        .collect(Collectors.toList());
    Files.createDirectories(data);
    Files.writeString(data.resolve("feeds.json"), JSON.writeValueAsString(Map.of("version", 1, "feeds", list)));
  }
}

package org.marsad.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.marsad.app.http.service.IngestService;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/**
 * TEST ONLY: a real MarsadServer on 127.0.0.1 and a random port over an in-memory store, with a
 * java.net.http client. The fake analyser makes the title the first line and keeps the body as
 * the text, which is all the HTTP layer needs to be tested against.
 */
final class ServerHarness implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();

  final InMemoryArticleStore store = new InMemoryArticleStore();
  final Services services;
  final MarsadServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ServerHarness(Path dataDir) throws IOException {
    this(dataDir, b -> b, 64 * 1024);
  }

  ServerHarness(Path dataDir, UnaryOperator<Services.Builder> customise, long maxBody) throws IOException {
    Services.Builder b = Services.builder(dataDir, store)
        .analyze(ServerHarness::fakeAnalyze)
        .ingest(doc -> {
          Article a = fakeAnalyze(doc);
          boolean created = !store.contains(a.id());
          store.add(a);
          return new IngestService.Ingested(a, created);
        });
    services = customise.apply(b).build();
    server = new MarsadServer(new ServerConfig("127.0.0.1", 0, TOKEN, maxBody, List.of()), services).start();
  }

  static Article fakeAnalyze(RawDocument doc) {
    String body = doc.html() ? org.jsoup.Jsoup.parse(doc.body()).text() : doc.body();
    String title = doc.title() != null ? doc.title() : body.strip().lines().findFirst().orElse("");
    return TestArticles.article(title, doc.source(), null, doc.published(), body, List.of(), List.of());
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (headers.length > 0) r.headers(headers);
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String contentType, String body, String token) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri(path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) r.header("Content-Type", contentType);
    if (token != null) r.header("Authorization", "Bearer " + token);
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  @Override
  public void close() {
    server.close();
    services.close();
  }
}

package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import picocli.CommandLine;

/**
 * What a client script reads in the served {@code /openapi.json} holds on the real server
 * ({@code marsad serve} wiring): answers that every path gives, which TestApiBadInput's per-operation
 * requests cannot reach (a foreign {@code Host}), and the documented ranges of integer parameters.
 * Session 19 QA: the 421 of the Host check (session 18) was in no operation, and {@code page}
 * documented no maximum while 10,001 was a 400.
 */
class TestOpenApiContract {
  @TempDir Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  private record Operation(String method, String path, JsonNode spec) {}

  @Test
  void every_operation_documents_the_421_of_the_host_check_and_answers_it_to_a_foreign_host() throws Exception {
    try (RunningServer server = start()) {
      int port = server.server().port();
      JsonNode doc = openApi(port);
      List<String> wrong = new ArrayList<>();
      for (Operation op : operations(doc)) {
        String path = op.path().replace("{id}", "x");
        String answer = raw(port, op.method().toUpperCase(Locale.ROOT), path, "evil.example:" + port);
        String status = answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4);
        if (!status.equals("421") || !answer.contains("application/problem+json") || !answer.contains("misdirected-request")) {
          wrong.add(op.method() + " " + path + " answered " + status + " to a foreign Host");
        }
        JsonNode documented = op.spec().get("responses").get("421");
        if (documented == null) {
          wrong.add(op.method() + " " + op.path() + " does not document 421");
        } else if (!resolve(doc, documented).get("content").has("application/problem+json")) {
          wrong.add(op.method() + " " + op.path() + ": its 421 is not a problem+json answer");
        }
      }
      assertThat(wrong).isEmpty();
    }
  }

  /**
   * Each integer query parameter's {@code minimum}/{@code maximum} is the range the server takes:
   * the bounds are answered, one past either is a 400 naming the parameter, and a parameter that
   * documents no maximum takes 1,000,000.
   */
  @Test
  void the_documented_range_of_every_integer_parameter_is_the_range_the_server_takes() throws Exception {
    try (RunningServer server = start()) {
      int port = server.server().port();
      String token = Files.readString(data.resolve("token")).strip();
      JsonNode doc = openApi(port);
      List<String> wrong = new ArrayList<>();
      int checked = 0;
      for (Operation op : operations(doc)) {
        if (!op.method().equals("get") || op.path().contains("{")) continue;
        for (JsonNode p : op.spec().path("parameters")) {
          JsonNode schema = p.get("schema");
          if (!p.get("in").asText().equals("query") || !schema.path("type").asText().equals("integer")) continue;
          String name = p.get("name").asText();
          List<long[]> cases = new ArrayList<>(); // {value, 1 when it must be taken, 0 when it must be a 400}
          if (schema.has("minimum")) {
            cases.add(new long[] {schema.get("minimum").asLong(), 1});
            cases.add(new long[] {schema.get("minimum").asLong() - 1, 0});
          }
          if (schema.has("maximum")) {
            cases.add(new long[] {schema.get("maximum").asLong(), 1});
            cases.add(new long[] {schema.get("maximum").asLong() + 1, 0});
          } else {
            cases.add(new long[] {1_000_000, 1});
          }
          for (long[] c : cases) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + op.path() + "?" + name + "=" + c[0]))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            boolean taken = r.statusCode() == 200;
            boolean refused = r.statusCode() == 400 && ArticleJson.mapper().readTree(r.body()).path("detail").asText().contains(name);
            if (c[1] == 1 ? !taken : !refused) {
              wrong.add("GET " + op.path() + "?" + name + "=" + c[0] + " → " + r.statusCode() + " (documented "
                  + schema.path("minimum").asText("-") + ".." + schema.path("maximum").asText("none") + ")");
            }
            checked++;
          }
        }
      }
      assertThat(checked).as("integer parameters checked").isGreaterThan(20);
      assertThat(wrong).isEmpty();
    }
  }

  /**
   * A 405 names the methods the resource takes in {@code Allow} (RFC 9110 §15.5.6), on every path of
   * the document, the UI pages and the static files: each method a path does not document (OPTIONS
   * included: no route answers it without CORS) is a 405 whose {@code Allow} is the documented ones,
   * with HEAD for GET, and each listed method is answered with something other than 405. Session 19
   * QA: no 405 carried the header; a script or style answered 404 to POST.
   */
  @Test
  void every_405_says_in_allow_the_methods_the_path_takes() throws Exception {
    try (RunningServer server = start()) {
      int port = server.server().port();
      JsonNode doc = openApi(port);
      // a path's methods: those of every documented path it matches (/api/alerts/hits is also /api/alerts/{id})
      java.util.Map<String, java.util.TreeSet<String>> documented = new java.util.TreeMap<>();
      for (Operation op : operations(doc)) documented.put(op.path().replace("{id}", "x"), new java.util.TreeSet<>());
      for (Operation op : operations(doc)) {
        String template = op.path().replace("{id}", "[^/]+");
        documented.forEach((path, methods) -> {
          if (path.matches(template)) methods.add(op.method().toUpperCase(Locale.ROOT));
        });
      }
      for (String page : List.of("/", "/index.html", "/quotes.html", "/status.html", "/js/search.js", "/css/marsad.css")) {
        documented.put(page, new java.util.TreeSet<>(List.of("GET")));
      }
      List<String> wrong = new ArrayList<>();
      int refused = 0;
      for (var e : documented.entrySet()) {
        java.util.TreeSet<String> allowed = new java.util.TreeSet<>(e.getValue());
        if (allowed.contains("GET")) allowed.add("HEAD");
        String expected = String.join(", ", allowed);
        for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
          String answer = raw(port, method, e.getKey(), "127.0.0.1:" + port);
          String status = answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4);
          if (allowed.contains(method)) {
            if (status.equals("405")) wrong.add(method + " " + e.getKey() + " is refused, but Allow lists it");
            continue;
          }
          refused++;
          String allow = header(answer, "Allow");
          if (!status.equals("405") || !expected.equals(allow)) {
            wrong.add(method + " " + e.getKey() + " → " + status + " Allow: " + allow + " (expected 405 Allow: " + expected + ")");
          }
        }
      }
      assertThat(refused).as("methods refused").isGreaterThan(50);
      assertThat(wrong).isEmpty();
    }
  }

  /**
   * With {@code --cors-origin} every path answers OPTIONS (the preflight), so OPTIONS is in the
   * {@code Allow} of a 405 and an OPTIONS answer carries the same list and no problem body
   * (session-20 review F5: {@code OPTIONS} → 200 {@code application/problem+json}, {@code Allow: GET, HEAD}).
   */
  @Test
  void with_cors_options_is_answered_and_listed_in_allow() throws Exception {
    try (RunningServer server = start("--cors-origin", "http://example.org")) {
      int port = server.server().port();
      String host = "127.0.0.1:" + port;
      String post = raw(port, "POST", "/api/search", host);
      assertThat(post).startsWith("HTTP/1.1 405");
      assertThat(header(post, "Allow")).isEqualTo("GET, HEAD, OPTIONS");
      for (String path : List.of("/api/search", "/js/search.js")) {
        String options = raw(port, "OPTIONS", path, host);
        assertThat(options).as(path).startsWith("HTTP/1.1 200");
        assertThat(header(options, "Allow")).as(path).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(String.valueOf(header(options, "Content-Type"))).as(path).doesNotContain("problem");
      }
      String preflight = rawWith(port, "OPTIONS", "/api/search", host,
          "Origin: http://example.org\r\nAccess-Control-Request-Method: GET\r\n");
      assertThat(preflight).startsWith("HTTP/1.1 200");
      assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("http://example.org");
      assertThat(header(preflight, "Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }
    try (RunningServer server = start()) { // without CORS OPTIONS stays a 405 and is not listed
      int port = server.server().port();
      String options = raw(port, "OPTIONS", "/api/search", "127.0.0.1:" + port);
      assertThat(options).startsWith("HTTP/1.1 405");
      assertThat(header(options, "Allow")).isEqualTo("GET, HEAD");
    }
  }

  /**
   * A body above {@code --max-body} is a 413 whose detail states the limit in bytes and the option
   * that changes it, on every operation that takes a body, with or without {@code Content-Length}
   * (chunked), and each of them documents it so in {@code /openapi.json} (session 19 QA: the detail was
   * Javalin's bare "Content Too Large"; session 20: a chunked body was read whole, past the limit).
   */
  @Test
  void a_body_above_the_limit_is_a_413_that_states_the_limit_and_the_option_and_every_body_operation_documents_it() throws Exception {
    try (RunningServer server = start("--max-body", "4096")) {
      int port = server.server().port();
      String token = Files.readString(data.resolve("token")).strip();
      JsonNode doc = openApi(port);
      List<String> wrong = new ArrayList<>();
      int checked = 0;
      for (Operation op : operations(doc)) {
        if (!op.spec().has("requestBody")) continue;
        checked++;
        JsonNode documented = op.spec().get("responses").get("413");
        if (documented == null || !resolve(doc, documented).path("description").asText().contains("--max-body")) {
          wrong.add(op.method() + " " + op.path() + " does not document its 413 with --max-body");
        }
        String body = "{\"text\": \"" + "مرصد ".repeat(1000) + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + op.path().replace("{id}", "x")))
            .method(op.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
        String detail = r.statusCode() == 413 ? ArticleJson.mapper().readTree(r.body()).path("detail").asText() : "";
        if (!detail.contains("4,096 bytes") || !detail.contains("--max-body")) {
          wrong.add(op.method() + " " + op.path() + " → " + r.statusCode() + " " + r.body());
        }
        // the same body chunked, without Content-Length (session 20: read whole, past the limit)
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + op.path().replace("{id}", "x")))
            .method(op.method().toUpperCase(Locale.ROOT), HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
        if (chunked.statusCode() != 413 || !chunked.body().contains("--max-body")) {
          wrong.add(op.method() + " " + op.path() + " chunked → " + chunked.statusCode() + " " + chunked.body().substring(0, Math.min(200, chunked.body().length())));
        }
      }
      assertThat(checked).as("operations with a body").isGreaterThanOrEqualTo(4);
      assertThat(wrong).isEmpty();
    }
  }

  private RunningServer start(String... options) throws Exception {
    ServeCommand cmd = new ServeCommand();
    List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--port", "0"));
    args.addAll(List.of(options));
    new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
    return cmd.start(new PrintWriter(new StringWriter()));
  }

  /** The value of a header in a raw answer, or null. */
  private static String header(String answer, String name) {
    for (String line : answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).strip();
    }
    return null;
  }

  private JsonNode openApi(int port) throws Exception {
    return ArticleJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi.json")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static List<Operation> operations(JsonNode doc) {
    List<Operation> ops = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> ops.add(new Operation(m.getKey(), p.getKey(), m.getValue()))));
    return ops;
  }

  /** A response object, or the one its {@code $ref} names ({@code #/components/responses/X}). */
  private static JsonNode resolve(JsonNode doc, JsonNode response) {
    if (!response.has("$ref")) return response;
    return doc.at(response.get("$ref").asText().substring(1));
  }

  /** One raw HTTP/1.1 request with this Host header (java.net.http will not send a foreign Host); the whole answer. */
  private static String raw(int port, String method, String path, String host) throws Exception {
    return rawWith(port, method, path, host, "");
  }

  /** The same with more header lines (each ending in CRLF). */
  private static String rawWith(int port, String method, String path, String host, String headers) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

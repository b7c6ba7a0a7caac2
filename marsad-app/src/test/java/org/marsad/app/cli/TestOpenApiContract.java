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

  private RunningServer start() throws Exception {
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs("--data", data.toString(), "--port", "0");
    return cmd.start(new PrintWriter(new StringWriter()));
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
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package org.marsad.app.http;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.marsad.app.alert.AlertDraft;
import org.marsad.app.alert.AlertRepository;
import org.marsad.app.alert.QueryMatcher;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.SearchRequest;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.MarsadQueryParser;
import org.marsad.store.query.QueryNode;
import org.marsad.store.query.QuerySyntaxException;
import org.marsad.testkit.fuzz.Documented;
import org.marsad.testkit.fuzz.FuzzText;

/**
 * Fuzz targets for the HTTP API's request parsing, on the same methods the handlers call (no
 * server: {@link QueryParams} and the body parts are handed over directly).
 *
 * <ul>
 *   <li>{@code search}: a query string ({@code q=…&source=…&from=…&page=…}) → {@link SearchParams}
 *       → the store's query. Refusals: {@link ApiException} (400), {@link QuerySyntaxException}
 *       (400). Checked: page size 1–100, offset = (page − 1) × size, no reversed date range, and the
 *       source/city/from/to parameters become exactly those filters (a value can never smuggle in
 *       another clause).
 *   <li>{@code documentBody}: the body of {@code POST /api/analyze} and {@code /api/ingest}; the
 *       first byte picks the Content-Type. Refusals: {@link ApiException} (400/415),
 *       {@link JsonProcessingException} (400). Checked: a document has a non-blank body and is HTML
 *       exactly when the request said so.
 *   <li>{@code alert}: the JSON body of {@code POST/PUT /api/alerts}, parsed and validated as the
 *       repository does. Refusals: {@link ApiException}, {@link JsonProcessingException},
 *       {@link IllegalArgumentException} (all 400).
 * </ul>
 *
 * Anything else would be a 500 and is a finding. Regression inputs:
 * src/test/resources/org/marsad/app/http/ApiRequestFuzzTestInputs/METHOD/.
 */
class ApiRequestFuzzTest {
  private static final Documented SEARCH_REFUSALS = Documented.refusals(ApiException.class, QuerySyntaxException.class);
  private static final Documented BODY_REFUSALS = Documented.refusals(ApiException.class, JsonProcessingException.class);
  private static final Documented ALERT_REFUSALS =
      Documented.refusals(ApiException.class, JsonProcessingException.class, IllegalArgumentException.class);
  private static final String[] CONTENT_TYPES = {
      "application/json", "text/plain", "text/html; charset=utf-8", "application/xhtml+xml", null,
      "APPLICATION/JSON; charset=UTF-8", "application/xml", "multipart/form-data; boundary=x"};

  private static final ObjectMapper JSON = JsonMapping.mapper();
  private static final DocumentBody BODY = new DocumentBody(JSON);
  private static final AlertRepository ALERTS = alerts();

  private static AlertRepository alerts() {
    try {
      // validate() never writes; the directory only has to exist
      return new AlertRepository(Files.createTempDirectory("marsad-fuzz-alerts"), new QueryMatcher(), Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void search(byte[] input) throws Exception {
    QueryParams params = queryString(FuzzText.of(input));
    SearchParams p = SEARCH_REFUSALS.call(() -> SearchParams.from(params));
    if (p == null) return;
    SearchRequest request = p.toRequest();
    if (request.limit() < 1 || request.limit() > Params.MAX_PAGE_SIZE) throw new AssertionError("page size out of range: " + request);
    if (request.offset() != (p.page() - 1) * p.size() || request.offset() < 0) throw new AssertionError("bad offset: " + request);
    if (p.from() != null && p.to() != null && p.from().isAfter(p.to())) throw new AssertionError("reversed dates accepted: " + p);
    MarsadQuery q = SEARCH_REFUSALS.call(() -> MarsadQueryParser.parse(request.query()));
    if (q == null) return;
    // The filters alone must parse back to exactly the filters given.
    SearchParams filtersOnly = new SearchParams(null, p.source(), p.city(), p.story(), p.from(), p.to(), p.sort(), p.page(), p.size(), p.all());
    MarsadQuery f = SEARCH_REFUSALS.call(() -> MarsadQueryParser.parse(filtersOnly.query()));
    if (f == null) return;
    long given = (p.source() == null ? 0 : 1) + (p.city() == null ? 0 : 1) + (p.story() == null ? 0 : 1);
    long fields = f.required().stream().filter(n -> n instanceof QueryNode.FieldTerm).count();
    if (fields != given || !f.excluded().isEmpty() || f.required().size() != given) {
      throw new AssertionError("filter values changed the query: " + filtersOnly.query() + " → " + f);
    }
    if (p.from() != null && !p.from().equals(f.from()) || p.to() != null && !p.to().equals(f.to())) {
      throw new AssertionError("date filters changed: " + filtersOnly.query() + " → " + f);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void documentBody(byte[] input) throws Exception {
    String type = input.length == 0 ? null : CONTENT_TYPES[(input[0] & 0xFF) % CONTENT_TYPES.length];
    String body = input.length == 0 ? "" : FuzzText.of(java.util.Arrays.copyOfRange(input, 1, input.length));
    RawDocument doc = BODY_REFUSALS.call(() -> BODY.read(type, "/api/ingest", body, Map.<String, String>of("title", "عنوان")::get));
    if (doc == null) return;
    if (doc.body() == null || doc.body().isBlank()) throw new AssertionError("blank document accepted: " + doc);
    String t = type == null ? "text/plain" : type.toLowerCase(java.util.Locale.ROOT);
    if (!t.startsWith("application/json") && doc.html() != (t.startsWith("text/html") || t.startsWith("application/xhtml+xml"))) {
      throw new AssertionError("html flag does not follow the Content-Type " + type);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void alert(byte[] input) throws Exception {
    String body = FuzzText.of(input);
    AlertDraft d = ALERT_REFUSALS.call(() -> AlertHandlers.draft(JSON, "application/json", body));
    if (d == null) return;
    ALERT_REFUSALS.call(() -> {
      ALERTS.validate(d);
      return d;
    });
  }

  /** Splits {@code a=1&b=2} as a server would; the first value of a name wins (Javalin's queryParam). */
  static QueryParams queryString(String raw) {
    Map<String, String> first = new HashMap<>();
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      first.putIfAbsent(k, v);
    }
    return first::get;
  }

  /** Percent-decoding; a malformed escape is kept as it is (Jetty answers 400 before any handler runs). */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}

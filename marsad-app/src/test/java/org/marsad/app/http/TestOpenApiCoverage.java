package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document and the registered routes must list the same operations. */
class TestOpenApiCoverage {
  @TempDir Path data;

  @Test
  void every_registered_route_is_documented_and_every_documented_route_exists() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      Set<String> routes = new TreeSet<>();
      for (var parsed : h.server.app().unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
        Endpoint e = parsed.getEndpoint();
        if (e.getMethod().isHttpMethod() && !isUiPage(e.getPath())) routes.add(openApiMethod(e.getMethod()) + " " + e.getPath());
      }
      JsonNode doc = ServerHarness.json(h.get("/openapi.json"));
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      Set<String> documented = new TreeSet<>();
      for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
        String path = paths.next();
        doc.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m + " " + path));
      }
      assertThat(routes).isNotEmpty().contains("get /api/search", "get /api/events", "post /api/ingest");
      assertThat(documented).isEqualTo(routes);

      // the document says which operations need the token, and says it right
      for (var parsed : h.server.app().unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
        Endpoint e = parsed.getEndpoint();
        if (!e.getMethod().isHttpMethod() || isUiPage(e.getPath())) continue;
        JsonNode op = doc.get("paths").get(e.getPath()).get(openApiMethod(e.getMethod()));
        assertThat(op.has("security")).as(e.getMethod() + " " + e.getPath()).isEqualTo(e.getRoles().contains(Access.TOKEN));
      }
    }
  }

  /**
   * 503 is what an operation answers when the service behind it is not wired ({@code NotWired}):
   * with nothing wired, exactly the operations that document 503 answer it.
   */
  @Test
  void the_operations_documenting_503_are_those_that_answer_it_when_their_service_is_not_wired() throws Exception {
    Services services = Services.builder(data, org.marsad.app.http.service.NotWired.store()).build();
    try (MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 64 * 1024, List.of()), services).start()) {
      HttpClient client = HttpClient.newHttpClient();
      JsonNode doc = ServerHarness.JSON.readTree(client.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString()).body());
      List<String> wrong = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        if (path.getKey().equals(TokenGuard.EVENTS_PATH)) continue; // an endless event stream; it needs no service
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          boolean withBody = op.getKey().equals("post") || op.getKey().equals("put");
          String body = path.getKey().startsWith("/api/alerts") ? "{\"name\": \"لافروف\", \"query\": \"لافروف\"}"
              : "موسكو-سانا: بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري الأزمة في سورية.";
          HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path.getKey().replace("{id}", "x")))
              .method(op.getKey().toUpperCase(Locale.ROOT), withBody ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
              .header("Authorization", "Bearer " + ServerHarness.TOKEN);
          if (withBody) r.header("Content-Type", path.getKey().startsWith("/api/alerts") ? "application/json" : "text/plain; charset=utf-8");
          int status = client.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
          boolean documented = op.getValue().get("responses").has("503");
          if ((status == 503) != documented) wrong.add(op.getKey() + " " + path.getKey() + " answered " + status + (documented ? ", documents 503" : ""));
        }
      }
      assertThat(wrong).isEmpty();
    } finally {
      services.close();
    }
  }

  /** The web UI's pages (UiPages) are routes too, but not API. */
  private static boolean isUiPage(String path) {
    return path.equals("/") || path.endsWith(".html");
  }

  /** Javalin registers SSE endpoints as GET routes, which is what they are on the wire. */
  private static String openApiMethod(HandlerType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }

  @Test
  void the_facet_value_and_related_entity_schemas_name_every_field_and_a_missing_id() throws Exception {
    JsonNode schemas;
    try (var in = TestOpenApiCoverage.class.getResourceAsStream("/org/marsad/app/http/openapi.json")) {
      schemas = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("components").get("schemas");
    }
    for (var c : org.marsad.store.FacetValue.class.getRecordComponents()) {
      assertThat(schemas.get("FacetValue").get("properties").has(c.getName())).as("FacetValue." + c.getName()).isTrue();
    }
    for (var c : org.marsad.app.http.service.EntityService.RelatedEntity.class.getRecordComponents()) {
      assertThat(schemas.get("RelatedEntity").get("properties").has(c.getName())).as("RelatedEntity." + c.getName()).isTrue();
    }
    assertThat(schemas.get("RelatedEntity").get("properties").get("id").get("type").toString())
        .as("a name the registry does not know has no id").contains("null");
  }
}

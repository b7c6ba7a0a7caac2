package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.nio.file.Path;
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

  /** The web UI's pages (UiPages) are routes too, but not API. */
  private static boolean isUiPage(String path) {
    return path.equals("/") || path.endsWith(".html");
  }

  /** Javalin registers SSE endpoints as GET routes, which is what they are on the wire. */
  private static String openApiMethod(HandlerType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}

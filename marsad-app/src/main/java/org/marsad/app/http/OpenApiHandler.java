package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the hand-written OpenAPI 3 document (kept complete by TestOpenApiCoverage). */
final class OpenApiHandler implements Handler {
  static final String RESOURCE = "/org/marsad/app/http/openapi.json";
  private final byte[] document;

  OpenApiHandler() {
    try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public void handle(Context ctx) {
    ctx.contentType("application/json").result(document);
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every answer that keep the browser from treating data as code: the UI loads only
 * its own scripts and styles (no inline script, no third-party origin), nothing may frame it,
 * and content types are not sniffed.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** Name → value, in the order they are sent; also on the answers Jetty gives before routing ({@link JettyProblems}). */
  static final Map<String, String> HEADERS = headers();

  private SecurityHeaders() {}

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    return Collections.unmodifiableMap(h);
  }

  static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }
}

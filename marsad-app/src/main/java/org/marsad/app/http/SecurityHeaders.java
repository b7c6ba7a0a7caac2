package org.marsad.app.http;

import io.javalin.http.Context;

/**
 * Headers on every answer that keep the browser from treating data as code: the UI loads only
 * its own scripts and styles (no inline script, no third-party origin), nothing may frame it,
 * and content types are not sniffed.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Runs before every matched route; routes registered with {@link Access#TOKEN} need
 * {@code Authorization: Bearer TOKEN}. Those are all writes except {@code POST /api/analyze}
 * (it stores nothing) and everything under {@code /api/alerts} and {@code /api/events} (alerts
 * may hold webhook secrets). Browsers' EventSource cannot send headers, so {@code /api/events}
 * also accepts {@code ?token=}.
 */
final class TokenGuard implements Handler {
  static final String EVENTS_PATH = "/api/events";
  private final byte[] token;

  TokenGuard(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(Context ctx) {
    if (!ctx.routeRoles().contains(Access.TOKEN)) return;
    String presented = presented(ctx);
    if (presented == null) throw ApiException.unauthorized("this endpoint needs the access token: send 'Authorization: Bearer TOKEN' (the token is in DATA/token)");
    // constant-time comparison so the token cannot be guessed byte by byte from timings
    if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) throw ApiException.unauthorized("the access token is wrong");
  }

  private static String presented(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).strip();
    if (EVENTS_PATH.equals(ctx.endpointHandlerPath())) return ctx.queryParam("token");
    return null;
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request under /api through when it needs no token or presents the right one
 * ({@code Authorization: Bearer TOKEN}). A token is needed for every write (any method but GET,
 * HEAD and OPTIONS) except {@code POST /api/analyze}, which stores nothing, and for everything
 * under {@code /api/alerts} and {@code /api/events} (alerts may hold webhook secrets). Browsers'
 * EventSource cannot send headers, so {@code /api/events} also accepts {@code ?token=}.
 */
final class TokenGuard implements Handler {
  private final byte[] token;

  TokenGuard(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  static boolean needsToken(HandlerType method, String path) {
    if (path.equals("/api/alerts") || path.startsWith("/api/alerts/")) return true;
    if (path.equals("/api/events")) return true;
    boolean read = method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    return !read && !path.equals("/api/analyze");
  }

  @Override
  public void handle(Context ctx) {
    if (!needsToken(ctx.method(), ctx.path())) return;
    String presented = presented(ctx);
    if (presented == null) throw ApiException.unauthorized("this endpoint needs the access token: send 'Authorization: Bearer TOKEN' (the token is in DATA/token)");
    // constant-time comparison so the token cannot be guessed byte by byte from timings
    if (!MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) throw ApiException.unauthorized("the access token is wrong");
  }

  private static String presented(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).strip();
    if (ctx.path().equals("/api/events")) return ctx.queryParam("token");
    return null;
  }
}

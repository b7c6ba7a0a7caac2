package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request's body bytes within {@code --max-body}, whether or not the request declares its length.
 * Javalin refuses a declared {@code Content-Length} above the limit (413) before reading, but reads a
 * chunked body (no length) whole: session 20, an 18 KB chunked body was analysed by a server started
 * with {@code --max-body 4096}. This reads at most one byte past the limit and answers the same 413.
 */
final class RequestBody {
  private RequestBody() {}

  /** The body, or a 413 ({@link ProblemMapper#tooLarge}) when it is longer than {@code maxBytes}. */
  static byte[] bytes(Context ctx, long maxBytes) throws IOException {
    if (ctx.req().getContentLengthLong() >= 0) return ctx.bodyAsBytes(); // declared: Javalin checks it against the limit
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) throw new HttpResponseException(413, "Content Too Large");
      return body;
    }
  }
}

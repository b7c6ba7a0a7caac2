package org.marsad.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import org.marsad.app.http.service.ServiceUnavailableException;
import org.marsad.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP answers: each is written as {@link Problem} JSON. Input
 * errors (ApiException, IllegalArgumentException, unreadable JSON, Javalin's own 4xx) keep their
 * message; a store that does not answer (SolrCloud down) is a 503 {@code backend-unavailable}; anything
 * else is a 500 whose detail says nothing about the internals (it is logged).
 */
final class ProblemMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private ProblemMapper() {}

  /**
   * @param cors whether {@code --cors-origin} is set: then every path answers OPTIONS (the CORS
   *     preflight), so {@code Allow} lists it, and an OPTIONS is answered with that header and no
   *     problem body (session-20 review F5: a 200 with a problem type and an Allow without OPTIONS)
   */
  static void register(Javalin app, long maxBodyBytes, boolean cors) {
    app.exception(ApiException.class, (e, ctx) -> write(ctx, e.problem()));
    app.exception(IllegalArgumentException.class, (e, ctx) ->
        write(ctx, new Problem("urn:marsad:problem:bad-request", "Bad request", 400, e.getMessage())));
    app.exception(JsonProcessingException.class, (e, ctx) ->
        write(ctx, new Problem("urn:marsad:problem:bad-json", "Body is not valid JSON", 400, e.getOriginalMessage())));
    app.exception(ServiceUnavailableException.class, (e, ctx) ->
        write(ctx, new Problem("urn:marsad:problem:unavailable", "Not available", 503, e.getMessage())));
    app.exception(StoreUnavailableException.class, (e, ctx) -> {
      // the cluster is down or unreachable: say so (no stack trace, no internal error), and when to retry
      LOG.warn("{} {}: the store does not answer: {}", ctx.method(), ctx.path(), e.getMessage());
      ctx.header("Retry-After", "30");
      write(ctx, new Problem("urn:marsad:problem:backend-unavailable", "Search backend unavailable", 503,
          "the article store (SolrCloud) does not answer; try again later"));
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 405) {
        methodNotAllowed(ctx, Allow.of(e.getDetails().values()), cors);
      } else if (e.getStatus() == 404 && Allow.isStaticFile(ctx.path())) {
        methodNotAllowed(ctx, Allow.STATIC, cors); // a script or style exists: only its method is wrong
      } else {
        write(ctx, e.getStatus() == 413 ? tooLarge(maxBodyBytes) : fromJavalin(e));
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
      write(ctx, new Problem("urn:marsad:problem:internal", "Internal error", 500,
          "the server failed to answer this request; the cause is in the server log"));
    });
  }

  /** A 405 with the {@code Allow} header RFC 9110 asks for, and a detail that names the methods too. */
  private static void methodNotAllowed(Context ctx, String allowed, boolean cors) {
    if (cors) {
      allowed = Allow.withOptions(allowed);
      if (ctx.method() == io.javalin.http.HandlerType.OPTIONS) { // answered by the CORS plugin: the methods, no problem
        ctx.header("Allow", allowed);
        ctx.status(200);
        ctx.result("");
        return;
      }
    }
    ctx.header("Allow", allowed);
    write(ctx, new Problem("urn:marsad:problem:method-not-allowed", "Method Not Allowed", 405,
        Allow.detail(ctx.method().name(), ctx.path(), allowed)));
  }

  /**
   * A body above {@code --max-body}: the limit in bytes and the option that changes it (session 19 QA:
   * the detail was Javalin's bare "Content Too Large", which left a desk guessing what the limit was).
   */
  static Problem tooLarge(long maxBodyBytes) {
    return new Problem("urn:marsad:problem:content-too-large", "Content Too Large", 413, String.format(Locale.ROOT,
        "the request body is larger than this server takes: at most %,d bytes (%s); start the server with "
            + "--max-body BYTES (marsad serve or run) for a larger limit, or send the articles one at a time",
        maxBodyBytes, binarySize(maxBodyBytes)));
  }

  /** {@code 2 MiB}, {@code 512 KiB}, {@code 1.5 MiB}: the size as --max-body's default is written. */
  static String binarySize(long bytes) {
    // rounded to a tenth before the unit is chosen: 1,048,575 bytes is 1 MiB, not "1024.0 KiB"
    double kib = Math.round(bytes / 102.4) / 10.0;
    if (kib >= 1024) return trim(Math.round(kib / 102.4) / 10.0) + " MiB";
    return trim(kib) + " KiB";
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static Problem fromJavalin(HttpResponseException e) {
    return ofStatus(e.getStatus(), e.getMessage());
  }

  /** The problem of a bare HTTP status (title and type from its reason phrase), with {@code message} as detail when given. */
  static Problem ofStatus(int status, String message) {
    HttpStatus known = HttpStatus.forStatus(status);
    String title = known == HttpStatus.UNKNOWN ? "HTTP " + status : known.getMessage();
    String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    String detail = message == null || message.isBlank() ? title : message;
    return new Problem("urn:marsad:problem:" + slug, title, status, detail);
  }

  static void write(Context ctx, Problem p) {
    ctx.status(p.status());
    if (p.status() == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"marsad\"");
    ctx.json(p);
    ctx.contentType(Problem.CONTENT_TYPE);
  }
}

package org.marsad.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
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

  static void register(Javalin app) {
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
    app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
      write(ctx, new Problem("urn:marsad:problem:internal", "Internal error", 500,
          "the server failed to answer this request; the cause is in the server log"));
    });
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

package org.marsad.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.marsad.app.alert.AlertDraft;
import org.marsad.app.alert.AlertRepository;
import org.marsad.app.alert.HitLog;

/** The alert endpoints (all need the token): CRUD on {@code /api/alerts} and the hit log. */
final class AlertHandlers {
  private final AlertRepository alerts;
  private final HitLog hits;
  private final ObjectMapper json;
  private final long maxBodyBytes;

  AlertHandlers(AlertRepository alerts, HitLog hits, ObjectMapper json, long maxBodyBytes) {
    this.alerts = alerts;
    this.hits = hits;
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  void list(Context ctx) {
    ctx.json(alerts.list());
  }

  void create(Context ctx) throws Exception {
    ctx.status(201).json(alerts.create(draft(ctx)));
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(alerts.get(id).orElseThrow(() -> unknown(id)));
  }

  void replace(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(alerts.replace(id, draft(ctx)).orElseThrow(() -> unknown(id)));
  }

  void delete(Context ctx) {
    String id = ctx.pathParam("id");
    if (!alerts.delete(id)) throw unknown(id);
    ctx.status(204);
  }

  /** {@code GET /api/alerts/hits?alert=ID&limit=N}: latest hits, newest first. */
  void hits(Context ctx) throws Exception {
    String alert = Params.text(ctx, "alert");
    int limit = Params.integer(ctx, "limit", 50, 1, 1000);
    if (alert != null && alerts.get(alert).isEmpty()) throw unknown(alert); // as GET /api/alerts/{id}
    ctx.json(hits.recent(alert, limit));
  }

  private AlertDraft draft(Context ctx) throws Exception {
    // the body within --max-body, chunked too; decoded as Javalin's ctx.body() decodes it (the charset given, else UTF-8)
    String charset = ctx.req().getCharacterEncoding();
    return draft(json, ctx.contentType(), new String(RequestBody.bytes(ctx, maxBodyBytes),
        charset == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)));
  }

  /** The alert a request body describes (not yet validated: the repository does that). */
  static AlertDraft draft(ObjectMapper json, String contentType, String body) throws IOException {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiException.unsupportedMediaType("send the alert as application/json");
    }
    AlertDraft d = json.readValue(body, AlertDraft.class);
    if (d == null) throw ApiException.badRequest("the JSON body is empty");
    return d;
  }

  private static ApiException unknown(String id) {
    return ApiException.notFound("no alert with id '" + id + "'");
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import org.marsad.app.alert.AlertEngine;
import org.marsad.app.alert.AlertHit;
import org.marsad.app.http.service.IngestService;
import org.marsad.nlp.article.Article;

/**
 * {@code POST /api/ingest} (token): analyses and stores a document, then runs the alerts on it
 * when it is new. 201 for a new article, 200 when the same content was already stored.
 */
final class IngestHandler implements Handler {
  private final DocumentBody body;
  private final IngestService ingest;
  private final AlertEngine alerts;

  IngestHandler(DocumentBody body, IngestService ingest, AlertEngine alerts) {
    this.body = body;
    this.ingest = ingest;
    this.alerts = alerts;
  }

  /** The answer: the stored record, whether it was new, and the alert hits it caused. */
  record Response(boolean created, Article article, List<AlertHit> alertHits) {}

  @Override
  public void handle(Context ctx) throws Exception {
    IngestService.Ingested r = ingest.ingest(body.read(ctx));
    List<AlertHit> hits = r.created() ? alerts.onIngested(r.article()) : List.of();
    ctx.status(r.created() ? 201 : 200).json(new Response(r.created(), r.article(), hits));
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.marsad.app.http.service.AnalyzeService;

/** {@code POST /api/analyze}: the structured record of a posted document, not stored. */
final class AnalyzeHandler implements Handler {
  private final DocumentBody body;
  private final AnalyzeService analyzer;

  AnalyzeHandler(DocumentBody body, AnalyzeService analyzer) {
    this.body = body;
    this.analyzer = analyzer;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.json(analyzer.analyze(body.read(ctx)));
  }
}

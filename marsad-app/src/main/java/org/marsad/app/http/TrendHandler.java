package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.marsad.app.http.service.TrendService;

/** {@code GET /api/trends}: days (window, 1-90, default 1), limit (1-100, default 20). */
final class TrendHandler implements Handler {
  private final TrendService trends;

  TrendHandler(TrendService trends) {
    this.trends = trends;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.json(trends.trends(Params.integer(ctx, "days", 1, 1, 90), Params.integer(ctx, "limit", 20, 1, 100)));
  }
}

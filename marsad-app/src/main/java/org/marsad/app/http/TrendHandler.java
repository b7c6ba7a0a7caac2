package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.marsad.app.http.service.TrendService;

/**
 * {@code GET /api/trends}: days (window, 1-90, default 1), offset (0-10000, default 0), limit (1-100,
 * default 20): a page of the ranked bursts, the rest reached with offset. The body stays
 * the bare list (scripts read it); what the collection let the finder see goes in headers
 * (docs/api.md), left out when the service does not know it.
 */
final class TrendHandler implements Handler {
  /** Far past any real list (134 bursts over 5 days of SaudiNewsNet): a typo, not a page. */
  private static final int MAX_OFFSET = 10_000;

  private final TrendService trends;

  TrendHandler(TrendService trends) {
    this.trends = trends;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    TrendService.Report r = trends.report(Params.integer(ctx, "days", 1, 1, 90), Params.integer(ctx, "offset", 0, 0, MAX_OFFSET),
        Params.integer(ctx, "limit", 20, 1, Params.MAX_PAGE_SIZE));
    if (r.complete() != null) ctx.header("X-Marsad-Trends-Complete", r.complete().toString());
    if (r.coveredDays() >= 0) ctx.header("X-Marsad-Trends-Covered-Days", Integer.toString(r.coveredDays()));
    if (r.unscoredDays() >= 0) ctx.header("X-Marsad-Trends-Unscored-Days", Integer.toString(r.unscoredDays()));
    // the body is the bare list, one page of at most 100: without a count a script could not
    // tell 100 bursts from the first 100 of 134, nor know to ask for offset=100 (session 15 QA)
    if (r.found() >= 0) ctx.header("X-Marsad-Trends-Total", Integer.toString(r.found()));
    ctx.json(r.trends());
  }
}

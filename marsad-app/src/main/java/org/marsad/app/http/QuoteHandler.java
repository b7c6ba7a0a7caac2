package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import org.marsad.app.http.service.QuoteService;

/** {@code GET /api/quotes}: quotations by speaker (id or name) and/or words, newest first. */
final class QuoteHandler implements Handler {
  private final QuoteService quotes;

  QuoteHandler(QuoteService quotes) {
    this.quotes = quotes;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    // from/to as /api/search reads them: "what did X say this week" (session 11; ignored before, so
    // the answer covered every date without saying so)
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
    ctx.json(quotes.find(Params.text(ctx, "speaker"), Params.text(ctx, "q"), from, to, Params.page(ctx)));
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.marsad.app.http.service.QuoteService;

/** {@code GET /api/quotes}: quotations by speaker (id or name) and/or words, newest first. */
final class QuoteHandler implements Handler {
  private final QuoteService quotes;

  QuoteHandler(QuoteService quotes) {
    this.quotes = quotes;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    ctx.json(quotes.find(Params.text(ctx, "speaker"), Params.text(ctx, "q"), Params.page(ctx)));
  }
}

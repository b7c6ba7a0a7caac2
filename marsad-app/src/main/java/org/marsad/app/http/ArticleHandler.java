package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.marsad.store.ArticleStore;

/** {@code GET /api/articles/{id}}: the full structured record. */
final class ArticleHandler implements Handler {
  private final ArticleStore store;

  ArticleHandler(ArticleStore store) {
    this.store = store;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(store.get(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'")));
  }
}

package org.marsad.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import org.marsad.app.http.service.StoryService;

/** {@code GET /api/stories} and {@code GET /api/stories/{id}}. */
final class StoryHandlers {
  private final StoryService stories;

  StoryHandlers(StoryService stories) {
    this.stories = stories;
  }

  /**
   * {@code from}/{@code to} (days) or {@code days=N}: the N days ending at the newest article's day
   * (the collection's "now", so an archive lists its last days too); neither: the whole index.
   */
  void list(Context ctx) throws Exception {
    LocalDate from = Params.date(ctx, "from"), to = Params.date(ctx, "to");
    String days = ctx.queryParam("days");
    if (days != null) {
      if (from != null || to != null) throw ApiException.badRequest("days cannot be combined with from or to");
      int n = Params.integer(ctx, "days", 1, 1, 100_000);
      Optional<LocalDate> newest = stories.newestDay();
      if (newest.isEmpty()) {
        ctx.json(stories.list(Params.page(ctx), null, null));
        return;
      }
      to = newest.get();
      from = to.minusDays(n - 1L);
    }
    if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
    ctx.json(stories.list(Params.page(ctx), from, to));
  }

  void get(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(stories.get(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'")));
  }
}

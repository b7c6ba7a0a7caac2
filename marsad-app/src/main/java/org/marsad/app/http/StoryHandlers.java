package org.marsad.app.http;

import io.javalin.http.Context;
import org.marsad.app.http.service.StoryService;

/** {@code GET /api/stories} and {@code GET /api/stories/{id}}. */
final class StoryHandlers {
  private final StoryService stories;

  StoryHandlers(StoryService stories) {
    this.stories = stories;
  }

  void list(Context ctx) throws Exception {
    ctx.json(stories.list(Params.page(ctx)));
  }

  void get(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(stories.get(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'")));
  }
}

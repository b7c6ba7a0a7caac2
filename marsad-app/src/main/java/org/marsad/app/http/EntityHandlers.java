package org.marsad.app.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import org.marsad.app.http.service.EntityService;

/** {@code GET /api/entities} (q = name prefix, type, page, size) and {@code GET /api/entities/{id}}. */
final class EntityHandlers {
  private static final Set<String> TYPES = Set.of("PERS", "ORG", "LOC", "MISC");
  private final EntityService entities;

  EntityHandlers(EntityService entities) {
    this.entities = entities;
  }

  void list(Context ctx) throws Exception {
    String type = Params.text(ctx, "type");
    if (type != null) {
      type = type.toUpperCase(Locale.ROOT);
      if (!TYPES.contains(type)) throw ApiException.badRequest("type must be one of PERS, ORG, LOC, MISC, got '" + ctx.queryParam("type") + "'");
    }
    ctx.json(entities.list(Params.text(ctx, "q"), type, Params.page(ctx)));
  }

  void profile(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    ctx.json(entities.profile(id).orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'")));
  }
}

package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.app.http.service.EntityService.RelatedEntity;
import org.marsad.store.ArticleStore;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.FacetValue;

/**
 * The entities of a set of articles from a search's person, org and place facets, with their
 * article counts, most first, one row per registry entity ({@link EntityFacetRows}), so that each
 * links to its entity page; a name the registry does not know has no id (no link).
 */
final class FacetEntities {
  private FacetEntities() {}

  /** @param scope the query the facets were counted over, to count an entity with two names there once */
  static List<RelatedEntity> of(Map<String, List<FacetValue>> facets, EntityRegistry registry, ArticleStore store, String scope)
      throws IOException {
    List<RelatedEntity> out = new ArrayList<>();
    for (EntityFacetRows.Row r : EntityFacetRows.of(facets, registry, store, scope, null)) {
      out.add(new RelatedEntity(r.id(), r.name(), r.type(), r.articles()));
    }
    return out;
  }
}

package org.marsad.app.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.app.http.service.EntityService.RelatedEntity;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.FacetValue;

/**
 * The entities of a set of articles from a search's person, org and place facets, with their
 * article counts, most first; ids from the registry (the facet holds canonical names), so that
 * each links to its entity page.
 */
final class FacetEntities {
  private static final String[][] DIMENSIONS = {{"person", "PERS"}, {"org", "ORG"}, {"place", "LOC"}};

  private FacetEntities() {}

  static List<RelatedEntity> of(Map<String, List<FacetValue>> facets, EntityRegistry registry) {
    List<RelatedEntity> out = new ArrayList<>();
    for (String[] dim : DIMENSIONS) {
      for (FacetValue v : facets.getOrDefault(dim[0], List.of())) {
        String id = registry == null ? null : registry.resolve(dim[1], v.value()).map(EntityRecord::id).orElse(null);
        out.add(new RelatedEntity(id != null ? id : EntityRegistry.idFor(dim[1], v.value()), v.value(), dim[1], v.count()));
      }
    }
    out.sort((a, b) -> Long.compare(b.articles(), a.articles()));
    return out;
  }
}

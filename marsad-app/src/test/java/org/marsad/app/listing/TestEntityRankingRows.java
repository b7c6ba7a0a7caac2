package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.FacetValue;

/** A window's facet values are the canonical names articles had when indexed: one entity, one row. */
class TestEntityRankingRows {
  @Test
  void two_facet_values_of_one_entity_are_one_row_with_their_articles_added() throws Exception {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    // the first article wrote ايران; later articles write إيران, which becomes the canonical name
    EntityRecord iran = registry.register("LOC", "ايران", Set.of("ايران"), 1);
    registry.register("LOC", "إيران", Set.of("إيران"), 1);
    registry.register("LOC", "إيران", Set.of("إيران"), 1);
    EntityRecord iraq = registry.register("LOC", "العراق", Set.of("العراق"), 1);
    List<EntityFacetRows.Row> rows = EntityFacetRows.of(Map.of("place", List.of(
        new FacetValue("إيران", 2), new FacetValue("العراق", 2), new FacetValue("ايران", 1))), registry, null, "", null);
    assertThat(rows).extracting(EntityFacetRows.Row::id).containsExactly(iran.id(), iraq.id());
    assertThat(rows.get(0).articles()).as("without a store to count again: the sum, an upper bound").isEqualTo(3);
    assertThat(rows.get(0).name()).as("the registry's canonical name").isEqualTo("إيران");
    assertThat(registry.byId(iran.id()).orElseThrow().canonical()).isEqualTo("إيران");
  }
}

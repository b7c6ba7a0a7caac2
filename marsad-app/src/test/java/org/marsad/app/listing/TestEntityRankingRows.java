package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/** A window's facet values are the canonical names articles had when indexed: one entity, one row. */
class TestEntityRankingRows {
  @Test
  void two_facet_values_of_one_entity_are_one_row_with_their_articles_added() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    // the first article wrote ايران; later articles write إيران, which becomes the canonical name
    EntityRecord iran = registry.register("LOC", "ايران", Set.of("ايران"), 1);
    registry.register("LOC", "إيران", Set.of("إيران"), 1);
    registry.register("LOC", "إيران", Set.of("إيران"), 1);
    EntityRecord iraq = registry.register("LOC", "العراق", Set.of("العراق"), 1);
    List<EntityRecord> rows = EntityRanking.oneRowPerId(List.of(
        new EntityRecord(iran.id(), "LOC", "إيران", "Airan", 2, List.of()),
        new EntityRecord(iraq.id(), "LOC", "العراق", "al-'raq", 2, List.of()),
        new EntityRecord(iran.id(), "LOC", "ايران", "Airan", 1, List.of())));
    assertThat(rows).extracting(EntityRecord::id).containsExactly(iran.id(), iraq.id());
    assertThat(rows.get(0).count()).isEqualTo(3);
    assertThat(registry.byId(iran.id()).orElseThrow().canonical()).isEqualTo("إيران");
  }
}

package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

class TestDisplayAliases {
  private final EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());

  private List<String> shown(EntityRecord e) {
    return DisplayAliases.applied(registry.byId(e.id()).orElseThrow(), registry).aliases();
  }

  @Test
  void spellings_that_fold_alike_are_one_alias_in_the_spelling_most_articles_used() {
    registry.register("LOC", "السعوديه", Set.of("السعوديه"), 1);
    registry.register("LOC", "السعودية", Set.of("السعودية"), 2);
    EntityRecord saudi = registry.register("LOC", "السعودية", Set.of("السعودية", "السعوديّة"), 1);
    assertThat(saudi.aliases()).as("the registry matches by the folded key").containsExactly("السعوديه");
    assertThat(registry.surfaces(saudi.id())).isEqualTo(Map.of("السعوديه", 1L, "السعودية", 2L, "السعوديّة", 1L));
    assertThat(shown(saudi)).containsExactly("السعودية");
  }

  @Test
  void the_canonical_spelling_comes_first_and_other_names_stay_apart() {
    registry.register("PERS", "سيرغي لافروف", Set.of("سيرغي لافروف", "لافروف"), 3);
    EntityRecord lavrov = registry.register("PERS", "سيرغى لافروف", Set.of("سيرغى لافروف", "لافروف"), 2);
    assertThat(shown(lavrov)).containsExactly("سيرغي لافروف", "لافروف");
  }

  @Test
  void spellings_survive_a_save_and_an_entity_without_them_shows_its_canonical_name(@TempDir Path dir) throws Exception {
    EntityRegistry saved = EntityRegistry.open(dir, Transliterator.rulesOnly());
    EntityRecord eu = saved.register("ORG", "الاتحاد الأوروبي", Set.of("الاتحاد الأوروبي", "الإتحاد الأوروبي"), 2);
    saved.save();
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.surfaces(eu.id())).containsKeys("الاتحاد الأوروبي", "الإتحاد الأوروبي");
    EntityRecord old = new EntityRecord("loc-1", "LOC", "مكة المكرمة", "Makka", 4, List.of("مكه المكرمه", "مكه"));
    assertThat(DisplayAliases.of(old, Map.of())).containsExactly("مكة المكرمة", "مكه");
  }
}

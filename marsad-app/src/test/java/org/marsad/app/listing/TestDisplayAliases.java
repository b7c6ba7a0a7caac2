package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

class TestDisplayAliases {
  private final EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());

  @Test
  void the_canonical_name_is_not_repeated_in_its_folded_spelling() {
    EntityRecord saudi = registry.register("LOC", "السعودية", Set.of("السعوديّة", "السعوديـة", "السعوديه"), 3);
    assertThat(saudi.aliases()).as("the registry keeps match keys").contains("السعوديه");
    assertThat(DisplayAliases.of(saudi)).containsExactly("السعودية");
    EntityRecord eu = registry.register("ORG", "الاتحاد الأوروبي", Set.of("الإتحاد الأوروبي"), 2);
    assertThat(DisplayAliases.of(eu)).containsExactly("الاتحاد الأوروبي");
  }

  @Test
  void other_aliases_stay_one_per_key_after_the_canonical_name() {
    EntityRecord lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف", "سيرغى لافروف"), 9);
    assertThat(DisplayAliases.of(lavrov)).containsExactly("سيرغي لافروف", "لافروف");
  }

  @Test
  void a_stored_spelling_wins_over_its_key() {
    EntityRecord old = new EntityRecord("loc-1", "LOC", "مكة المكرمة", "Makka", 4, List.of("مكه", "مكة", "مكه المكرمه"));
    assertThat(DisplayAliases.of(old)).containsExactly("مكة المكرمة", "مكة");
  }
}

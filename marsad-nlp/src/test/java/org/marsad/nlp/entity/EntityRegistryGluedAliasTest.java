package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name with the conjunction و glued on by the tagger's span ({@code ومكة المكرمة}, {@code وعادل الجبير}) is
 * no alias of the entity that holds the name without it: 233 such aliases in the 5-day SaudiNewsNet registry
 * (session 25), among them {@code ومكة المكرمة} of مكة المكرمة (945 mentions) and {@code وعادل الجبير} of
 * عادل بن أحمد الجبير. The glued name still finds the entity. A name that really opens with و keeps it.
 */
class EntityRegistryGluedAliasTest {
  private static Set<String> names(String... n) {
    return new LinkedHashSet<>(List.of(n));
  }

  @Test
  void a_glued_name_after_its_rest_is_no_alias_and_still_finds_the_entity() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord mecca = registry.register("LOC", "مكة المكرمة", names("مكة المكرمة"), 4);
    EntityRecord again = registry.register("LOC", "ومكة المكرمة", names("ومكة المكرمة"), 1);
    assertThat(again.id()).isEqualTo(mecca.id());
    assertThat(again.aliases()).doesNotContain("ومكه المكرمه");
    assertThat(registry.resolve("LOC", "ومكة المكرمة")).map(EntityRecord::id).contains(mecca.id());
    assertThat(registry.resolve("LOC", "ومكة المكرمة").orElseThrow().count()).isEqualTo(5);
  }

  @Test
  void a_glued_name_in_the_same_article_is_no_alias() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    registry.register("PERS", "عادل بن أحمد الجبير", names("عادل بن أحمد الجبير"), 3);
    EntityRecord r = registry.register("PERS", "عادل بن أحمد الجبير", names("عادل بن أحمد الجبير", "وعادل بن أحمد الجبير"), 2);
    assertThat(r.aliases()).contains("عادل بن احمد الجبير").doesNotContain("وعادل بن احمد الجبير");
  }

  @Test
  void a_glued_entity_seen_first_brings_no_glued_alias_when_joined() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    registry.register("ORG", "ومجلس التعاون الخليجي", names("ومجلس التعاون الخليجي"), 1);
    EntityRecord gcc = registry.register("ORG", "مجلس التعاون الخليجي", names("مجلس التعاون الخليجي"), 6);
    EntityRecord found = registry.resolve("ORG", "ومجلس التعاون الخليجي").orElseThrow();
    assertThat(found.id()).isEqualTo(gcc.id());
    assertThat(found.aliases()).doesNotContain("ومجلس التعاون الخليجي");
    assertThat(found.count()).isEqualTo(7);
  }

  @Test
  void a_glued_name_spelt_another_way_still_finds_the_foreign_name() {
    // the 5-day registry: وديفيد كامرون (1 article) went to ديفيد كاميرون through its glued alias وديفيد كاميرون
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord cameron = registry.register("PERS", "ديفيد كاميرون", names("ديفيد كاميرون", "كاميرون"), 6);
    registry.register("PERS", "ديفيد كاميرون", names("ديفيد كاميرون", "وديفيد كاميرون"), 2);
    EntityRecord glued = registry.register("PERS", "وديفيد كامرون", names("وديفيد كامرون"), 1);
    assertThat(glued.id()).isEqualTo(cameron.id());
  }

  @Test
  void a_name_opening_with_waw_keeps_it() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord muallem = registry.register("PERS", "وليد المعلم", names("وليد المعلم"), 5);
    registry.register("PERS", "وائل كفوري", names("وائل كفوري"), 2);
    assertThat(registry.resolve("PERS", "وليد المعلم").orElseThrow().aliases()).contains("وليد المعلم");
    assertThat(registry.resolve("PERS", "وائل كفوري").orElseThrow().canonical()).isEqualTo("وائل كفوري");
    assertThat(muallem.canonical()).isEqualTo("وليد المعلم");
  }

  @Test
  void a_registry_saved_with_glued_aliases_drops_them_on_opening(@TempDir Path dir) throws Exception {
    // the line of the 5-day registry written by session 20
    Files.writeString(dir.resolve(EntityRegistry.FILE_NAME), "{\"id\":\"loc-74b121d01f9a\",\"type\":\"LOC\",\"canonical\":\"قطاع غزة\","
        + "\"latin\":\"Qta' Ghza\",\"count\":50,\"aliases\":[\"قطاع غزه\",\"وقطاع غزه\"],\"surfaces\":{\"قطاع غزة\":33,\"وقطاع غزة\":2},"
        + "\"evidence\":{\"قطاع غزه\":33},\"articles\":35}\n", StandardCharsets.UTF_8);
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    EntityRecord gaza = reopened.resolve("LOC", "وقطاع غزة").orElseThrow();
    assertThat(gaza.id()).isEqualTo("loc-74b121d01f9a");
    assertThat(gaza.aliases()).containsExactly("قطاع غزه");
    assertThat(gaza.count()).isEqualTo(50);
  }
}

package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRegistryTest {
  @TempDir Path dir;

  @Test
  void a_surname_alone_in_another_article_gets_the_full_names_id() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord full = r.register("PERS", "سيرغي لافروف", Set.of("سيرغي لافروف", "لافروف"), 5);
    EntityRecord later = r.register("PERS", "لافروف", Set.of("لافروف"), 1);
    assertThat(later.id()).isEqualTo(full.id());
    assertThat(later.canonical()).isEqualTo("سيرغي لافروف");
  }

  @Test
  void a_surname_seen_first_is_merged_into_the_full_name_when_it_arrives() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord alone = r.register("PERS", "بيسكوف", Set.of("بيسكوف"), 2);
    EntityRecord full = r.register("PERS", "ديميتري بيسكوف", Set.of("ديميتري بيسكوف"), 1);
    assertThat(r.byId(alone.id()).orElseThrow().id()).isEqualTo(full.id());
    assertThat(r.resolve("PERS", "بيسكوف").orElseThrow().count()).isEqualTo(3);
  }

  @Test
  void the_most_frequent_full_name_wins_a_shared_surname() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("PERS", "حافظ الأسد", Set.of(), 2);
    EntityRecord bashar = r.register("PERS", "بشار الأسد", Set.of(), 9);
    assertThat(r.resolve("PERS", "الأسد").orElseThrow().id()).isEqualTo(bashar.id());
  }

  @Test
  void persists_and_reloads_with_the_same_ids_and_finds_latin_queries() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    EntityRecord lav = r.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 3);
    r.register("LOC", "موسكو", Set.of(), 4);
    r.save();
    EntityRegistry again = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(again.resolve("PERS", "لافروف").orElseThrow().id()).isEqualTo(lav.id());
    assertThat(again.findByLatin("Lavrov")).extracting(EntityRecord::id).containsExactly(lav.id());
    assertThat(again.all()).hasSize(2);
    assertThat(EntityRegistry.idFor("PERS", "سيرغي لافروف")).isEqualTo(lav.id()).startsWith("pers-");
  }

  @Test
  void a_surname_follows_the_counts_as_they_grow() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord hafez = r.register("PERS", "حافظ الأسد", Set.of(), 3);
    EntityRecord bashar = r.register("PERS", "بشار الأسد", Set.of(), 1);
    assertThat(r.resolve("PERS", "الأسد").orElseThrow().id()).isEqualTo(hafez.id());
    r.register("PERS", "بشار الأسد", Set.of(), 4);
    assertThat(r.resolve("PERS", "الأسد").orElseThrow().id()).isEqualTo(bashar.id());
    assertThat(r.resolve("LOC", "الأسد")).isEmpty(); // surnames resolve among persons only
  }

  @Test
  void a_reloaded_registry_resolves_surnames_it_never_saw_alone() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    r.register("PERS", "حافظ الأسد", Set.of(), 2);
    EntityRecord bashar = r.register("PERS", "بشار الأسد", Set.of(), 9);
    r.save();
    EntityRegistry again = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(again.resolve("PERS", "الأسد").orElseThrow().id()).isEqualTo(bashar.id());
  }
}

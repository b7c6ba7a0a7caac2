package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names of one place or body that no spelling rule joins ({@code known-aliases.txt}), in a new registry and in one written before the list. */
class EntityRegistryKnownAliasesTest {
  @TempDir Path dir;

  @Test
  void the_kingdom_and_its_full_name_are_saudi_arabia() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    // the order articles of SaudiNewsNet used them in: the full name first
    String full = r.register("LOC", "المملكة العربية السعودية", Set.of("المملكة العربية السعودية"), 1).id();
    String kingdom = r.register("LOC", "المملكة", Set.of("المملكة", "للمملكة"), 2).id();
    EntityRecord saudi = r.register("LOC", "السعودية", Set.of("السعودية"), 1);
    assertThat(kingdom).isEqualTo(full);
    assertThat(saudi.id()).isEqualTo(full);
    assertThat(saudi.canonical()).isEqualTo("السعودية");
    assertThat(saudi.count()).isEqualTo(4);
    assertThat(r.all()).hasSize(1);
    assertThat(r.resolve("LOC", "المملكة المتحدة")).as("the United Kingdom is another kingdom").isEmpty();
  }

  @Test
  void two_spellings_of_syria_are_one_place() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String a = r.register("LOC", "سورية", Set.of("سورية"), 1).id();
    String b = r.register("LOC", "سوريا", Set.of("سوريا"), 1).id();
    assertThat(b).isEqualTo(a);
    assertThat(r.byId(a).orElseThrow().canonical()).isEqualTo("سوريا");
    assertThat(r.findByLatin("Soria")).extracting(EntityRecord::id).contains(a);
  }

  @Test
  void a_registry_written_before_the_list_joins_its_entities_on_opening() throws Exception {
    // As session 9 wrote them (ids from /tmp/ent9/after5, counts rounded): three ids for Saudi Arabia, two for Syria.
    Files.writeString(dir.resolve("entities.jsonl"), String.join("\n",
        "{\"id\":\"loc-14c3e18e0b6c\",\"type\":\"LOC\",\"canonical\":\"السعودية\",\"latin\":\"al-S'odia\",\"count\":2217,"
            + "\"aliases\":[\"السعوديه\"],\"surfaces\":{\"السعودية\":1033,\"للسعودية\":35}}",
        "{\"id\":\"loc-a24577ae2dc3\",\"type\":\"LOC\",\"canonical\":\"المملكة العربية السعودية\",\"latin\":\"al-Mmlka al-'rbia al-S'odia\","
            + "\"count\":487,\"aliases\":[\"المملكه العربيه السعوديه\"],\"surfaces\":{\"المملكة العربية السعودية\":311}}",
        "{\"id\":\"loc-da6f1b7c1aef\",\"type\":\"LOC\",\"canonical\":\"المملكة\",\"latin\":\"al-Mmlka\",\"count\":1740,"
            + "\"aliases\":[\"المملكه\"],\"surfaces\":{\"المملكة\":712,\"للمملكة\":76}}",
        "{\"id\":\"loc-ab14ea0f1efd\",\"type\":\"LOC\",\"canonical\":\"سورية\",\"latin\":\"Soria\",\"count\":309,"
            + "\"aliases\":[\"سوريه\"],\"surfaces\":{\"سورية\":114}}",
        "{\"id\":\"loc-cac719794a64\",\"type\":\"LOC\",\"canonical\":\"سوريا\",\"latin\":\"Sorya\",\"count\":1119,"
            + "\"aliases\":[\"سوريا\"],\"surfaces\":{\"سوريا\":448}}") + "\n", StandardCharsets.UTF_8);
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(r.all()).extracting(EntityRecord::canonical).containsExactly("السعودية", "سوريا");
    EntityRecord saudi = r.all().get(0);
    assertThat(saudi.id()).isEqualTo("loc-14c3e18e0b6c");
    assertThat(saudi.count()).isEqualTo(2217 + 487 + 1740);
    assertThat(r.byId("loc-da6f1b7c1aef")).map(EntityRecord::id).contains("loc-14c3e18e0b6c");
    assertThat(r.surfaces("loc-14c3e18e0b6c")).containsEntry("المملكة", 712L).containsEntry("المملكة العربية السعودية", 311L);
    assertThat(r.register("LOC", "للمملكة", Set.of("للمملكة"), 1).id()).isEqualTo("loc-14c3e18e0b6c");
    assertThat(r.resolve("LOC", "سورية")).map(EntityRecord::id).contains("loc-cac719794a64");
    r.save();
    EntityRegistry again = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(again.all()).extracting(EntityRecord::id).containsExactly("loc-14c3e18e0b6c", "loc-cac719794a64");
    assertThat(again.byId("loc-ab14ea0f1efd")).map(EntityRecord::canonical).contains("سوريا");
  }

  @Test
  void an_entity_under_a_listed_alias_alone_takes_the_listed_name_and_keeps_its_id() throws Exception {
    Files.writeString(dir.resolve("entities.jsonl"),
        "{\"id\":\"loc-da6f1b7c1aef\",\"type\":\"LOC\",\"canonical\":\"المملكة\",\"latin\":\"al-Mmlka\",\"count\":3,"
            + "\"aliases\":[\"المملكه\"],\"surfaces\":{\"المملكة\":3}}\n", StandardCharsets.UTF_8);
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(r.all()).extracting(EntityRecord::canonical).containsExactly("السعودية");
    assertThat(r.register("LOC", "السعودية", Set.of("السعودية"), 1).id()).isEqualTo("loc-da6f1b7c1aef");
  }
}

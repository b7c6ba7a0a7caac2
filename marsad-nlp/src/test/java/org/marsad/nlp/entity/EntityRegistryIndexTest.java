package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's word indexes (persons ranked by own mentions under their surname, first word and
 * given name; holders of lone words) stay what building them again from the entities gives, through
 * registrations, merges, lone mentions moved away, saving and reopening.
 */
class EntityRegistryIndexTest {
  @TempDir Path dir;

  /** Registrations of SaudiNewsNet 2015-07 names that merge, move lone mentions and restore lone entities. */
  private static final List<Consumer<EntityRegistry>> ARTICLES = List.of(
      r -> r.register("PERS", "صالح", Set.of("صالح"), 20),
      r -> r.register("PERS", "سنية صالح", Set.of("سنية صالح", "صالح"), 2),
      r -> r.register("PERS", "صالح المطلق", Set.of("صالح المطلق"), 3),
      r -> r.register("PERS", "علي عبدالله صالح", Set.of("علي عبدالله صالح"), 120),
      r -> r.register("PERS", "خالد بن فيصل بن عبد العزيز آل سعود", Set.of("خالد الفيصل"), 290),
      r -> r.register("PERS", "خالد", Set.of("خالد"), 1),
      r -> r.register("PERS", "خالد الدولي", Set.of(), 38),
      r -> r.register("PERS", "خالد القروني", Set.of(), 20),
      r -> r.register("PERS", "سلمان بن عبدالعزيز", Set.of(), 649),
      r -> r.register("PERS", "سلمان", Set.of("سلمان"), 1),
      r -> r.register("PERS", "علي سلمان", Set.of(), 3),
      r -> r.register("PERS", "سعود الفيصل", Set.of("سعود الفيصل"), 5),
      r -> r.register("PERS", "سعود بن فيصل بن عبدالعزيز", Set.of("سعود بن فيصل بن عبدالعزيز", "سعود الفيصل"), 2),
      r -> r.register("PERS", "بيسكوف", Set.of("بيسكوف"), 2),
      r -> r.register("PERS", "ديميتري بيسكوف", Set.of("ديميتري بيسكوف"), 1),
      r -> r.register("PERS", "جوزيف بلاتر", Set.of("جوزيف بلاتر", "بلاتر"), 25),
      r -> r.register("PERS", "سيب بلاتر", Set.of("سيب بلاتر", "بلاتر"), 26),
      r -> r.register("PERS", "بلاتر", Set.of("بلاتر"), 13),
      r -> r.register("LOC", "المملكة", Set.of("المملكة", "للمملكة"), 2),
      r -> r.register("LOC", "السعودية", Set.of("السعودية"), 1));

  @Test
  void the_indexes_match_the_entities_after_every_registration_in_many_orders() throws Exception {
    Random random = new Random(12);
    for (int run = 0; run < 30; run++) {
      List<Consumer<EntityRegistry>> order = new ArrayList<>(ARTICLES);
      Collections.shuffle(order, random);
      Path d = dir.resolve("run" + run);
      EntityRegistry r = EntityRegistry.open(d, Transliterator.rulesOnly());
      for (int i = 0; i < order.size(); i++) {
        order.get(i).accept(r);
        assertThat(r.indexProblems()).as("run %d, after %d registrations", run, i + 1).isEmpty();
        if (i == order.size() / 2) { // half way: saved and reopened, then the rest on the reopened registry
          r.save();
          r = EntityRegistry.open(d, Transliterator.rulesOnly());
          assertThat(r.indexProblems()).as("run %d, reopened", run).isEmpty();
        }
      }
      for (Consumer<EntityRegistry> again : order) again.accept(r); // counts grow: who a lone word names changes
      assertThat(r.indexProblems()).as("run %d, second pass", run).isEmpty();
    }
  }

  @Test
  void lone_mentions_moved_back_to_their_own_entity_leave_the_holders_of_the_word() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    EntityRecord lone = r.register("PERS", "صالح", Set.of("صالح"), 60);
    EntityRecord sonia = r.register("PERS", "سنية صالح", Set.of("سنية صالح"), 2); // the only صالح known: lone mentions filed under her
    assertThat(r.byId(lone.id()).orElseThrow().id()).isEqualTo(sonia.id());
    assertThat(r.indexProblems()).isEmpty();
    r.save();
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.indexProblems()).as("loaded from disk with its lone counts").isEmpty();
    reopened.register("PERS", "صالح المطلق", Set.of("صالح المطلق"), 3); // صالح is a given name too: the 60 leave her
    assertThat(reopened.byId(lone.id()).orElseThrow().count()).isEqualTo(60);
    assertThat(reopened.byId(sonia.id()).orElseThrow().count()).isEqualTo(2);
    assertThat(reopened.indexProblems()).isEmpty();
  }

  @Test
  void a_file_written_before_the_known_aliases_is_indexed_after_its_entities_join_on_opening() throws Exception {
    // Two ids for one kingdom (as session 9 wrote them) and a person, joined or re-keyed on opening
    Files.writeString(dir.resolve(EntityRegistry.FILE_NAME), String.join("\n",
        "{\"id\":\"loc-14c3e18e0b6c\",\"type\":\"LOC\",\"canonical\":\"السعودية\",\"latin\":\"al-S'odia\",\"count\":2217,"
            + "\"aliases\":[\"السعوديه\"],\"surfaces\":{\"السعودية\":1033}}",
        "{\"id\":\"loc-da6f1b7c1aef\",\"type\":\"LOC\",\"canonical\":\"المملكة\",\"latin\":\"al-Mmlka\",\"count\":1740,"
            + "\"aliases\":[\"المملكه\"],\"surfaces\":{\"المملكة\":712}}",
        "{\"id\":\"" + EntityRegistry.idFor("PERS", "علي عبدالله صالح") + "\",\"type\":\"PERS\",\"canonical\":\"علي عبدالله صالح\","
            + "\"latin\":\"Ali Abdullah Saleh\",\"count\":180,\"aliases\":[\"علي عبدالله صالح\",\"صالح\"],\"lone\":{\"صالح\":60}}") + "\n");
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(r.all()).hasSize(2);
    assertThat(r.indexProblems()).isEmpty();
    r.register("PERS", "صالح المطلق", Set.of("صالح المطلق"), 3);
    r.register("PERS", "صالح", Set.of("صالح"), 4);
    assertThat(r.resolve("PERS", "صالح").orElseThrow().canonical()).isEqualTo("علي عبدالله صالح");
    assertThat(r.indexProblems()).isEmpty();
  }
}

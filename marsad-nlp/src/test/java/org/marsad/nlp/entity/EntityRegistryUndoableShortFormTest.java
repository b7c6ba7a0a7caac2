package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.nlp.entity.Orders.permutations;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name without its chain links ({@code عادل الجبير}) is filed under the one chain that has it ({@code
 * عادل بن أحمد الجبير}, Saudi foreign minister: 99 and 64 mentions, two entities on the session-15
 * ingest, no article writing both) while the family name is rare, and moved back to an entity of its
 * own when a second such chain ({@code محمد بن دليم القحطاني}, {@code محمد بن عبود القحطاني}) or a
 * sixth person of the family name comes: an undoable join, the same in every order of arrival.
 */
class EntityRegistryUndoableShortFormTest {
  private static List<String> persons(EntityRegistry r) {
    return r.all().stream().filter(e -> e.type().equals("PERS")).map(e -> e.canonical() + "=" + e.count()).sorted().toList();
  }

  @Test
  void the_short_form_of_one_chain_with_a_rare_family_name_is_that_person_in_every_order(@TempDir Path dir) throws Exception {
    Set<List<String>> outcomes = new HashSet<>();
    int n = 0;
    for (List<String> order : permutations(List.of("chain", "chain2", "short", "short2", "other"))) {
      Path d = dir.resolve("o" + n++);
      EntityRegistry r = EntityRegistry.open(d, Transliterator.rulesOnly());
      for (String who : order) {
        switch (who) {
          case "chain", "chain2" -> r.register("PERS", "عادل بن أحمد الجبير", Set.of("عادل بن أحمد الجبير", "الجبير"), 2);
          case "short", "short2" -> r.register("PERS", "عادل الجبير", Set.of("عادل الجبير", "الجبير"), 3);
          default -> r.register("PERS", "فهد بن محمد الجبير", Set.of("فهد بن محمد الجبير"), 1);
        }
      }
      r.save();
      outcomes.add(persons(EntityRegistry.open(d, Transliterator.rulesOnly())));
      assertThat(r.resolve("PERS", "عادل الجبير").orElseThrow().canonical()).isEqualTo("عادل بن أحمد الجبير");
    }
    assertThat(outcomes).containsExactly(List.of("عادل بن أحمد الجبير=10", "فهد بن محمد الجبير=1"));
  }

  @Test
  void a_second_chain_with_the_same_short_form_undoes_the_join_in_every_order() {
    Set<List<String>> outcomes = new HashSet<>();
    for (List<String> order : permutations(List.of("chain1", "short", "short2", "chain2"))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (String who : order) {
        switch (who) {
          case "chain1" -> r.register("PERS", "محمد بن دليم القحطاني", Set.of("محمد بن دليم القحطاني"), 2);
          case "chain2" -> r.register("PERS", "محمد بن عبود القحطاني", Set.of("محمد بن عبود القحطاني"), 1);
          default -> r.register("PERS", "محمد القحطاني", Set.of("محمد القحطاني"), 4);
        }
      }
      outcomes.add(persons(r));
      // the short form's entity has the id it had before it was filed under the first chain
      assertThat(r.resolve("PERS", "محمد القحطاني").orElseThrow().id()).isEqualTo(EntityRegistry.idFor("PERS", "محمد القحطاني"));
    }
    assertThat(outcomes).containsExactly(List.of("محمد القحطاني=8", "محمد بن دليم القحطاني=2", "محمد بن عبود القحطاني=1"));
  }

  @Test
  void the_join_is_undone_when_the_family_name_stops_being_rare() {
    List<String> others = List.of("سعيد القحطاني", "علي بن سعد القحطاني", "فهد القحطاني", "ناصر القحطاني", "خالد القحطاني");
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("PERS", "محمد بن دليم القحطاني", Set.of("محمد بن دليم القحطاني"), 2);
    r.register("PERS", "محمد القحطاني", Set.of("محمد القحطاني"), 3);
    for (String o : others.subList(0, 4)) r.register("PERS", o, Set.of(o), 1);
    assertThat(persons(r)).contains("محمد بن دليم القحطاني=5").noneMatch(p -> p.startsWith("محمد القحطاني="));
    r.register("PERS", others.get(4), Set.of(others.get(4)), 1); // the sixth person named القحطاني
    assertThat(persons(r)).contains("محمد بن دليم القحطاني=2", "محمد القحطاني=3");
  }
}

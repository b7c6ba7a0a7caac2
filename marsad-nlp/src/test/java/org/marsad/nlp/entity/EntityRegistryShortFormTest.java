package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's given name and surname ({@code علي صالح}, {@code عادل الجبير}) is the long name they open and
 * close ({@code علي عبدالله صالح}, {@code عادل بن أحمد الجبير}) when one such long name dominates
 * (SaudiNewsNet 2015-07: Ali Abdullah Saleh and Adel al-Jubeir were each split in two; session 12).
 */
class EntityRegistryShortFormTest {
  @Test
  void the_form_is_the_given_name_and_the_surname_only() {
    assertThat(Nasab.givenAndSurname("علي عبدالله صالح")).isEqualTo("علي صالح");
    assertThat(Nasab.givenAndSurname("عادل بن احمد الجبير")).isEqualTo("عادل الجبير");
    assertThat(Nasab.givenAndSurname("علي صالح")).as("two words are the form itself").isNull();
    assertThat(Nasab.givenAndSurname("محمد بن سلمان بن عبدالعزيز")).as("a chain has no surname").isNull();
    assertThat(Nasab.givenAndSurname("سلمان بن عبدالعزيز ال سعود")).as("سعود is the house").isNull();
    assertThat(Nasab.givenAndSurname("ابو بكر البغدادي")).as("a kunya is no given name").isNull();
    assertThat(Nasab.givenAndSurnameOf("عبدالله محمد مرسي", "محمد مرسي")).as("the father").isFalse();
    assertThat(Nasab.givenAndSurnameOf("عبدالله محمد مرسي", "عبدالله مرسي")).isTrue();
  }

  @Test
  void a_given_name_and_surname_joins_its_long_name_whatever_the_order_and_after_reopening(@TempDir Path dir) throws Exception {
    Set<String> outcomes = new HashSet<>();
    int n = 0;
    for (List<String> order : permutations(List.of("short", "long", "lone", "kuwaiti"))) {
      Path d = dir.resolve("o" + n++);
      EntityRegistry r = EntityRegistry.open(d, Transliterator.rulesOnly());
      for (String who : order) {
        switch (who) {
          case "short" -> { for (int i = 0; i < 3; i++) r.register("PERS", "علي صالح", Set.of("علي صالح"), 2); }
          case "long" -> { for (int i = 0; i < 4; i++) r.register("PERS", "علي عبدالله صالح", Set.of("علي عبدالله صالح", "صالح"), 10); }
          case "lone" -> r.register("PERS", "صالح", Set.of("صالح"), 1);
          default -> r.register("PERS", "علي صالح العمير", Set.of("علي صالح العمير"), 2); // Kuwait's oil minister
        }
      }
      r.save();
      EntityRegistry reopened = EntityRegistry.open(d, Transliterator.rulesOnly());
      outcomes.add(reopened.all().stream().map(e -> e.canonical() + "=" + e.count()).sorted().toList()
          + " علي صالح→" + reopened.resolve("PERS", "علي صالح").map(EntityRecord::canonical).orElse("-"));
    }
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.iterator().next()).contains("علي عبدالله صالح=47", "علي صالح العمير=2", "علي صالح→علي عبدالله صالح");
  }

  @Test
  void a_chain_with_a_surname_takes_its_given_name_and_surname_in_both_orders() {
    for (boolean shortFirst : new boolean[] {true, false}) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      if (shortFirst) r.register("PERS", "عادل الجبير", Set.of("عادل الجبير", "الجبير"), 5);
      EntityRecord chain = r.register("PERS", "عادل بن أحمد الجبير", Set.of("عادل بن أحمد الجبير"), 2);
      if (!shortFirst) r.register("PERS", "عادل الجبير", Set.of("عادل الجبير", "الجبير"), 5);
      assertThat(r.resolve("PERS", "عادل الجبير").orElseThrow().id()).as("short first: " + shortFirst).isEqualTo(chain.id());
      assertThat(r.all()).filteredOn(e -> e.type().equals("PERS")).hasSize(1);
    }
  }

  @Test
  void the_name_without_its_first_word_is_the_father_not_the_same_man() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord morsi = r.register("PERS", "محمد مرسي", Set.of("محمد مرسي", "مرسي"), 40);
    EntityRecord son = r.register("PERS", "عبد الله محمد مرسي", Set.of("عبد الله محمد مرسي"), 3);
    assertThat(son.id()).isNotEqualTo(morsi.id());
    assertThat(r.resolve("PERS", "محمد مرسي").orElseThrow().id()).isEqualTo(morsi.id());
    assertThat(r.resolve("PERS", "عبدالله مرسي").orElseThrow().id()).as("the son's given name and surname").isEqualTo(son.id());
  }

  @Test
  void two_long_names_of_one_given_name_and_surname_leave_it_alone() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("PERS", "محمد علي صالح", Set.of("محمد علي صالح"), 10);
    r.register("PERS", "محمد عبدالله صالح", Set.of("محمد عبدالله صالح"), 8);
    EntityRecord shortForm = r.register("PERS", "محمد صالح", Set.of("محمد صالح"), 3);
    assertThat(shortForm.canonical()).isEqualTo("محمد صالح");
    // one of them dominating (five times the other's mentions) takes it
    EntityRegistry d = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord main = d.register("PERS", "محمد علي صالح", Set.of("محمد علي صالح"), 50);
    d.register("PERS", "محمد عبدالله صالح", Set.of("محمد عبدالله صالح"), 8);
    assertThat(d.register("PERS", "محمد صالح", Set.of("محمد صالح"), 3).id()).isEqualTo(main.id());
  }

  @Test
  void an_article_running_a_known_name_into_another_word_does_not_take_the_name_over() {
    // SaudiNewsNet 2015-07-25: one article's keyword list made داعش رجب طيب إردوغان, with رجب طيب إردوغان as its alias;
    // the 12 Erdoğan articles after it went to that entity, which topped marsad trends
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord erdogan = r.register("PERS", "رجب طيب إردوغان", Set.of("رجب طيب إردوغان", "إردوغان"), 3);
    EntityRecord junk = r.register("PERS", "داعش رجب طيب إردوغان", Set.of("داعش رجب طيب إردوغان", "رجب طيب إردوغان", "إردوغان"), 3);
    assertThat(junk.id()).isNotEqualTo(erdogan.id());
    assertThat(r.register("PERS", "رجب طيب إردوغان", Set.of("رجب طيب إردوغان"), 2).id()).isEqualTo(erdogan.id());
    // Morsi's son, in an article that also names the father: محمد مرسي stays Morsi's
    EntityRecord morsi = r.register("PERS", "محمد مرسي", Set.of("محمد مرسي", "مرسي"), 40);
    r.register("PERS", "عبد الله محمد مرسي", Set.of("عبد الله محمد مرسي", "محمد مرسي"), 4);
    assertThat(r.register("PERS", "محمد مرسي", Set.of("محمد مرسي"), 2).id()).isEqualTo(morsi.id());
    // a name no one owns yet is still filed under the article's person
    EntityRecord zarif = r.register("PERS", "محمد جواد ظريف", Set.of("محمد جواد ظريف", "جواد ظريف"), 3);
    assertThat(r.register("PERS", "جواد ظريف", Set.of("جواد ظريف"), 1).id()).isEqualTo(zarif.id());
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) return List.of(List.of());
    List<List<T>> out = new ArrayList<>();
    for (T first : items) {
      List<T> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<T> p : permutations(rest)) {
        List<T> one = new ArrayList<>(List.of(first));
        one.addAll(p);
        out.add(one);
      }
    }
    return out;
  }
}

package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankedByWordTest {
  /** A person and its mentions (mutable, as the registry's entries are). */
  private static final class Person {
    final String name;
    long mentions;

    Person(String name, long mentions) {
      this.name = name;
      this.mentions = mentions;
    }
  }

  private static RankedByWord<Person> ranked() {
    return new RankedByWord<>(p -> p.mentions, p -> p.name);
  }

  @Test
  void the_best_the_next_and_the_total_of_a_word() {
    RankedByWord<Person> bySurname = ranked();
    Person ali = new Person("علي عبدالله صالح", 120), sonia = new Person("سنية صالح", 2), ahmad = new Person("أحمد علي صالح", 120);
    bySurname.add("صالح", sonia);
    bySurname.add("صالح", ali);
    bySurname.add("صالح", ahmad);
    assertThat(bySurname.best("صالح")).as("equal mentions: the lower id").isSameAs(ahmad);
    assertThat(bySurname.bestOtherThan("صالح", ahmad)).isSameAs(ali);
    assertThat(bySurname.bestOtherThan("صالح", sonia)).isSameAs(ahmad);
    assertThat(bySurname.sum("صالح")).isEqualTo(242);
    bySurname.remove("صالح", ahmad);
    assertThat(bySurname.best("صالح")).isSameAs(ali);
    assertThat(bySurname.sum("صالح")).isEqualTo(122);
    assertThat(bySurname.size("صالح")).isEqualTo(2);
    assertThat(bySurname.best("لافروف")).isNull();
    assertThat(bySurname.sum("لافروف")).isZero();
    assertThat(bySurname.problems()).isEmpty();
  }

  @Test
  void a_rank_changed_in_place_is_found_and_one_changed_by_refiling_is_not() {
    RankedByWord<Person> bySurname = ranked();
    Person hafez = new Person("حافظ الأسد", 3), bashar = new Person("بشار الأسد", 1);
    bySurname.add("الأسد", hafez);
    bySurname.add("الأسد", bashar);
    bySurname.remove("الأسد", bashar);
    bashar.mentions += 4;
    bySurname.add("الأسد", bashar);
    assertThat(bySurname.best("الأسد")).isSameAs(bashar);
    assertThat(bySurname.problems()).isEmpty();
    hafez.mentions += 10; // the invariant broken: changed while filed
    assertThat(bySurname.problems()).isNotEmpty();
  }

  @Test
  void a_word_left_with_no_items_is_forgotten() {
    RankedByWord<Person> byFirstWord = ranked();
    Person p = new Person("صالح المطلق", 3);
    byFirstWord.add("صالح", p);
    byFirstWord.remove("صالح", p);
    assertThat(byFirstWord.snapshot()).isEmpty();
    assertThat(byFirstWord.bestOtherThan("صالح", p)).isNull();
  }
}

package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.nlp.entity.Orders.permutations;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A foreign g is written ج or غ ({@code سيرغي لافروف} 22 articles / {@code سيرجي لافروف} 5 on the
 * SaudiNewsNet ingest of session 14: two entities): a name of several words is one entity whichever
 * way it is spelt, in every order of arrival; one word is not read the other way ({@code الغاني},
 * Ghanaian, is not {@code الجاني}, the culprit).
 */
class EntityRegistryForeignGTest {
  @Test
  void lavrov_spelt_with_jim_or_ghain_is_one_person_in_every_order() {
    Set<List<String>> outcomes = new HashSet<>();
    for (List<String> order : permutations(List.of("ghain", "ghain2", "jim", "lone"))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (String who : order) {
        switch (who) {
          case "ghain", "ghain2" -> r.register("PERS", "سيرغي لافروف", Set.of("سيرغي لافروف", "لافروف"), 2);
          case "jim" -> r.register("PERS", "سيرجي لافروف", Set.of("سيرجي لافروف"), 1);
          default -> r.register("PERS", "لافروف", Set.of("لافروف"), 1);
        }
      }
      outcomes.add(r.all().stream().filter(e -> e.type().equals("PERS")).map(e -> e.canonical() + "=" + e.count()).sorted().toList());
    }
    assertThat(outcomes).containsExactly(List.of("سيرغي لافروف=6"));
  }

  @Test
  void a_lone_surname_spelt_either_way_goes_to_the_person_in_every_order() {
    // كريستيان جروس 49 / كريستيان غروس 17 on the session-14 ingest, lone جروس and غروس beside them
    Set<List<String>> outcomes = new HashSet<>();
    for (List<String> order : permutations(List.of("jim", "jim2", "ghain", "loneJim", "loneGhain"))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (String who : order) {
        switch (who) {
          case "jim", "jim2" -> r.register("PERS", "كريستيان جروس", Set.of("كريستيان جروس", "جروس"), 2);
          case "ghain" -> r.register("PERS", "كريستيان غروس", Set.of("كريستيان غروس", "غروس"), 2);
          case "loneJim" -> r.register("PERS", "جروس", Set.of("جروس"), 1);
          default -> r.register("PERS", "غروس", Set.of("غروس"), 1);
        }
      }
      outcomes.add(r.all().stream().filter(e -> e.type().equals("PERS")).map(e -> e.canonical() + "=" + e.count()).sorted().toList());
    }
    assertThat(outcomes).containsExactly(List.of("كريستيان جروس=8"));
  }

  @Test
  void a_lone_surname_of_either_spelling_goes_to_the_person_when_the_other_spelling_is_the_more_used() {
    // the review's case: the غ spelling registered more often, so which spelling is canonical turns on the order
    Set<List<String>> outcomes = new HashSet<>();
    for (List<String> order : permutations(List.of("jim", "jim2", "ghain", "ghain2", "ghain3", "loneGhain", "loneJim"))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (String who : order) {
        switch (who) {
          case "jim", "jim2" -> r.register("PERS", "كريستيان جروس", Set.of("كريستيان جروس", "جروس"), 1);
          case "ghain", "ghain2", "ghain3" -> r.register("PERS", "كريستيان غروس", Set.of("كريستيان غروس", "غروس"), 1);
          case "loneJim" -> r.register("PERS", "جروس", Set.of("جروس"), 1);
          default -> r.register("PERS", "غروس", Set.of("غروس"), 1);
        }
      }
      outcomes.add(r.all().stream().filter(e -> e.type().equals("PERS")).map(e -> e.canonical() + "=" + e.count()).sorted().toList());
    }
    assertThat(outcomes).containsExactly(List.of("كريستيان غروس=7"));
  }

  @Test
  void a_name_with_the_conjunction_glued_on_joins_its_other_spelling_in_either_order() {
    // وصامويل هانتنجتون (و glued on, ج) and صامويل هانتنغتون (غ): Samuel Huntington, one person
    for (List<String> order : permutations(List.of("glued", "plain"))) {
      EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (String who : order) {
        if (who.equals("glued")) r.register("PERS", "وصامويل هانتنجتون", Set.of("وصامويل هانتنجتون"), 1);
        else r.register("PERS", "صامويل هانتنغتون", Set.of("صامويل هانتنغتون", "هانتنغتون"), 1);
      }
      assertThat(r.all()).filteredOn(e -> e.type().equals("PERS")).extracting(e -> e.canonical() + "=" + e.count())
          .as("order %s", order).containsExactly("صامويل هانتنغتون=2");
    }
  }

  @Test
  void a_body_spelt_both_ways_is_one_and_the_spelling_most_articles_use_names_it() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord first = r.register("ORG", "الكونجرس الأمريكي", Set.of("الكونجرس الأمريكي"), 1);
    r.register("ORG", "الكونغرس الأمريكي", Set.of("الكونغرس الأمريكي"), 1);
    EntityRecord third = r.register("ORG", "الكونغرس الأمريكي", Set.of("الكونغرس الأمريكي"), 1);
    assertThat(third.id()).isEqualTo(first.id());
    assertThat(third.canonical()).isEqualTo("الكونغرس الأمريكي");
    assertThat(r.resolve("ORG", "الكونجرس الأمريكي").map(EntityRecord::id)).contains(first.id());
  }

  @Test
  void one_word_is_not_read_the_other_way() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord ghanaian = r.register("PERS", "الغاني", Set.of("الغاني"), 1);
    EntityRecord culprit = r.register("PERS", "الجاني", Set.of("الجاني"), 1);
    assertThat(culprit.id()).isNotEqualTo(ghanaian.id());
    assertThat(NameKey.readings("الغاني")).containsExactly("الغاني");
    assertThat(NameKey.readings("لويس فان غال")).containsExactly("لويس فان غال", "لويس فان جال");
  }
}

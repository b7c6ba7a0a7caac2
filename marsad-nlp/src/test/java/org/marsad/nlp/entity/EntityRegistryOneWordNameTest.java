package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whether a one-word name ({@code الإمارات}) names its place alone as a filter reads it ({@link
 * EntityRegistry#oneWordNameOf}), on the names and article counts of a fresh ingest of SaudiNewsNet 2015-08-01/02
 * (2,530 articles; review of lane entities23, F1): the UAE 64 articles, the tagger's {@code الإمارات الشمالية} 4,
 * {@code الإمارات العربية} 1, two strays 1 each. The widening of {@code place:"الإمارات العربية المتحدة"} must not
 * come and go with the UAE's own truncated name and a few articles of its northern emirates.
 */
class EntityRegistryOneWordNameTest {
  private static EntityRegistry august(int northern) {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (int i = 0; i < 64; i++) r.register("LOC", "الإمارات", Set.of("الإمارات", "الإمارات العربية المتحدة"), 1);
    for (int i = 0; i < northern; i++) r.register("LOC", "الإمارات الشمالية", Set.of("الإمارات الشمالية"), 1);
    r.register("LOC", "الإمارات العربية", Set.of("الإمارات العربية"), 1);
    r.register("LOC", "آسيا الإمارات", Set.of("آسيا الإمارات"), 1);
    r.register("LOC", "وتشارك الامارات", Set.of("وتشارك الامارات"), 1);
    return r;
  }

  @Test
  void the_uae_is_named_by_its_one_word_name_on_two_days_of_august() {
    EntityRegistry r = august(4);
    String uae = r.resolve("LOC", "الإمارات العربية المتحدة").get().id();
    assertThat(r.resolve("LOC", "الإمارات").get().id()).isEqualTo(uae);
    assertThat(r.oneWordNameOf("LOC", "الإمارات", uae)).as("64 of 71 articles; headed: its own cut name 1, الإمارات الشمالية 4").isTrue();
  }

  @Test
  void a_word_heading_another_place_in_many_articles_is_not_its_name() {
    // the same word heading another place in a reading's share of the articles (as المملكة المتحدة heads المملكة)
    EntityRegistry r = august(4);
    for (int i = 0; i < 600; i++) r.register("LOC", "الإمارات", Set.of("الإمارات", "الإمارات العربية المتحدة"), 1);
    for (int i = 0; i < 20; i++) r.register("LOC", "الإمارات الشمالية", Set.of("الإمارات الشمالية"), 1);
    String uae = r.resolve("LOC", "الإمارات العربية المتحدة").get().id();
    assertThat(r.oneWordNameOf("LOC", "الإمارات", uae)).as("24 headed articles of 691").isFalse();
  }
}

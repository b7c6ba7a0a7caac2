package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.ner.MentionGroups;

/**
 * The short-form joins ({@code عادل الجبير} read as {@code عادل بن أحمد الجبير}, {@code سيب بلاتر} and {@code
 * جوزيف بلاتر} as {@code سيب جوزيف بلاتر}) are computed again only when a registration changed what they read,
 * not after every registration: an alert with an Arabic name filter re-resolved after each article paid a
 * walk over every chain and three-word name (review of lane entities22, F4). Offices as the 5-day
 * SaudiNewsNet registry holds them.
 */
class EntityRegistryJoinCacheTest {
  private record Registration(String type, String name, Set<String> aliases, Set<String> roles) {}

  private static final String FIFA = MentionGroups.officeKey("رئيس الاتحاد الدولي لكرة القدم");
  private static final String FM = MentionGroups.officeKey("وزير الخارجية");

  private static List<Registration> arrivals() {
    List<Registration> out = new ArrayList<>();
    out.add(new Registration("PERS", "سيب جوزيف بلاتر", Set.of("سيب جوزيف بلاتر"), Set.of(FIFA)));
    for (int i = 0; i < 4; i++) {
      out.add(new Registration("PERS", "سيب بلاتر", Set.of("سيب بلاتر"), Set.of(FIFA)));
      out.add(new Registration("ORG", "الأمم المتحدة", Set.of("الأمم المتحدة"), Set.of()));
      out.add(new Registration("PERS", "جوزيف بلاتر", Set.of("جوزيف بلاتر"), Set.of(FIFA)));
      out.add(new Registration("PERS", "عادل بن أحمد الجبير", Set.of("عادل بن أحمد الجبير"), Set.of(FM)));
      out.add(new Registration("LOC", "أديس أبابا", Set.of(), Set.of()));
      out.add(new Registration("PERS", "عادل الجبير", Set.of("عادل الجبير", "الجبير"), Set.of(FM)));
      out.add(new Registration("PERS", "سيرغي لافروف", Set.of("سيرغي لافروف", "لافروف"), Set.of(FM)));
    }
    // evidence against: the short form beside another office in as many articles ends the join
    for (int i = 0; i < 6; i++) out.add(new Registration("PERS", "عادل الجبير", Set.of("عادل الجبير"), Set.of("مدير مستشفى الملك فهد")));
    return out;
  }

  private static void register(EntityRegistry r, Registration g) {
    r.register(g.type(), g.name(), g.aliases(), 1, g.roles());
  }

  @Test
  void the_joins_kept_between_registrations_are_the_joins_computed_afresh() {
    List<Registration> all = arrivals();
    EntityRegistry kept = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (int n = 1; n <= all.size(); n++) {
      register(kept, all.get(n - 1));
      EntityRegistry fresh = EntityRegistry.inMemory(Transliterator.rulesOnly());
      for (Registration g : all.subList(0, n)) register(fresh, g);
      assertThat(kept.shortFormJoinNames()).as("after " + n + " registrations").isEqualTo(fresh.shortFormJoinNames());
      assertThat(kept.resolve("PERS", "عادل الجبير").map(EntityRecord::id)).isEqualTo(fresh.resolve("PERS", "عادل الجبير").map(EntityRecord::id));
    }
    assertThat(kept.shortFormJoinNames()).as("joined on the way, and apart at the end").doesNotContainKey("عادل الجبير")
        .containsEntry("سيب بلاتر", "سيب جوزيف بلاتر");
  }

  @Test
  void registering_names_no_join_reads_does_not_compute_the_joins_again() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (Registration g : arrivals()) register(r, g);
    r.resolve("PERS", "جوزيف بلاتر");
    long before = r.joinRecomputes;
    r.register("ORG", "الأمم المتحدة", Set.of("الأمم المتحدة"), 1);
    r.register("PERS", "سيرغي لافروف", Set.of("سيرغي لافروف"), 1, Set.of(FM));
    r.register("LOC", "موسكو", Set.of("موسكو"), 1);
    assertThat(r.resolve("PERS", "جوزيف بلاتر").get().canonical()).isEqualTo("سيب جوزيف بلاتر");
    assertThat(r.joinRecomputes).as("no chain, three-word name or short form changed").isEqualTo(before);
    r.register("PERS", "جوزيف بلاتر", Set.of("جوزيف بلاتر"), 1, Set.of(FIFA));
    assertThat(r.resolve("PERS", "جوزيف بلاتر").get().canonical()).isEqualTo("سيب جوزيف بلاتر");
    assertThat(r.joinRecomputes).as("a sibling's articles changed").isEqualTo(before + 1);
  }
}

package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ل + article fold of {@link NameKey}: للأمم is ل + الأمم, للبنان is ل + لبنان. */
class NameKeyTest {
  @Test
  void a_name_after_the_preposition_lam_keys_with_its_article_or_its_own_lam() {
    assertThat(NameKey.of("للأمم المتحدة")).isEqualTo(NameKey.of("الأمم المتحدة"));
    assertThat(NameKey.of("للبنان")).isEqualTo(NameKey.of("لبنان"));
    assertThat(NameKey.of("لليبيا")).isEqualTo(NameKey.of("ليبيا"));
    assertThat(NameKey.of("للندن")).isEqualTo(NameKey.of("لندن"));
    assertThat(NameKey.readings("للاريجاني")).containsExactly("الاريجاني", "لاريجاني");
    assertThat(NameKey.readings("الأمم المتحدة")).containsExactly("الامم المتحده");
  }

  @Test
  void a_group_descriptor_of_the_data_file_is_left_out_of_the_key() {
    assertThat(NameKey.of("حركة حماس")).isEqualTo(NameKey.of("حماس"));
    assertThat(NameKey.of("ميليشيات الحوثي")).isEqualTo("الحوثي");
    assertThat(NameKey.of("حزب الله")).isEqualTo("حزب الله");
    assertThat(NameKey.of("حركة")).isEqualTo("حركه"); // alone it is the name
  }

  @Test
  void the_registry_prefers_the_reading_it_knows() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord larijani = r.register("PERS", "علي لاريجاني", Set.of("علي لاريجاني", "لاريجاني"), 3);
    assertThat(r.register("PERS", "للاريجاني", Set.of("للاريجاني"), 1).id()).isEqualTo(larijani.id());
    assertThat(r.register("PERS", "للاريجاني", Set.of("للاريجاني"), 1).id()).as("and again").isEqualTo(larijani.id());
    EntityRecord lebanon = r.register("LOC", "لبنان", Set.of("لبنان"), 4);
    assertThat(r.register("LOC", "للبنان", Set.of("للبنان"), 1).id()).isEqualTo(lebanon.id());
    EntityRecord un = r.register("ORG", "الأمم المتحدة", Set.of("الأمم المتحدة"), 5);
    assertThat(r.register("ORG", "للأمم المتحدة", Set.of("للأمم المتحدة"), 1).id()).isEqualTo(un.id());
    assertThat(r.all()).hasSize(3);
  }
}

package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.testkit.SharedData;

/** The shipped model on the reference SANA story (its clean body: no dateline, no promo footer). */
class EntityEnricherSeedTest {
  private static String text;
  private static List<Entity> entities;

  @BeforeAll
  static void tagSeed() {
    String[] lines = SharedData.seedText().split("\n");
    text = String.join("\n", Arrays.copyOfRange(lines, 1, lines.length - 5));
    EntityEnricher enricher = new EntityEnricher(NerTagger.defaultTagger(), EntityRegistry.inMemory(Transliterator.rulesOnly()));
    entities = enricher.entities(text);
  }

  private static Set<String> ofType(String type) {
    return entities.stream().filter(e -> e.type().equals(type)).map(Entity::text).collect(Collectors.toSet());
  }

  @Test
  void offsets_point_at_the_entity_text() {
    for (Entity e : entities) assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
  }

  @Test
  void finds_the_people() {
    assertThat(ofType("PERS")).contains("سيرغي لافروف", "جون كيري", "إيفيكا تاديتش", "بشار الأسد",
        "أوليغ سيرومولوتوف", "بيدرو سيرانو", "فلاديمير تشيجوف");
    // The given name moved out of the ORG before it (DocumentConsistency.moveGivenNames), with the title as role:
    assertThat(ofType("PERS")).contains("ديميتري بيسكوف");
    // The ninth: a foreign name with a particle right after a title (ParticleNames); the model alone leaves it untagged.
    assertThat(ofType("PERS")).contains("جيل دي كيرشوف");
  }

  @Test
  void places_and_organisations() {
    assertThat(ofType("LOC")).contains("موسكو", "سورية", "تركيا", "بروكسل", "جنيف");
    assertThat(ofType("ORG")).contains("الاتحاد الأوروبي", "مجلس الأمن الدولي");
  }

  @Test
  void the_surname_joins_the_full_name() {
    Set<String> ids = entities.stream().filter(e -> e.text().equals("لافروف") || e.text().equals("سيرغي لافروف"))
        .map(Entity::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(1);
    assertThat(entities).filteredOn(e -> e.text().equals("لافروف")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.canonical()).isEqualTo("سيرغي لافروف"));
  }

  @Test
  void no_entity_keeps_a_conjunction_that_stands_alone_elsewhere() {
    assertThat(entities).extracting(Entity::text).doesNotContain("ولافروف", "وموسكو", "والاتحاد الأوروبي");
  }

  @Test
  void titles_are_roles_not_names() {
    Entity lavrov = entities.stream().filter(e -> e.text().equals("سيرغي لافروف")).findFirst().orElseThrow();
    assertThat(lavrov.role()).isEqualTo("وزير الخارجية الروسي");
    Entity peskov = entities.stream().filter(e -> e.text().equals("ديميتري بيسكوف")).findFirst().orElseThrow();
    assertThat(peskov.role()).isEqualTo("المتحدث باسم الرئاسة الروسية");
    Entity chizhov = entities.stream().filter(e -> e.text().equals("فلاديمير تشيجوف")).findFirst().orElseThrow();
    assertThat(chizhov.role()).isEqualTo("مندوب روسيا الدائم لدى الاتحاد الأوروبي");
    Entity kerry = entities.stream().filter(e -> e.text().equals("جون كيري")).findFirst().orElseThrow();
    assertThat(kerry.role()).isEqualTo("نظيره الأمريكي");
    Entity serano = entities.stream().filter(e -> e.text().equals("بيدرو سيرانو")).findFirst().orElseThrow();
    assertThat(serano.role()).isEqualTo("نائب السكرتير العام المساعد لجهاز العمل الخارجي الأوروبي");
    Entity kerchove = entities.stream().filter(e -> e.text().equals("جيل دي كيرشوف")).findFirst().orElseThrow();
    assertThat(kerchove.role()).isEqualTo("منسق الاتحاد الأوروبي لشؤون مكافحة الإرهاب");
  }
}

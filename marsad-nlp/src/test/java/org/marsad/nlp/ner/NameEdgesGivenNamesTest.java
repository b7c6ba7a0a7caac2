package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/** Reporting verbs that are also given names (طالب، مفيد، يزيد) stay in the name they open. */
class NameEdgesGivenNamesTest {
  private static List<String> persons(String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), EntityRegistry.inMemory(Transliterator.rulesOnly())).entities(text)
        .stream().filter(e -> e.type().equals("PERS")).map(Entity::text).toList();
  }

  @Test
  void a_given_name_that_is_also_a_reporting_verb_is_kept() {
    assertThat(persons("وقال الروائي الكويتي طالب الرفاعي في حديث للصحيفة إن الرواية العربية تعيش أزهى عصورها."))
        .contains("طالب الرفاعي");
    assertThat(persons("واستضاف البرنامج الإعلامي المصري مفيد فوزي للحديث عن مسيرته الصحفية الطويلة."))
        .contains("مفيد فوزي");
  }

  @Test
  void the_verb_with_a_conjunction_is_still_cut() {
    assertThat(persons("وقالت الصحيفة «رحل بيتوركا من الاتحاد وجاء بولوني، فهل يحقق بولوني البطولات مع الاتحاد»."))
        .doesNotContain("وجاء بولوني");
  }
}

package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * A theophoric given name ({@code عبد ربه}, {@code عبدربه}) the tagger leaves out of the name after it is
 * part of it, not of the role before it: without it {@code منصور هادي} was an entity of its own beside {@code
 * عبد ربه منصور هادي} (the audit's Hadi split). SaudiNewsNet sentences (aawsat.com, 2015-07-21).
 */
class TheophoricGivenNameTest {
  private static List<Entity> persons(String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), EntityRegistry.inMemory(Transliterator.rulesOnly())).entities(text)
        .stream().filter(e -> e.type().equals("PERS")).toList();
  }

  @Test
  void a_joined_theophoric_given_name_after_a_title_is_the_names_first_word() {
    List<Entity> es = persons("أصدر الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية، اليوم (الاثنين)، قراراً جمهورياً بتعيين نايف البكري محافظا لعدن.");
    assertThat(es).extracting(Entity::text).contains("عبدربه منصور هادي");
    assertThat(es).filteredOn(e -> e.text().equals("عبدربه منصور هادي")).extracting(Entity::role).containsOnly("الرئيس");
  }

  @Test
  void a_theophoric_given_name_written_apart_is_the_names_first_words() {
    List<Entity> es = persons("يذكر أن معظم مناطق ومديريات مدينة عدن باتت تحت سيطرة مقاتلي المقاومة الشعبية الموالية للرئيس اليمني "
        + "عبد ربه منصور هادي بعد مواجهات عنيفة مع مسلحي الحوثي. وقالت وزارة الخارجية الأميركية إنها تتابع عودة بعض المسؤولين "
        + "في حكومة الرئيس اليمني عبد ربه منصور هادي إلى مدينة عدن.");
    assertThat(es).extracting(Entity::text).contains("عبد ربه منصور هادي").doesNotContain("منصور هادي");
  }

  @Test
  void a_theophoric_name_ending_a_kings_name_or_before_a_coordinated_name_stays_apart() {
    List<Entity> es = persons("وقالت أستاذة مساعدة بكلية الطب جامعة الملك عبدالعزيز ميليسا البيروتي إن الدراسة شملت مئة مريض. "
        + "وكانت الفرقة الموسيقية المصرية مكونة من عبدالوهاب وأم كلثوم في ذلك الوقت.");
    assertThat(es).extracting(Entity::text).noneMatch(t -> t.startsWith("عبدالعزيز ") || t.startsWith("عبدالوهاب و"));
  }
}

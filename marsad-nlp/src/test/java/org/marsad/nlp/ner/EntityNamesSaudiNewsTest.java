package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Person names, places and formulae on sentences of SaudiNewsNet (2015-07-21/22; sabq.org,
 * aawsat.com, alweeam.com.sa): the causes found by the entity audit (docs/entities-audit.md).
 */
class EntityNamesSaudiNewsTest {
  private static List<Entity> tag(String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), EntityRegistry.inMemory(Transliterator.rulesOnly())).entities(text);
  }

  private static List<String> texts(List<Entity> entities, String type) {
    return entities.stream().filter(e -> e.type().equals(type)).map(Entity::text).toList();
  }

  @Test
  void a_title_glued_to_a_name_with_its_preposition_is_not_part_of_the_name() {
    List<Entity> es = tag("ونوه أمين الطائف رئيس المجلس البلدي \"المهندس محمد بن عبد الرحمن المخرج\"؛ بالرعاية الكريمة "
        + "\"للأمير خالد الفيصل\" مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة لافتتاح معرض \"الفيصل..");
    assertThat(texts(es, "PERS")).contains("خالد الفيصل").doesNotContain("للأمير خالد الفيصل");
  }

  @Test
  void a_title_after_the_name_is_its_role_not_its_last_word() {
    List<Entity> es = tag("حضر الاستقبال الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية، والأمير محمد "
        + "بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع.");
    assertThat(texts(es, "PERS")).containsExactly("محمد بن نايف", "محمد بن سلمان بن عبد العزيز");
    assertThat(es).filteredOn(e -> e.type().equals("PERS")).extracting(Entity::role).containsOnly("الأمير");
  }

  @Test
  void a_verb_after_a_name_is_not_part_of_it() {
    assertThat(texts(tag("الأمير مشعل بن ماجد يصافح طفلة مشاركة في الفعاليات."), "PERS")).containsExactly("مشعل بن ماجد");
  }

  @Test
  void a_listed_place_keeps_the_letter_it_starts_with() {
    List<Entity> es = tag("وكان خامنئي قد قال في كلمة بمناسبة عيد الفطر إن «جمهورية إيران الإسلامية لن تتخلى عن دعم أصدقائها "
        + "في المنطقة، والشعبين المضطهدين في فلسطين واليمن والشعبين والحكومتين في سوريا والعراق والشعب المضطهد في البحرين "
        + "والمقاتلين الأبرار في المقاومة في لبنان وفلسطين».");
    assertThat(texts(es, "LOC")).contains("لبنان").doesNotContain("بنان");
    List<Entity> paris = tag("وقالت بوينغ بأن القطعة المعدنية تزن 60 كلغ وقد سقطت فوق ضاحية شنغهاي بعيد إقلاع طائرة تابعة لإير فرانس "
        + "كانت تقوم بالرحلة 111 المتجهة من شنغهاي إلى باريس، مشددة على أن الحادث لم يؤد إلى إصابات.");
    assertThat(texts(paris, "LOC")).contains("باريس").doesNotContain("اريس");
  }

  @Test
  void a_father_named_inside_a_sons_chain_is_another_person() {
    List<Entity> es = tag("من جانبه رفع ” الدغيم ” أسمى آيات التهاني والتبريكات لمقام خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز "
        + "ال سعود حفظه الله وولي عهده الامين صاحب السمو الملكي الامير محمد بن نايف بن عبدالعزيز آل سعود وولي ولي العهد صاحب "
        + "السمو الملكي الامير محمد بن سلمان بن عبدالعزيز آل سعود.");
    Entity king = es.stream().filter(e -> e.text().equals("سلمان بن عبدالعزيز ال سعود")).findFirst().orElseThrow();
    Entity son = es.stream().filter(e -> e.text().equals("محمد بن سلمان بن عبدالعزيز آل سعود")).findFirst().orElseThrow();
    assertThat(king.id()).isNotEqualTo(son.id());
    assertThat(king.canonical()).isEqualTo("سلمان بن عبدالعزيز ال سعود");
  }

  @Test
  void a_formula_after_a_name_is_not_an_entity() {
    List<Entity> es = tag("وأمر بتسمية حفل سباق الفروسية باسم الملك عبد الله بن عبد العزيز رحمه الله، وتلقى اتصالاً هاتفيًا من الرئيس المصري.");
    assertThat(es).extracting(Entity::text).doesNotContain("رحمه الله").contains("عبد الله بن عبد العزيز");
  }
}

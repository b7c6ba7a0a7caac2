package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * The given name علي, and the given-name-and-surname form of a name, which is NOT joined to a longer name the
 * article writes (session 12 joined them within an article; the join renamed big entities across articles,
 * e.g. بشار الأسد after one article writing بشار حافظ الأسد, and was removed: bench/RESULTS.md, "Entities,
 * session 12, lead"); SaudiNewsNet sentences (2015-07-21..24; aawsat.com, 3alyoum.com, alyaum.com).
 */
class PersonNameFormsTest {
  private static List<Entity> persons(String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), EntityRegistry.inMemory(Transliterator.rulesOnly())).entities(text)
        .stream().filter(e -> e.type().equals("PERS")).toList();
  }

  @Test
  void the_given_name_ali_is_not_the_preposition_ala() {
    // match normalisation folds على into علي: as an edge word it cut Ali off every name it opened
    assertThat(NameEdges.isEdgeWord("على")).isTrue();
    assertThat(NameEdges.isEdgeWord("وعلى")).isTrue();
    assertThat(NameEdges.isEdgeWord("علي")).isFalse();
    assertThat(persons("وقالت المصادر إن ميليشيات الحوثيين والقوات الموالية للرئيس السابق علي عبد الله صالح قصفت أحياء سكنية "
        + "شمال مدينة عدن.")).extracting(Entity::text).containsExactly("علي عبد الله صالح");
  }

  @Test
  void a_given_name_and_surname_keeps_its_own_name_beside_the_long_name() {
    List<Entity> es = persons("وقالت المصادر إن ميليشيات الحوثيين والقوات الموالية للرئيس السابق علي عبد الله صالح قصفت أحياء سكنية شمال "
        + "مدينة عدن. وتعتبر المدينة الأهم في الجنوب، وكانت تسيطر عليها ميليشيات موالية للمخلوع علي صالح، إلى جانب مسلحين "
        + "تابعين لميليشيات الحوثي.");
    assertThat(es).extracting(Entity::text).contains("علي عبد الله صالح", "علي صالح");
    assertThat(es).filteredOn(e -> e.text().equals("علي صالح")).extracting(Entity::canonical).containsOnly("علي صالح");
  }

  @Test
  void a_name_without_its_first_word_stays_apart_from_a_different_given_name() {
    // علي صالح العمير (Kuwait's oil minister) opens with علي صالح: not its given name and surname
    List<Entity> es = persons("ونقل عن وزير النفط الكويتي علي صالح العمير أمس الأول ثقته في آفاق الطلب، فيما قالت ميليشيات موالية "
        + "للمخلوع علي صالح إنها تتقدم.");
    assertThat(es).filteredOn(e -> e.text().equals("علي صالح")).extracting(Entity::canonical).doesNotContain("علي صالح العمير");
  }

  @Test
  void a_given_name_and_surname_stays_alone_when_the_article_names_two_such_men_or_a_father() {
    // SaudiNewsNet 2015-07-21: two sons of Khalid al-Faisal beside the late Saud al-Faisal; the dropped words are the father
    List<Entity> princes = persons("وشارك في الاستقبال الأمير سلطان بن خالد الفيصل، والأمير سعود بن خالد الفيصل، وقدم التعازي "
        + "في وفاة الأمير سعود الفيصل وزير الخارجية السابق.");
    assertThat(princes).extracting(Entity::text).contains("سعود بن خالد الفيصل", "سعود الفيصل");
    assertThat(princes).filteredOn(e -> e.text().equals("سعود الفيصل")).extracting(Entity::canonical).containsOnly("سعود الفيصل");
    List<Entity> two = persons("وقال محمد علي صالح إن الاجتماع انتهى، فيما أكد محمد عبد الله صالح أن اللجنة ستجتمع. وأضاف محمد صالح أن القرار نهائي.");
    assertThat(two).extracting(Entity::text).contains("محمد علي صالح", "محمد عبد الله صالح", "محمد صالح");
    assertThat(two).filteredOn(e -> e.text().equals("محمد صالح")).extracting(Entity::canonical).containsOnly("محمد صالح");
  }
}

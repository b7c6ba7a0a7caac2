package org.marsad.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.query.MarsadQueryParser;

/**
 * An Arabic name in an entity filter also asks for the entity the registry resolves it to (session 21
 * review F2: {@code person:"ميشيل بلاتيني"} found only the articles writing that spelling, although the
 * registry holds it as Platini's). Names and counts of the 5-day SaudiNewsNet registry (2015-07-21..25).
 */
class TestEntityNameFilterExpansion {
  private static String expand(String q, EntityRegistry r) {
    String out = EntityNameFilterExpansion.expand(q, r);
    MarsadQueryParser.parse(out); // every expansion must still be a valid query
    return out;
  }

  @Test
  void a_person_filter_in_the_other_spelling_of_a_joined_name_is_also_that_persons_other_name() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String platini = r.register("PERS", "ميشال بلاتيني", Set.of("ميشال بلاتيني", "بلاتيني"), 51).id();
    r.register("PERS", "ميشيل بلاتيني", Set.of("ميشيل بلاتيني"), 27); // ForeignSpelling: the same man
    String other = EntityRegistry.key("ميشال بلاتيني");
    assertThat(expand("person:\"ميشيل بلاتيني\"", r)).isEqualTo("person:\"ميشيل بلاتيني\" OR person:\"" + other + "\"");
    assertThat(expand("person:«ميشال بلاتيني» الفيفا", r)).as("the other spelling")
        .isEqualTo("person:«ميشال بلاتيني» OR person:\"" + EntityRegistry.key("ميشيل بلاتيني") + "\" الفيفا");
    assertThat(expand("الفيفا -person:\"ميشيل بلاتيني\"", r)).isEqualTo("الفيفا -person:\"ميشيل بلاتيني\" -person:\"" + other + "\"");
    assertThat(expand("الفيفا NOT person:بلاتيني", r)).as("a lone word: as typed").isEqualTo("الفيفا NOT person:بلاتيني");
    String once = expand("person:\"ميشيل بلاتيني\"", r);
    assertThat(expand(once, r)).as("expanding twice changes nothing").isEqualTo(once);
    assertThat(expand("person:\"جورجيو بلاتيني\"", r)).as("no entity of that name: as typed").isEqualTo("person:\"جورجيو بلاتيني\"");
    assertThat(expand("person:" + platini, r)).as("an id is not a name").isEqualTo("person:" + platini);
  }

  @Test
  void a_person_filter_never_adds_the_entitys_id_nor_a_lone_surname_filed_under_it() {
    // review of lane entities22, F1: the id of نوري المالكي carries the articles whose lone المالكي was
    // filed under him (رياض المالكي, the Palestinian FM, written المالكي alone); his names as text do not
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String maliki = null;
    for (int article = 0; article < 3; article++) maliki = r.register("PERS", "نوري المالكي", Set.of("نوري المالكي", "المالكي"), 5).id();
    r.register("PERS", "المالكي", Set.of("المالكي"), 1);
    String q = expand("person:\"نوري المالكي\"", r);
    assertThat(q).doesNotContain(maliki).doesNotContain("person:المالكي").doesNotContain("person:\"المالكي\"");
  }

  @Test
  void a_name_that_is_another_entitys_own_name_is_not_widened_to_the_one_holding_it_as_an_alias() {
    // review F2: عبدالله الموسى (own entity, 5 articles) resolves to the chain عبدالله بن عبدالعزيز الموسى
    // (one article writing both); the listing shows the short form as its own man
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (int article = 0; article < 3; article++) {
      r.register("PERS", "عبدالله بن عبدالعزيز الموسى", Set.of("عبدالله بن عبدالعزيز الموسى", "عبدالله الموسى"), 6);
    }
    r.register("PERS", "عبدالله الموسى", Set.of("عبدالله الموسى"), 1);
    String own = EntityRegistry.idFor("PERS", "عبدالله الموسى");
    assertThat(r.byId(own)).as("listed as its own man").isPresent();
    assertThat(r.resolve("PERS", "عبدالله الموسى").get().id()).as("resolved to the chain").isNotEqualTo(r.byId(own).get().id());
    assertThat(expand("person:\"عبدالله الموسى\"", r)).isEqualTo("person:\"عبدالله الموسى\"");
  }

  @Test
  void a_full_name_is_widened_to_a_one_word_name_only_that_body_or_place_is_called() {
    // session 22 "Left": org:"الاتحاد الدولي لكره القدم" 91 → 49 on 5 days once الفيفا was left out,
    // place:"المملكه العربيه السعوديه" 1,360 → 225 without السعودية. Proportions of the 5-day registry:
    // the word's readings are the entities whose names hold it, weighed by their articles
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (int article = 0; article < 20; article++) r.register("ORG", "الاتحاد الدولي لكرة القدم", Set.of("الاتحاد الدولي لكرة القدم", "الفيفا"), 2);
    for (int article = 0; article < 10; article++) r.register("ORG", "الاتحاد الأوروبي", Set.of("الاتحاد الأوروبي"), 1);
    for (int article = 0; article < 8; article++) r.register("ORG", "الاتحاد", Set.of("الاتحاد"), 1);
    for (int article = 0; article < 30; article++) {
      r.register("LOC", "المملكة العربية السعودية", Set.of("المملكة العربية السعودية", "السعودية", "المملكة"), 2);
    }
    for (int article = 0; article < 3; article++) r.register("LOC", "المملكة المتحدة", Set.of("المملكة المتحدة"), 1);
    assertThat(expand("org:\"الاتحاد الدولي لكرة القدم\"", r)).as("FIFA's one-word name")
        .contains("org:\"" + EntityRegistry.key("الفيفا") + "\"").doesNotContain("org:\"الاتحاد\"");
    String saudi = expand("place:\"المملكة العربية السعودية\"", r);
    assertThat(saudi).as("a nisba heads no other place's name").contains("place:\"" + EntityRegistry.key("السعودية") + "\"");
    // المملكة: 30 of 33 articles are Saudi Arabia's, but 3 name المملكة المتحدة: a noun heading another place's name
    assertThat(saudi).doesNotContain("place:\"" + EntityRegistry.key("المملكة") + "\"");
    assertThat(expand("org:\"الاتحاد الأوروبي\"", r)).as("الاتحاد: the EU's in a third of its articles")
        .isEqualTo("org:\"الاتحاد الأوروبي\"");
    assertThat(expand("org:اتحاد", r)).as("a one-word value: as typed").isEqualTo("org:اتحاد");
    // مكة of مكة المكرمة: the articles are indexed under the canonical name, so the one-word alias added only
    // other places' articles on 5 days (طريق مكة القديم, a road in Jeddah)
    for (int article = 0; article < 20; article++) r.register("LOC", "مكة المكرمة", Set.of("مكة المكرمة", "مكة"), 2);
    r.register("LOC", "مكة القديم", Set.of("مكة القديم"), 1);
    assertThat(expand("place:\"مكة المكرمة\"", r)).as("not the canonical name").doesNotContain("place:\"" + EntityRegistry.key("مكة") + "\"");
  }

  @Test
  void a_one_word_org_or_place_value_is_not_widened_to_the_body_written_with_the_article() {
    // review of lane entities22, F3: org:اتحاد ("union") 99 → 230 articles through الاتحاد, org:قاعده
    // ("base") 6 → 105 through القاعدة; a common noun is as often meant as the body
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("ORG", "الاتحاد", Set.of("الاتحاد"), 405); // 5-day registry: the club, the EU… as tagged
    r.register("ORG", "الفيفا", Set.of("الفيفا"), 120);
    r.register("LOC", "السعودية", Set.of("السعودية"), 1363);
    assertThat(r.resolve("ORG", "اتحاد")).as("the registry reads it as the body").isPresent();
    assertThat(expand("org:اتحاد", r)).isEqualTo("org:اتحاد");
    assertThat(expand("org:فيفا", r)).isEqualTo("org:فيفا");
    assertThat(expand("place:المملكة", r)).as("a listed alias of one word too").isEqualTo("place:المملكة");
  }

  @Test
  void an_arabic_speaker_name_the_registry_knows_is_also_its_id() {
    // session 11 QA: speaker:"عادل الجبير" found 14 articles, speaker:pers-… 17: a quotation's speaker
    // is indexed as written with its id, and the other 3 name him otherwise (الجبير, his role)
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String lavrov = r.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9).id();
    assertThat(expand("speaker:\"سيرغي لافروف\"", r)).isEqualTo("speaker:\"سيرغي لافروف\" OR speaker:" + lavrov);
    assertThat(expand("إيران speaker:لافروف", r)).isEqualTo("إيران speaker:لافروف OR speaker:" + lavrov);
    assertThat(expand("إيران -speaker:لافروف", r)).isEqualTo("إيران -speaker:لافروف -speaker:" + lavrov);
    assertThat(expand("speaker:\"وزير الخارجية\"", r)).as("no entity of that name: as typed").isEqualTo("speaker:\"وزير الخارجية\"");
  }

  @Test
  void a_name_two_people_hold_adds_the_one_most_articles_named_so_and_never_both() {
    // 5-day registry: محمد مرسي 59, and his son عبد الله محمد مرسي 2 holding محمد مرسي too (one article
    // writing both); one registration is one article, and the name goes to the one more articles named so
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String morsi = null;
    for (int article = 0; article < 3; article++) morsi = r.register("PERS", "محمد مرسي", Set.of("محمد مرسي", "مرسي"), 20).id();
    String son = r.register("PERS", "عبد الله محمد مرسي", Set.of("عبد الله محمد مرسي", "محمد مرسي"), 2).id();
    assertThat(son).isNotEqualTo(morsi);
    String q = expand("person:\"محمد مرسي\"", r);
    assertThat(q).as("his only name of two words is the one typed").isEqualTo("person:\"محمد مرسي\"").doesNotContain(son);
    assertThat(morsi).isNotNull();
    // a given name that names many people resolves to none of them: the filter stays as typed
    r.register("PERS", "خالد الفيصل", Set.of("خالد الفيصل"), 40);
    r.register("PERS", "خالد بن سلمان", Set.of("خالد بن سلمان"), 30);
    assertThat(expand("person:خالد", r)).isEqualTo("person:خالد");
  }

  @Test
  void a_query_at_the_parsers_part_limit_is_not_widened_past_it() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9);
    String words = "كلمة ".repeat(MarsadQueryParser.MAX_PARTS - 1);
    String q = words + "person:لافروف";
    assertThat(expand(q, r)).isEqualTo(q);
  }
}

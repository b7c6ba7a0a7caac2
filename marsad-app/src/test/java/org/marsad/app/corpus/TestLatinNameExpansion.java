package org.marsad.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.query.MarsadQueryParser;

/** Latin names in mixed queries: operators, filters and phrases stay as typed, and the result still parses. */
class TestLatinNameExpansion {
  static EntityRegistry registry;
  static String lavrov;
  static String kerry;
  static String cairo;

  @BeforeAll
  static void registry() {
    registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9).id();
    kerry = registry.register("PERS", "جون كيري", Set.of("كيري"), 5).id();
    cairo = registry.register("LOC", "القاهرة", Set.of(), 3).id();
  }

  static String expand(String q) {
    String out = LatinNameExpansion.expand(q, registry);
    MarsadQueryParser.parse(out); // every expansion must still be a valid query
    return out;
  }

  @Test
  void a_string_of_letters_that_cannot_be_a_name_finds_no_entity() {
    // 'qqq' folds to the one-letter key of Gea's family name (Khia) and 'zzzzqqq' to zakat's key:
    // on 9,500 SaudiNewsNet articles they found 6 football and 1 zakat articles
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("PERS", "دي خيا", Set.of("خيا"), 6);
    r.register("ORG", "الزكاة", Set.of("زكاة"), 2);
    String ali = r.register("PERS", "علي", Set.of(), 4).id();
    for (String junk : java.util.List.of("qqq", "zzzzqqq", "kkk", "Khhh")) {
      assertThat(LatinNameExpansion.expand(junk, r)).as(junk).isEqualTo(junk);
    }
    assertThat(LatinNameExpansion.expand("Ali", r)).as("a short real name still expands").isEqualTo("Ali OR person:" + ali);
  }

  @Test
  void a_latin_name_with_diacritics_or_typographic_apostrophes_is_read_as_its_plain_letters() {
    // session 11 QA: `marsad search Riyāḍ` found 0 of the 682 articles on الرياض that `Riyad` finds,
    // and `Sana'a` 263 articles on الصين (China) by its letters, where `Sanaa` is صنعاء
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String riyadh = r.register("LOC", "الرياض", Set.of(), 40).id();
    String adel = r.register("PERS", "عادل الجبير", Set.of("الجبير"), 9).id();
    String sanaa = r.register("LOC", "صنعاء", Set.of(), 5).id();
    r.register("LOC", "الصين", Set.of(), 30);
    assertThat(LatinNameExpansion.expand("Riyad", r)).isEqualTo("Riyad OR الرياض OR place:" + riyadh);
    assertThat(LatinNameExpansion.expand("Riyāḍ", r)).as("the query keeps what was typed").isEqualTo("Riyāḍ OR الرياض OR place:" + riyadh);
    assertThat(LatinNameExpansion.expand("ʿĀdil al-Jubayr", r)).isEqualTo("\"ʿĀdil al-Jubayr\" OR \"عادل الجبير\" OR person:" + adel);
    assertThat(LatinNameExpansion.expand("Sana'a", r)).isEqualTo("Sana'a OR صنعاء OR place:" + sanaa);
    assertThat(LatinNameExpansion.expand("Sana’a", r)).as("a phone's apostrophe").isEqualTo("Sana’a OR صنعاء OR place:" + sanaa);
    assertThat(LatinNameExpansion.plainLatin("أحمد")).as("Arabic keeps its hamza").isEqualTo("أحمد");
  }

  @Test
  void a_latin_name_as_the_value_of_an_entity_filter_is_that_entity() {
    // session 11 QA: speaker:Jubeir and person:Jubeir found 0 articles, Jubeir alone 38
    assertThat(expand("speaker:Lavrov")).isEqualTo("speaker:" + lavrov);
    assertThat(expand("person:Lāvrov الاتفاق")).isEqualTo("person:" + lavrov + " الاتفاق");
    assertThat(expand("إيران -person:\"Sergei Lavrov\"")).isEqualTo("إيران -person:" + lavrov);
    assertThat(expand("place:Lavrov")).as("no place of that name: as typed").isEqualTo("place:Lavrov");
    assertThat(expand("person:لافروف")).as("an Arabic name: EntityNameFilterExpansion's").isEqualTo("person:لافروف");
    assertThat(expand("source:Lavrov")).isEqualTo("source:Lavrov");
  }

  @Test
  void a_latin_name_word_is_not_the_place_named_after_it() {
    // session 11 QA: Saud and Sa'ud found the 1,363 articles on السعودية (both sd by key)
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("LOC", "السعودية", Set.of(), 300);
    String saud = r.register("PERS", "سعود الفيصل", Set.of(), 20).id();
    assertThat(LatinNameExpansion.expand("Saud", r)).isEqualTo("Saud OR person:" + saud);
    assertThat(LatinNameExpansion.expand("Sa'ud", r)).isEqualTo("Sa'ud OR person:" + saud);
    assertThat(LatinNameExpansion.byLatin(r, "Saudi")).as("the nisba typed as one").extracting(e -> e.canonical()).contains("السعودية");
  }

  @Test
  void a_latin_name_also_searches_the_arabic_name_it_spells_when_articles_used_that_name() {
    // session 14 QA: Obama found only the articles the recogniser tagged (96), أوباما 217
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String obama = r.register("PERS", "باراك أوباما", Set.of("اوباما"), 383).id();
    String faisal = r.register("PERS", "سعود الفيصل", Set.of(), 20).id();
    String ali = r.register("PERS", "علي", Set.of(), 40).id();
    String adel = r.register("PERS", "عادل الجبير", Set.of("الجبير"), 98).id();
    assertThat(LatinNameExpansion.expand("Obama", r)).as("the alias اوباما, in the canonical spelling").isEqualTo("Obama OR أوباما OR person:" + obama);
    assertThat(LatinNameExpansion.expand("Barack Obama", r)).isEqualTo("\"Barack Obama\" OR \"باراك أوباما\" OR person:" + obama);
    assertThat(LatinNameExpansion.expand("Jubeir", r)).isEqualTo("Jubeir OR الجبير OR person:" + adel);
    assertThat(LatinNameExpansion.expand("Adel", r)).as("عادل alone is no name of his").isEqualTo("Adel OR person:" + adel);
    assertThat(LatinNameExpansion.expand("Saud", r)).as("سعود alone is no name of سعود الفيصل (آل سعود)").isEqualTo("Saud OR person:" + faisal);
    assertThat(LatinNameExpansion.expand("Ali", r)).as("a short word: علي is also على").isEqualTo("Ali OR person:" + ali);
    assertThat(LatinNameExpansion.expand("-Obama", r)).isEqualTo("-Obama -أوباما -person:" + obama);
    MarsadQueryParser.parse(LatinNameExpansion.expand("Obama -Jubeir", r));
  }

  @Test
  void words_of_a_name_the_recogniser_made_once_are_read_one_by_one() {
    // session 14 QA: the ORG «اوباما كينيا» (1 mention) made "Obama Kenya" find 1 article, أوباما كينيا 20
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String obama = r.register("PERS", "باراك أوباما", Set.of("اوباما"), 383).id();
    String kenya = r.register("LOC", "كينيا", Set.of(), 123).id();
    r.register("ORG", "اوباما كينيا", Set.of(), 1);
    assertThat(LatinNameExpansion.expand("Obama Kenya", r))
        .isEqualTo("Obama OR أوباما OR person:" + obama + " Kenya OR كينيا OR place:" + kenya);
  }

  @Test
  void a_name_that_only_sounds_like_an_entity_word_keeps_the_entity_filter_alone() {
    // session 14 review: the loose phonetic key made Amir search عمر (6 -> 846 articles), Saleh سيول,
    // Jamal جميل, Michael and Mishaal الموصل, Turki تركيا, Nasr the club النصر
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String omar = r.register("PERS", "عمر", Set.of(), 40).id();
    String seoul = r.register("LOC", "سيول", Set.of(), 12).id();
    String jameel = r.register("PERS", "عبداللطيف جميل", Set.of("جميل"), 8).id();
    String mosul = r.register("LOC", "الموصل", Set.of(), 30).id();
    String turkey = r.register("LOC", "تركيا", Set.of(), 200).id();
    String nassr = r.register("ORG", "النصر", Set.of(), 60).id();
    assertThat(LatinNameExpansion.expand("Amir", r)).isEqualTo("Amir OR person:" + omar);
    assertThat(LatinNameExpansion.expand("Saleh", r)).isEqualTo("Saleh OR place:" + seoul);
    assertThat(LatinNameExpansion.expand("Jamal", r)).isEqualTo("Jamal OR person:" + jameel);
    assertThat(LatinNameExpansion.expand("Michael", r)).isEqualTo("Michael OR place:" + mosul);
    assertThat(LatinNameExpansion.expand("Mishaal", r)).isEqualTo("Mishaal OR place:" + mosul);
    assertThat(LatinNameExpansion.expand("Turki", r)).isEqualTo("Turki OR place:" + turkey);
    assertThat(LatinNameExpansion.expand("Nasr", r)).isEqualTo("Nasr OR org:" + nassr);
    // a strict spelling still searches the word
    assertThat(LatinNameExpansion.expand("Jameel", r)).isEqualTo("Jameel OR جميل OR person:" + jameel);
  }

  @Test
  void a_full_name_written_once_is_still_one_name() {
    // session 14 review: "Hugo Dixon", quoted in one article, found 1 article before the session and
    // 0 when a once-mentioned run was read word by word (Hugo names no one, so it stayed a bare word)
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String dixon = r.register("PERS", "هوجو ديكسون", Set.of(), 1).id();
    r.register("PERS", "ديكسون", Set.of(), 3);
    assertThat(LatinNameExpansion.expand("Hugo Dixon", r)).isEqualTo("\"Hugo Dixon\" OR \"هوجو ديكسون\" OR person:" + dixon);
  }

  @Test
  void a_known_name_also_matches_its_entity() {
    assertThat(expand("Lavrov")).isEqualTo("Lavrov OR لافروف OR person:" + lavrov);
  }

  @Test
  void the_operators_are_kept_and_the_names_around_them_expanded() {
    assertThat(expand("Lavrov AND Kerry")).isEqualTo("Lavrov OR لافروف OR person:" + lavrov + " AND Kerry OR كيري OR person:" + kerry);
    assertThat(expand("Lavrov OR Kerry")).isEqualTo("Lavrov OR لافروف OR person:" + lavrov + " OR Kerry OR كيري OR person:" + kerry);
    assertThat(expand("Lavrov NOT source:sana")).isEqualTo("Lavrov OR لافروف OR person:" + lavrov + " NOT source:sana");
  }

  @Test
  void an_excluded_name_excludes_its_entity_too() {
    assertThat(expand("Lavrov NOT Kerry")).isEqualTo("Lavrov OR لافروف OR person:" + lavrov + " NOT Kerry -كيري -person:" + kerry);
    assertThat(expand("سوريا -Kerry")).isEqualTo("سوريا -Kerry -كيري -person:" + kerry);
  }

  @Test
  void filters_and_quoted_phrases_are_left_alone() {
    assertThat(expand("source:Lavrov")).isEqualTo("source:Lavrov");
    assertThat(expand("city:\"Lavrov Kerry\" لافروف")).isEqualTo("city:\"Lavrov Kerry\" لافروف");
    assertThat(expand("\"Lavrov and Kerry\"")).isEqualTo("\"Lavrov and Kerry\"");
    // an entity filter with a Latin name is the entity's id since session 11 (below)
    assertThat(expand("«Lavrov» person:Kerry")).isEqualTo("«Lavrov» person:" + kerry);
  }

  @Test
  void an_english_place_name_finds_its_arabic_name_not_a_name_that_sounds_alike() {
    // "Cairo" and "Kerry" share a phonetic key (kr); the exonym list says Cairo is القاهرة
    assertThat(registry.findByLatin("Cairo")).extracting(r -> r.id()).contains(kerry);
    assertThat(expand("Cairo")).isEqualTo("Cairo OR القاهرة OR place:" + cairo);
    assertThat(expand("cairo -Kerry")).isEqualTo("cairo OR القاهرة OR place:" + cairo + " -Kerry -كيري -person:" + kerry);
    assertThat(expand("Lavrov NOT Cairo")).isEqualTo("Lavrov OR لافروف OR person:" + lavrov + " NOT Cairo -القاهرة -place:" + cairo);
  }

  @Test
  void an_english_name_the_registry_has_not_seen_still_searches_the_arabic_words() {
    assertThat(expand("Hezbollah")).isEqualTo("Hezbollah OR \"حزب الله\"");
    assertThat(expand("Damascus")).isEqualTo("Damascus OR دمشق");
    // both words of a two-word English name stand for the Arabic name, so neither is left as a Latin word every article must contain
    assertThat(expand("Saudi Arabia")).isEqualTo("Saudi OR السعودية Arabia OR السعودية");
  }

  @Test
  void the_words_of_one_english_name_find_its_entity_together() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String ban = r.register("PERS", "بان كي مون", Set.of(), 15).id();
    // "هل صحيح بان عبدالفتاح لعب …": بأن written without its hamza, a junk person mentioned more
    r.register("PERS", "بان عبدالفتاح", Set.of(), 32);
    String out = LatinNameExpansion.expand("Ban Ki-moon", r);
    MarsadQueryParser.parse(out);
    assertThat(out).isEqualTo("\"Ban Ki-moon\" OR \"بان كي مون\" OR person:" + ban);
    assertThat(LatinNameExpansion.expand("Ban Ki Moon المتحدة", r)).isEqualTo("\"Ban Ki Moon\" OR \"بان كي مون\" OR person:" + ban + " المتحدة");
    assertThat(expand("Lavrov Kerry")).as("two names stay two").isEqualTo("Lavrov OR لافروف OR person:" + lavrov + " Kerry OR كيري OR person:" + kerry);
    assertThat(expand("Sergei Lavrov")).isEqualTo("\"Sergei Lavrov\" OR \"سيرغي لافروف\" OR person:" + lavrov);
    assertThat(expand("John Kerry")).as("John is Jon (جون) with a silent h").isEqualTo("\"John Kerry\" OR \"جون كيري\" OR person:" + kerry);
    assertThat(expand("Kerry OR Lavrov")).isEqualTo("Kerry OR كيري OR person:" + kerry + " OR Lavrov OR لافروف OR person:" + lavrov);
  }

  @Test
  void words_that_sound_like_later_words_of_a_name_are_not_that_name() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String john = r.register("PERS", "جون كيري", Set.of("كيري"), 169).id();
    // the Saudi football federation, Atehad al-Kra al-S'odi: Kerry ~ Kra and said ~ S'odi by key, in that order
    String federation = r.register("ORG", "اتحاد الكرة السعودي", Set.of(), 4).id();
    String out = LatinNameExpansion.expand("Kerry said", r);
    MarsadQueryParser.parse(out);
    assertThat(out).as("Kerry keeps his filter").startsWith("Kerry OR كيري OR person:" + john).doesNotContain("\"Kerry said\"");
    assertThat(LatinNameExpansion.expand("John Kerry said", r)).startsWith("\"John Kerry\" OR \"جون كيري\" OR person:" + john);
    assertThat(LatinNameExpansion.expand("Atehad Kra", r)).as("the name's own first words still name it")
        .isEqualTo("\"Atehad Kra\" OR org:" + federation);
  }

  @Test
  void a_chain_particle_is_no_name_word() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String mbs = r.register("PERS", "محمد بن سلمان بن عبدالعزيز", Set.of("محمد بن سلمان"), 282).id();
    String father = r.register("PERS", "سلمان بن عبدالعزيز", Set.of(), 300).id();
    // a junk person of the SaudiNewsNet registry: Ban Ki Mon Walbnghladshi Mhmd Yons (bin ~ Ban by key)
    String junk = r.register("PERS", "بان كي مون والبنغلادشي محمد يونس", Set.of(), 1).id();
    String out = LatinNameExpansion.expand("Mohammed bin Salman", r);
    MarsadQueryParser.parse(out);
    assertThat(out).isEqualTo("\"Mohammed bin Salman\" OR \"محمد بن سلمان\" OR person:" + mbs);
    assertThat(LatinNameExpansion.expand("Mohammed bin", r)).doesNotContain(junk).endsWith(" bin");
    assertThat(LatinNameExpansion.expand("Salman bin Abdulaziz", r)).as("a chain's later words are its father")
        .isEqualTo("\"Salman bin Abdulaziz\" OR \"سلمان بن عبدالعزيز\" OR person:" + father);
  }

  @Test
  void a_common_english_word_is_no_name_even_when_it_sounds_like_one() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String kerry = r.register("PERS", "جون كيري", Set.of("كيري"), 169).id();
    // al-S'odia: said has its key (sd); on the session-10 data "Kerry said" searched Saudi Arabia too
    String saudi = r.register("LOC", "السعودية", Set.of(), 4444).id();
    String out = LatinNameExpansion.expand("Kerry said", r);
    MarsadQueryParser.parse(out);
    assertThat(out).as("said is dropped next to a name: no Arabic article contains it")
        .isEqualTo("Kerry OR كيري OR person:" + kerry).doesNotContain(saudi);
    assertThat(LatinNameExpansion.expand("said Kerry", r)).isEqualTo("Kerry OR كيري OR person:" + kerry);
    assertThat(LatinNameExpansion.expand("Kerry OR said", r)).as("an operand stays").isEqualTo("Kerry OR كيري OR person:" + kerry + " OR said");
    assertThat(LatinNameExpansion.expand("Kerry -said", r)).as("an exclusion stays").isEqualTo("Kerry OR كيري OR person:" + kerry + " -said");
    assertThat(LatinNameExpansion.expand("\"Kerry said\" لافروف", r)).as("a phrase stays").isEqualTo("\"Kerry said\" لافروف");
    assertThat(LatinNameExpansion.expand("the talks", r)).as("only common words: as typed").isEqualTo("the talks");
    assertThat(LatinNameExpansion.expand("said", r)).isEqualTo("said");
    assertThat(LatinNameExpansion.couldBeAName("Said")).as("any letter case").isFalse();
    assertThat(LatinNameExpansion.expand("Saudi", r)).as("an exonym is read first").contains("place:" + saudi);
  }
}

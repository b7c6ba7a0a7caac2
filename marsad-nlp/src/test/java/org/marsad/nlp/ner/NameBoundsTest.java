package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/** Words of another entity glued to a person's name by the tagger are cut off it (issue 4, session 12). */
class NameBoundsTest {
  /** The end of 3alyoum.com 2015-07-25 ("تركيا تشن أول غاراتها ضد داعش في سوريا"), keyword list included. */
  private static final String ERDOGAN = "قصفت طائرات حربية تركية أهدافا لتنظيم الدولة الإسلامية في سوريا للمرة الأولى اليوم الجمعة، فيما وعد "
      + "الرئيس التركي رجب طيب إردوغان باتخاذ إجراءات أكثر حسما ضد الجهاديين والمتشددين الأكراد بالداخل.\n"
      + "وقال إردوغان للصحفيين “في مكالمتنا مع أوباما جددنا عزمنا على الصراع ضد المنظمة الانفصالية وضد تنظيم الدولة الإسلامية. "
      + "قمنا بالخطوة الأولى الليلة الماضية”. بحسب رويترز. سمات تركيا داعش رجب طيب إردوغان سوريا ";

  private static List<Entity> persons(EntityRegistry registry, String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), registry).entities(text).stream().filter(e -> e.type().equals("PERS")).toList();
  }

  @Test
  void a_body_the_collection_knows_is_cut_off_the_name_the_keyword_list_glued_it_to() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (int i = 0; i < 30; i++) r.register("ORG", "داعش", Set.of("داعش", "تنظيم داعش"), 3);
    List<Entity> es = persons(r, ERDOGAN);
    assertThat(es).extracting(Entity::text).contains("رجب طيب إردوغان").doesNotContain("داعش رجب طيب إردوغان");
    assertThat(es).filteredOn(e -> e.text().contains("إردوغان")).extracting(Entity::canonical).containsOnly("رجب طيب إردوغان");
  }

  @Test
  void without_evidence_the_tagged_span_is_kept() {
    // the keyword list is the only place the article writes داعش: an empty collection knows nothing of it
    assertThat(persons(EntityRegistry.inMemory(Transliterator.rulesOnly()), ERDOGAN)).extracting(Entity::text).contains("داعش رجب طيب إردوغان");
    // a body seen a few times is no evidence
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("ORG", "داعش", Set.of("داعش"), 5);
    assertThat(persons(r, ERDOGAN)).extracting(Entity::text).contains("داعش رجب طيب إردوغان");
  }

  @Test
  void a_given_name_that_is_also_a_place_stays_in_the_name() {
    EntityRegistry r = EntityRegistry.inMemory(Transliterator.rulesOnly());
    r.register("LOC", "سلمان", Set.of("سلمان"), 40); // a street or district named after him
    r.register("PERS", "سلمان بن عبدالعزيز", Set.of("سلمان بن عبدالعزيز"), 10); // the given name of a chain
    assertThat(r.placeOrBodyRatherThanPerson("سلمان")).isFalse();
    r.register("LOC", "مأرب", Set.of("مأرب"), 40);
    for (int i = 0; i < 3; i++) r.register("PERS", "مأرب الحسيني", Set.of("مأرب الحسيني"), 20); // persons named with it, more often
    assertThat(r.placeOrBodyRatherThanPerson("مأرب")).isFalse();
    r.register("LOC", "تعز", Set.of("تعز"), 40);
    assertThat(r.placeOrBodyRatherThanPerson("تعز")).isTrue();
    assertThat(r.placeOrBodyRatherThanPerson("تعز اليمنية")).as("one word only").isFalse();
  }

  @Test
  void the_article_tagging_a_word_alone_as_a_place_more_than_in_names_cuts_it() {
    // tags as the tagger could give them: تركيا a place twice, then run into the name in the keyword list
    List<List<Token>> sentences = List.of(
        tokens("ولطالما كانت تركيا شريكا مترددا"), tokens("وصلت إلى تركيا أمس"), tokens("سمات تركيا رجب طيب إردوغان سوريا"));
    List<String[]> tags = List.of(
        new String[] {"O", "O", "B-LOC", "O", "O"}, new String[] {"O", "O", "B-LOC", "O"},
        new String[] {"O", "B-PERS", "I-PERS", "I-PERS", "I-PERS", "B-LOC"});
    NameBounds bounds = new NameBounds(sentences, tags, w -> false);
    assertThat(bounds.trim(sentences.get(2), 1, 5)).containsExactly(2, 5);
    // a word more often inside person names in the article stays (عمر tagged once as a place, twice in names)
    List<List<Token>> omar = List.of(tokens("قال عمر البشير"), tokens("وأكد عمر البشير"), tokens("في عمر"));
    List<String[]> omarTags = List.of(new String[] {"O", "B-PERS", "I-PERS"}, new String[] {"O", "B-PERS", "I-PERS"}, new String[] {"O", "B-LOC"});
    assertThat(new NameBounds(omar, omarTags, w -> false).trim(omar.get(0), 1, 3)).containsExactly(1, 3);
    // at least one word is kept
    assertThat(bounds.trim(sentences.get(2), 1, 2)).containsExactly(1, 2);
  }

  private static List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : sentence.split(" ")) {
      out.add(new Token(w, TokenType.ARABIC_WORD, at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }
}

package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/** {@code عبد الله} written joined or apart is one name part (SaudiNewsNet 2015-07-21: alyaum, aawsat). */
class JoinedAbdNamesTest {
  private static List<String> persons(String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), EntityRegistry.inMemory(Transliterator.rulesOnly())).entities(text).stream()
        .filter(e -> e.type().equals("PERS")).map(Entity::text).toList();
  }

  @Test
  void the_given_name_before_a_joined_abdullah_stays_in_the_name() {
    // the tagger cut علي off before the joined form only: 34 articles filed Ali Saleh as عبدالله صالح
    assertThat(persons("أن ميليشيات الحوثي والرئيس المخلوع، علي عبدالله صالح، قامت أمس بقصف متعمد للمدينة."))
        .containsExactly("علي عبدالله صالح");
    assertThat(persons("وقال المصدر إن قوات الرئيس المخلوع علي عبد الله صالح انسحبت من المدينة."))
        .containsExactly("علي عبد الله صالح");
  }

  @Test
  void a_joined_abdullah_that_starts_a_name_still_starts_it() {
    assertThat(persons("وقال الدكتور عبدالله العمري إن المشروع سينتهي العام المقبل.")).containsExactly("عبدالله العمري");
    assertThat(persons("التقى عبدالعزيز بن سعود بن نايف أمس وزير الخارجية.")).first().asString().startsWith("عبدالعزيز بن سعود");
  }

  @Test
  void a_sentence_tagged_alone_keeps_the_given_name_before_a_joined_abdullah() {
    // tagInContext (marsad ner, eval ner without --documents) splits as tagDocument does
    String[] tokens = {"أن", "ميليشيات", "الحوثي", "والرئيس", "المخلوع", "،", "علي", "عبدالله", "صالح", "،", "قامت", "أمس", "بقصف", "متعمد", "للمدينة", "."};
    NerTagger tagger = NerTagger.defaultTagger();
    tagger.clearContext();
    String[] tags = tagger.tagInContext(tokens);
    assertThat(tags).hasSize(tokens.length);
    assertThat(List.of(tags[6], tags[7], tags[8])).containsExactly("B-PERS", "I-PERS", "I-PERS");
  }

  @Test
  void split_and_join_give_every_original_word_one_tag() {
    List<String[]> sentences = List.of(new String[] {"الرئيس", "علي", "عبدالله", "صالح"}, new String[] {"وقال"});
    List<String[]> split = JoinedAbdNames.split(sentences);
    assertThat(split.get(0)).containsExactly("الرئيس", "علي", "عبد", "الله", "صالح");
    List<String[]> tags = JoinedAbdNames.join(sentences, List.of(new String[] {"O", "O", "O", "B-PERS", "I-PERS"}, new String[] {"O"}));
    assertThat(tags.get(0)).containsExactly("O", "O", "B-PERS", "I-PERS");
    tags = JoinedAbdNames.join(sentences, List.of(new String[] {"O", "B-PERS", "I-PERS", "I-PERS", "I-PERS"}, new String[] {"O"}));
    assertThat(tags.get(0)).containsExactly("O", "B-PERS", "I-PERS", "I-PERS");
  }
}

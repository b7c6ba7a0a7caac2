package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
  private static String[] w(String s) {
    return s.split(" ");
  }

  @Test
  void a_surname_and_a_full_name_found_once_are_tagged_where_they_recur() {
    List<String[]> words = List.<String[]>of(w("بحث سيرغي لافروف مع كيري"), w("وقال لافروف إن"), w("والتقى سيرغي لافروف نظيره"));
    List<String[]> tags = List.<String[]>of(w("O B-PERS I-PERS O B-PERS"), w("O O O"), w("O O O O"));
    List<String[]> out = DocumentConsistency.apply(words, tags);
    assertThat(out.get(1)).containsExactly("O", "B-PERS", "O");
    assertThat(out.get(2)).containsExactly("O", "B-PERS", "I-PERS", "O");
    assertThat(tags.get(1)).containsExactly("O", "O", "O"); // input untouched
  }

  @Test
  void a_proclitic_on_the_first_word_still_matches() {
    List<String[]> out = DocumentConsistency.apply(List.of(w("زار موسكو"), w("وعاد من بموسكو")),
        List.of(w("O B-LOC"), w("O O O")));
    assertThat(out.get(1)).containsExactly("O", "O", "B-LOC");
  }

  @Test
  void a_word_mostly_left_untagged_does_not_spread() {
    List<String[]> words = List.<String[]>of(w("جيل جديد"), w("هذا الجيل"), w("جيل الشباب"), w("جيل اخر"));
    List<String[]> tags = List.<String[]>of(w("B-PERS O"), w("O O"), w("O O"), w("O O"));
    List<String[]> out = DocumentConsistency.apply(words, tags);
    assertThat(out.get(2)).containsExactly("O", "O");
    assertThat(out.get(3)).containsExactly("O", "O");
  }

  @Test
  void a_given_name_glued_to_the_entity_before_a_person_moves_into_the_person() {
    NerLexicon lexicon = new NerLexicon.Builder().addName(EntityType.PERS, List.of("ديميتري", "بيسكوف")).build();
    List<String[]> words = List.<String[]>of(w("المتحدث باسم الرئاسة الروسية ديميتري بيسكوف"));
    List<String[]> tags = List.<String[]>of(w("O O B-ORG I-ORG I-ORG B-PERS"));
    DocumentConsistency.moveGivenNames(words, tags, lexicon);
    assertThat(tags.get(0)).containsExactly("O", "O", "B-ORG", "I-ORG", "B-PERS", "I-PERS");
  }
}

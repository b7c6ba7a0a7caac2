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
    List<String[]> words = List.of(w("بحث سيرغي لافروف مع كيري"), w("وقال لافروف إن"), w("والتقى سيرغي لافروف نظيره"));
    List<String[]> tags = List.of(w("O B-PERS I-PERS O B-PERS"), w("O O O"), w("O O O O"));
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
    List<String[]> words = List.of(w("جيل جديد"), w("هذا الجيل"), w("جيل الشباب"), w("جيل اخر"));
    List<String[]> tags = List.of(w("B-PERS O"), w("O O"), w("O O"), w("O O"));
    List<String[]> out = DocumentConsistency.apply(words, tags);
    assertThat(out.get(2)).containsExactly("O", "O");
    assertThat(out.get(3)).containsExactly("O", "O");
  }
}

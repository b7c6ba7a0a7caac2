package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Solr's passages (matches between \u0001 and \u0002) placed back in bodies that hold those
 * control characters themselves: ingest keeps C0 controls, so a body may.
 */
class TestSolrSnippets {
  private static final String SENTENCE = "أعلن وزير الخارجية السعودي عادل الجبير اليوم أن المملكة تدعم الحل السياسي في سوريا. "
      + "\u0001وقال\u0002 الجبير في مؤتمر صحفي إن الحل في سوريا يتطلب رحيل الأسد. ";

  @Test
  void a_body_holding_the_delimiters_still_gets_its_snippet_with_only_solrs_marks() {
    String body = SENTENCE.repeat(3);
    // what Solr's highlighter returns for سوريا: the stored text, the body's own \u0001 \u0002 kept
    String passage = "تدعم الحل السياسي في \u0001سوريا\u0002. \u0001وقال\u0002 الجبير في مؤتمر صحفي إن الحل في \u0001سوريا\u0002 يتطلب";
    String snippet = SolrSnippets.format(List.of(passage), body);
    assertThat(snippet).contains("في <mark>سوريا</mark>. \u0001وقال\u0002 الجبير").contains("الحل في <mark>سوريا</mark> يتطلب")
        .doesNotContain("<mark>وقال</mark>");
  }

  @Test
  void a_passage_is_placed_where_solr_found_it_not_at_an_earlier_copy_without_the_delimiters() {
    String body = "قال المتحدث: وقال الجبير إن الحل في سوريا. ثم تابع كلامه عن المفاوضات الجارية في جنيف بين الأطراف. "
        + "وفي ختام المؤتمر \u0001وقال\u0002 الجبير إن الحل في سوريا.";
    String passage = "\u0001وقال\u0002 الجبير إن الحل في \u0001سوريا\u0002.";
    String snippet = SolrSnippets.format(List.of(passage), body);
    assertThat(snippet).isEqualTo("… \u0001وقال\u0002 الجبير إن الحل في <mark>سوريا</mark>.");
  }

  @Test
  void a_body_without_the_delimiters_has_every_delimiter_read_as_a_mark() {
    String body = "أعلن وزير الخارجية السعودي عادل الجبير اليوم أن المملكة تدعم الحل السياسي في سوريا.";
    String snippet = SolrSnippets.format(List.of("تدعم الحل السياسي في \u0001سوريا\u0002."), body);
    assertThat(snippet).isEqualTo("… تدعم الحل السياسي في <mark>سوريا</mark>.");
  }
}

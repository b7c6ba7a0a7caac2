package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.lucene.RootReadings;

/** The pre-analysed root field: the embedded index's root terms, joined so Solr's whitespace tokenizer gives them back. */
class TestSolrRoots {
  @Test
  void the_field_holds_the_embedded_root_of_every_kept_word_in_order() {
    String text = "وانتقد الوزير في كلمته انتقادات المعارضة، ورفض المنتقدون التفاوض على مفاوضات جديدة.";
    List<String> roots = RootReadings.of(text);
    assertThat(roots).hasSizeGreaterThan(6).doesNotContain("في"); // stop words are not in the root field
    assertThat(SolrRoots.field(text)).isEqualTo(String.join(" ", roots));
    // Different patterns of one root meet in one term (ISRI): انتقد، انتقادات، المنتقدون.
    assertThat(SolrRoots.ofWord("انتقادات")).isNotNull()
        .isEqualTo(SolrRoots.ofWord("وانتقد")).isEqualTo(SolrRoots.ofWord("المنتقدون"));
  }

  @Test
  void words_without_a_root_term_give_none() {
    assertThat(SolrRoots.field("")).isNull();
    assertThat(SolrRoots.field("في من على")).isNull(); // stop words only
    assertThat(SolrRoots.ofWord("في")).isNull();
    assertThat(SolrRoots.ofWord("...")).isNull();
  }

  @Test
  void white_space_inside_a_token_cannot_split_it_in_solr() {
    // The tokenizer keeps an international phone number with its spaces as one token.
    String field = SolrRoots.field("اتصلوا على +966 11 4567890 للاستفسار");
    assertThat(field.split(" ")).hasSize(RootReadings.of("اتصلوا على +966 11 4567890 للاستفسار").size());
    assertThat(field).contains("966_11_4567890");
    assertThat(SolrRoots.term("a\u2003b\tc")).isEqualTo("a_b_c");
  }
}

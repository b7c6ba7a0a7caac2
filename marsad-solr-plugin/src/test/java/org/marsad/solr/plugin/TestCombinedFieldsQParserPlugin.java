package org.marsad.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.search.SyntaxError;
import org.junit.jupiter.api.Test;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/** The parser's pieces without a Solr node (the cluster tests in marsad-solr run it end to end). */
class TestCombinedFieldsQParserPlugin {
  private static final Map<String, Float> FIELDS = fields();

  private static Map<String, Float> fields() {
    Map<String, Float> f = new LinkedHashMap<>();
    f.put("title", 2f);
    f.put("body", 1f);
    return f;
  }

  @Test
  void a_word_with_clitics_is_one_combined_query_over_its_readings() {
    // والسعودية: the surface form and its light stem at one position, scored as one term over both fields.
    Query q = CombinedFieldsQParserPlugin.wordQuery(new ArabicNewsAnalyzer(), FIELDS, "والسعودية");
    assertThat(q).isInstanceOf(CombinedFieldQuery.class);
    String s = q.toString();
    assertThat(s).contains("title^2.0").contains("body");
    assertThat(s).contains("والسعوديه").contains("سعوديه");
  }

  @Test
  void a_word_of_several_positions_becomes_a_phrase_in_each_field() {
    Query q = CombinedFieldsQParserPlugin.wordQuery(new ArabicNewsAnalyzer(), FIELDS, "كوفيد-19");
    assertThat(q).isInstanceOf(BooleanQuery.class);
    assertThat(((BooleanQuery) q).clauses()).hasSize(2);
    assertThat(q.toString()).contains("title:").contains("body:").contains("^2.0");
  }

  @Test
  void a_stop_word_alone_matches_nothing() {
    Query q = CombinedFieldsQParserPlugin.wordQuery(new ArabicNewsAnalyzer(), FIELDS, "في");
    assertThat(q).isInstanceOf(MatchNoDocsQuery.class);
  }

  @Test
  void field_weights_are_read_in_order_and_checked() throws SyntaxError {
    assertThat(CombinedFieldsQParserPlugin.weights(" title^2 headings^1.5 body "))
        .containsExactly(Map.entry("title", 2f), Map.entry("headings", 1.5f), Map.entry("body", 1f));
    assertThatThrownBy(() -> CombinedFieldsQParserPlugin.weights("title^0.5 body"))
        .isInstanceOf(SyntaxError.class).hasMessageContaining("below 1");
    assertThatThrownBy(() -> CombinedFieldsQParserPlugin.weights("title^x"))
        .isInstanceOf(SyntaxError.class).hasMessageContaining("bad weight");
    assertThatThrownBy(() -> CombinedFieldsQParserPlugin.weights("body body^2"))
        .isInstanceOf(SyntaxError.class).hasMessageContaining("repeated");
  }
}

package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.store.lucene.RootReadings;
import org.marsad.store.query.MarsadQueryParser;

/** The translation of Marsad syntax into Solr's; behaviour on a cluster is in {@link TestSolrArticleStore}. */
class TestSolrQueries {
  private static SolrQueries.Translation t(String q) {
    return SolrQueries.translate(MarsadQueryParser.parse(q), false);
  }

  @Test
  void a_word_is_scored_over_the_four_text_fields_as_one_and_duplicates_are_filtered() {
    SolrQueries.Translation t = t("لافروف");
    assertThat(t.q()).isEqualTo("+{!marsadWord qf=$wf v=$w0}"
        + " body_roots:\"" + RootReadings.ofWord("لافروف") + "\"");
    assertThat(t.params()).containsExactly(
        java.util.Map.entry("w0", "لافروف"), java.util.Map.entry("wf", "title^2 headings^1.5 lead^1.5 body"));
    assertThat(t.filters()).containsExactly("-is_duplicate:1");
    assertThat(t.highlight()).isEqualTo("body:\"لافروف\"");
  }

  @Test
  void quotes_and_backslashes_in_values_cannot_break_out_of_the_clause() {
    assertThat(SolrQueries.field("source", "a\"b\\c")).isEqualTo("source:\"a\\\"b\\\\c\"");
    assertThat(t("source:\"x OR *:*\"").filters()).contains("source:\"x or *:*\"");
  }

  @Test
  void filters_exclusions_and_dates_become_filter_queries() {
    SolrQueries.Translation t = t("سورية city:الرّياض -source:was from:2015-08 to:2015-08-10");
    long lo = LocalDate.of(2015, 8, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    long hi = LocalDate.of(2015, 8, 11).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
    assertThat(t.filters()).containsExactly("(city:\"الرياض\" OR city:الرياض\\ *)", "-source:\"was\"", "published_ms:[" + lo + " TO " + hi + "]",
        "-is_duplicate:1");
    assertThat(t.q()).startsWith("+{!marsadWord qf=$wf v=$w0}");
    assertThat(t.params()).containsEntry("w0", "سورية");
  }

  @Test
  void a_story_filter_matches_the_story_id_as_written() {
    assertThat(t("story:story-629c73a7458b").filters()).containsExactly("story:\"story-629c73a7458b\"", "-is_duplicate:1");
    assertThat(SolrFacets.request(org.marsad.store.SearchRequest.DateBucket.DAY, 25))
        .contains("\"story\":{").contains("\"limit\":25");
  }

  @Test
  void a_word_never_enters_the_query_syntax_and_excluded_words_are_numbered_on() {
    SolrQueries.Translation t = t("لافروف}{!term -كيري$w0");
    assertThat(t.q()).isEqualTo("+{!marsadWord qf=$wf v=$w0}");
    assertThat(t.filters()).contains("-{!marsadWord qf=$wf v=$w1}");
    assertThat(t.params()).containsEntry("w0", "لافروف}{!term").containsEntry("w1", "كيري$w0");
  }

  @Test
  void stop_words_alone_match_everything_as_in_the_embedded_index() {
    SolrQueries.Translation t = t("في من");
    assertThat(t.q()).isEqualTo("*:*");
    assertThat(t.highlight()).isNull();
    assertThat(t.params()).isEmpty();
  }

  @Test
  void a_phrase_searches_the_exact_fields_and_or_groups_options() {
    assertThat(t("\"وقف الأعمال\" OR هدنة").q())
        .isEqualTo("+((title_exact:\"وقف الأعمال\"^2 OR body_exact:\"وقف الأعمال\") OR "
            + "{!marsadWord qf=$wf v=$w0})");
  }

  @Test
  void every_word_is_required_and_its_root_clause_only_adds_to_the_score() {
    // As the embedded index: +word +word root root (MUST, MUST, SHOULD, SHOULD), with q.op=OR.
    String q = t("انتقادات الوزير").q();
    assertThat(q).isEqualTo("+{!marsadWord qf=$wf v=$w0} +{!marsadWord qf=$wf v=$w1}"
        + " body_roots:\"" + RootReadings.ofWord("انتقادات") + "\" body_roots:\"" + RootReadings.ofWord("الوزير") + "\"");
    // انتقادات and انتقد differ as words but share their root term (نقد by ISRI).
    assertThat(SolrQueries.rootClause("انتقادات")).isEqualTo(SolrQueries.rootClause("انتقد")).isEqualTo("body_roots:\"نقد\"");
  }

  @Test
  void phrases_filters_exclusions_or_groups_and_stop_words_have_no_root_clause() {
    for (String query : List.of("\"وقف الأعمال\"", "city:الرياض", "-انتقادات source:spa", "انتقادات OR هدنة", "في")) {
      assertThat(t(query).q()).as(query).doesNotContain(SolrFields.BODY_ROOTS);
    }
    assertThat(t("في انتقادات").q()).as("the stop word is dropped, the word keeps its root")
        .isEqualTo("+{!marsadWord qf=$wf v=$w0} body_roots:\"نقد\"");
  }
}

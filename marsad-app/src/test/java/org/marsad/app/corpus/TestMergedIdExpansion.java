package org.marsad.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.MarsadQueryParser;

/** Old ids of a merged entity join its filter however the filter is written, and the query still parses. */
class TestMergedIdExpansion {
  static EntityRegistry registry;
  static String saudi;
  static String kingdom;

  @BeforeAll
  static void registry(@TempDir Path dir) throws Exception {
    saudi = RegistryBeforeTheSaudiJoin.SAUDI;
    kingdom = RegistryBeforeTheSaudiJoin.KINGDOM;
    registry = RegistryBeforeTheSaudiJoin.open(dir);
    assertThat(registry.mergedIds(saudi)).containsExactly(kingdom);
  }

  static String expand(String q) {
    String out = MergedIdExpansion.expand(q, registry);
    MarsadQueryParser.parse(out); // every expansion must still be a valid query
    return out;
  }

  @Test
  void a_filter_becomes_an_or_of_its_ids() {
    assertThat(expand("اليمن place:" + saudi)).isEqualTo("اليمن place:" + saudi + " OR place:" + kingdom);
    assertThat(expand("الرياض OR place:" + saudi)).as("joins the OR already there")
        .isEqualTo("الرياض OR place:" + saudi + " OR place:" + kingdom);
  }

  @Test
  void a_speaker_id_also_asks_for_the_ids_merged_into_it() {
    // review of lane entities22, F10: speaker:"عادل بن أحمد الجبير" → speaker:ID found 5 of his 18
    // quoted articles, the others filed under the short form read as him (the same ids person: reads)
    assertThat(expand("speaker:" + saudi)).isEqualTo("speaker:" + saudi + " OR speaker:" + kingdom);
    assertThat(expand("-speaker:" + saudi)).isEqualTo("-speaker:" + saudi + " -speaker:" + kingdom);
  }

  @Test
  void an_excluded_filter_excludes_every_id_whether_written_with_a_dash_or_not() {
    assertThat(expand("اليمن -place:" + saudi)).isEqualTo("اليمن -place:" + saudi + " -place:" + kingdom);
    String not = expand("اليمن NOT place:" + saudi);
    assertThat(not).isEqualTo("اليمن NOT place:" + saudi + " -place:" + kingdom);
    assertThat(MarsadQueryParser.parse(not).excluded()).hasSize(2);
  }

  @Test
  void a_phrase_is_text_not_a_filter() {
    String q = "\"عاصفة الحزم place:" + saudi + "\" اليمن";
    assertThat(expand(q)).isEqualTo(q);
  }

  @Test
  void expanding_twice_changes_nothing() {
    String once = expand("place:" + saudi);
    assertThat(expand(once)).isEqualTo(once);
  }

  @Test
  void after_a_latin_name_the_old_ids_still_join() {
    String latin = LatinNameExpansion.expand("Riyadh NOT place:" + saudi, registry);
    String out = expand(latin);
    assertThat(out).contains("NOT place:" + saudi + " -place:" + kingdom);
    MarsadQuery parsed = MarsadQueryParser.parse(out);
    assertThat(parsed.excluded()).hasSize(2);
  }

  @Test
  void the_old_ids_fit_in_what_the_part_limit_leaves() {
    String words = String.join(" ", Collections.nCopies(MarsadQueryParser.MAX_PARTS - 2, "اليمن"));
    assertThat(expand(words + " place:" + saudi)).as("63 parts: no room for OR and one more id")
        .isEqualTo(words + " place:" + saudi);
    assertThat(expand(words + " -place:" + saudi)).as("an excluded id takes one part")
        .isEqualTo(words + " -place:" + saudi + " -place:" + kingdom);
    String fewer = String.join(" ", Collections.nCopies(MarsadQueryParser.MAX_PARTS - 3, "اليمن"));
    assertThat(expand(fewer + " place:" + saudi)).endsWith(" OR place:" + kingdom);
  }

  @Test
  void a_query_the_units_undercount_is_left_as_typed_rather_than_made_too_long() {
    // a word glued to a phrase is two parts for the parser, one unit here: 31 of them are 62 parts
    String glued = String.join(" ", Collections.nCopies(31, "وزير\"الخارجية\""));
    assertThat(expand(glued + " place:" + saudi)).isEqualTo(glued + " place:" + saudi);
  }

  @Test
  void an_entity_within_a_long_scope_still_parses() {
    String scope = String.join(" ", Collections.nCopies(MarsadQueryParser.MAX_PARTS - 1, "اليمن"));
    String q = MergedIdExpansion.within(scope, registry.byId(saudi).orElseThrow(), registry);
    assertThat(q).isEqualTo(scope + " place:" + saudi);
    MarsadQueryParser.parse(q);
    assertThat(MergedIdExpansion.filter(registry.byId(saudi).orElseThrow(), registry)).isEqualTo("place:" + saudi + " OR place:" + kingdom);
  }
}

package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcliticStripperTest {
  private final ProcliticStripper stripper = new ProcliticStripper(Set.of("لافروف", "موسكو"), NerLexicon.empty());

  @Test
  void cuts_a_conjunction_when_the_rest_stands_alone_in_the_document() {
    assertThat(stripper.cut("ولافروف")).isEqualTo(1);
    assertThat(stripper.cut("بموسكو")).isEqualTo(1);
    assertThat(stripper.cut("وبموسكو")).isEqualTo(2);
  }

  @Test
  void cuts_before_the_article() {
    assertThat(stripper.cut("والاتحاد")).isEqualTo(1);
    assertThat(stripper.cut("بالعراق")).isEqualTo(1);
  }

  @Test
  void keeps_names_that_start_with_those_letters() {
    assertThat(stripper.cut("لافروف")).isZero();
    assertThat(stripper.cut("بيسكوف")).isZero();
    assertThat(stripper.cut("وليد")).isZero();
  }

  @Test
  void counts_diacritics_with_their_letter() {
    assertThat(stripper.cut("وَلافروف")).isEqualTo(2);
  }

  /** SaudiNewsNet 2015-07-21: the lexicon knows وفرنسا (the training data tags glued words whole); its rest is a listed place. */
  @Test
  void cuts_a_proclitic_before_a_listed_place_not_written_alone_in_the_document() {
    ProcliticStripper none = new ProcliticStripper(Set.of(), NerTagger.defaultTagger().lexicon());
    assertThat(none.cut("وفرنسا")).isEqualTo(1);
    assertThat(none.cut("بجدة")).isEqualTo(1);
    assertThat(none.cut("لروسيا")).isEqualTo(1);
    assertThat(none.cut("ولبنان")).isEqualTo(1);
    assertThat(none.cut("وبمصر")).isEqualTo(2);
  }

  @Test
  void keeps_places_and_names_that_begin_with_a_proclitic_letter() {
    ProcliticStripper none = new ProcliticStripper(Set.of(), NerTagger.defaultTagger().lexicon());
    for (String name : new String[] {"لبنان", "ليبيا", "بيروت", "لندن", "فلسطين", "فرنسا", "بريطانيا", "بغداد", "وليد", "وائل", "كندا"}) {
      assertThat(none.cut(name)).as(name).isZero();
    }
  }
}

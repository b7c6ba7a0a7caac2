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
}

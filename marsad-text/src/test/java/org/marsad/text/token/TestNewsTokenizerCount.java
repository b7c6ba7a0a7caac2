package org.marsad.text.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestNewsTokenizerCount {
  private static final String TEXT = "قال وزير الخارجية، في مؤتمر صحفي: “سنواصل دعم سورية” #سوريا";

  @Test
  void count_equals_the_number_of_tokens_when_under_the_limit() {
    int all = NewsTokenizer.tokenize(TEXT).size();
    assertThat(NewsTokenizer.count(TEXT, 1000)).isEqualTo(all).isEqualTo(14);
  }

  @Test
  void count_stops_at_the_limit() {
    assertThat(NewsTokenizer.count(TEXT, 5)).isEqualTo(5);
    assertThat(NewsTokenizer.count(TEXT, 0)).isZero();
  }

  @Test
  void empty_and_blank_text_have_no_tokens() {
    assertThat(NewsTokenizer.count("", 10)).isZero();
    assertThat(NewsTokenizer.count(" \n\u200f ", 10)).isZero();
  }
}

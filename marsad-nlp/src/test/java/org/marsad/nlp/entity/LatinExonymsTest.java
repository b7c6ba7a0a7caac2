package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English names no letter rule reaches from the Arabic: the singular of a group's name too (qa14: Houthi 4 articles, Houthis 328). */
class LatinExonymsTest {
  @Test
  void the_group_is_found_by_its_singular_and_its_plural() {
    assertThat(LatinExonyms.of("Houthi")).isEqualTo(new LatinExonyms.Exonym("ORG", "الحوثي"));
    assertThat(LatinExonyms.of("houthis")).isEqualTo(new LatinExonyms.Exonym("ORG", "الحوثيين"));
    assertThat(LatinExonyms.of("Kerry")).isNull();
  }
}

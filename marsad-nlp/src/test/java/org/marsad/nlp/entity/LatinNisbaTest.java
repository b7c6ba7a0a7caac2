package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Latin name word is not the place or adjective derived from it (session 11 QA: Saud found السعودية). */
class LatinNisbaTest {
  private static final Transliterator RULES = Transliterator.rulesOnly();

  @Test
  void a_word_ending_in_a_consonant_does_not_name_its_nisba() {
    assertThat(LatinNisba.onlyDerived(List.of("Saud"), RULES.transliterate("السعودية"))).isTrue();
    assertThat(LatinNisba.onlyDerived(List.of("Sa'ud"), RULES.transliterate("السعودية"))).isTrue();
    assertThat(LatinNisba.onlyDerived(List.of("Hamad"), RULES.transliterate("حمدي"))).isTrue();
  }

  @Test
  void the_word_itself_or_a_query_ending_in_a_vowel_still_does() {
    assertThat(LatinNisba.onlyDerived(List.of("Saud"), RULES.transliterate("سعود الفيصل"))).isFalse();
    assertThat(LatinNisba.onlyDerived(List.of("Saudi"), RULES.transliterate("السعودية"))).isFalse();
    assertThat(LatinNisba.onlyDerived(List.of("Ali"), RULES.transliterate("علي"))).isFalse();
    assertThat(LatinNisba.onlyDerived(List.of("Jubeir"), RULES.transliterate("عادل الجبير"))).isFalse();
    assertThat(LatinNisba.onlyDerived(List.of("Saud"), RULES.transliterate("سعود بن فيصل السعودي"))).as("one word is the same").isFalse();
  }
}

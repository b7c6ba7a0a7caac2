package org.marsad.text.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hamza seated before و is spelt on و or on ي by different presses: both spellings, and no other letters. */
class TestHamzaSeatSpellings {
  @Test
  void the_seat_before_waw_is_spelt_both_ways() {
    assertThat(HamzaSeatSpellings.of("مسؤول")).containsExactly("مسؤول", "مسئول");
    assertThat(HamzaSeatSpellings.of("الشئون الإسلامية")).containsExactly("الشئون الإسلامية", "الشؤون الإسلامية");
    assertThat(HamzaSeatSpellings.of("مسؤولي الشئون")).as("each seat one way, then the other")
        .containsExactly("مسؤولي الشئون", "مسؤولي الشؤون", "مسئولي الشئون");
  }

  @Test
  void other_seats_tell_words_apart_and_stay() {
    assertThat(HamzaSeatSpellings.of("بئر")).containsExactly("بئر");
    assertThat(HamzaSeatSpellings.of("بؤرة")).containsExactly("بؤرة");
    assertThat(HamzaSeatSpellings.of("رئيس المؤتمر")).containsExactly("رئيس المؤتمر");
  }
}

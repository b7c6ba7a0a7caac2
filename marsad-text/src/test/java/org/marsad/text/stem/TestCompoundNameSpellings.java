package org.marsad.text.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Compound names apart and joined, on SaudiNewsNet spellings (bench/RESULTS.md session 15). */
class TestCompoundNameSpellings {
  @Test
  void joined_is_also_apart_and_apart_also_joined() {
    assertThat(CompoundNameSpellings.of("أبوظبي")).containsExactly("أبوظبي", "أبو ظبي");
    assertThat(CompoundNameSpellings.of("ابو ظبي")).containsExactly("ابو ظبي", "ابوظبي");
    assertThat(CompoundNameSpellings.of("علي عبدالله صالح")).containsExactly("علي عبدالله صالح", "علي عبد الله صالح");
    assertThat(CompoundNameSpellings.of("عبد ربه منصور هادي")).containsExactly("عبد ربه منصور هادي", "عبدربه منصور هادي");
  }

  @Test
  void short_second_parts_and_other_words_stay() {
    for (String w : new String[] {"عبده", "أبوه", "أبوين", "أبوت", "عبدان", "الأبواب", "العبد"}) {
      assertThat(CompoundNameSpellings.of(w)).as(w).containsExactly(w);
    }
  }
}

package org.marsad.text.stem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Compound names apart and joined, on SaudiNewsNet spellings (bench/RESULTS.md sessions 15 and 16). */
class TestCompoundNameSpellings {
  @Test
  void joined_is_also_apart_and_apart_also_joined() {
    assertThat(CompoundNameSpellings.of("أبوظبي")).containsExactly("أبوظبي", "أبو ظبي");
    assertThat(CompoundNameSpellings.of("ابو ظبي")).containsExactly("ابو ظبي", "ابوظبي");
    assertThat(CompoundNameSpellings.of("علي عبدالله صالح")).containsExactly("علي عبدالله صالح", "علي عبد الله صالح");
    assertThat(CompoundNameSpellings.of("عبد ربه منصور هادي")).containsExactly("عبد ربه منصور هادي", "عبدربه منصور هادي");
  }

  @Test
  void a_proclitic_stays_with_the_compound_it_was_typed_with() {
    // SaudiNewsNet 21-25 July 2015: وعبدالله 104, وعبد الله 39, بأبوظبي 3, لعبد الملك 2 (session 16)
    assertThat(CompoundNameSpellings.of("وعبدالله")).containsExactly("وعبدالله", "وعبد الله");
    assertThat(CompoundNameSpellings.of("الأمير سلطان وعبد العزيز")).containsExactly("الأمير سلطان وعبد العزيز", "الأمير سلطان وعبدالعزيز");
    assertThat(CompoundNameSpellings.of("بأبوظبي")).containsExactly("بأبوظبي", "بأبو ظبي");
    assertThat(CompoundNameSpellings.of("لعبد الملك")).containsExactly("لعبد الملك", "لعبدالملك");
    // a bare alef after ل is as often a foreign word: لابورتا (Laporta, 17 in the corpus) is no لابو رتا
    assertThat(CompoundNameSpellings.of("لابورتا")).containsExactly("لابورتا");
  }

  @Test
  void a_bare_word_is_also_searched_apart_with_each_proclitic() {
    assertThat(CompoundNameSpellings.ofWord("عبدالله")).containsExactly("عبدالله",
        "عبد الله", "وعبد الله", "فعبد الله", "بعبد الله", "لعبد الله", "كعبد الله");
    // typed with one: the word matches through its stem whatever the proclitic, so the phrases do too
    assertThat(CompoundNameSpellings.ofWord("وعبدالعزيز")).containsExactly("وعبدالعزيز",
        "عبد العزيز", "وعبد العزيز", "فعبد العزيز", "بعبد العزيز", "لعبد العزيز", "كعبد العزيز");
    // since schema 5 وأبو is no stop word (it was: "وأبو ظبي" was ظبي after any word, so it was left out)
    assertThat(CompoundNameSpellings.ofWord("أبوظبي")).containsExactly("أبوظبي",
        "أبو ظبي", "وأبو ظبي", "فأبو ظبي", "بأبو ظبي", "لأبو ظبي", "كأبو ظبي",
        "أبي ظبي", "وأبي ظبي", "فأبي ظبي", "بأبي ظبي", "لأبي ظبي", "كأبي ظبي", "أبا ظبي", "وأبا ظبي", "فأبا ظبي");
    assertThat(CompoundNameSpellings.ofWord("لابورتا")).containsExactly("لابورتا");
  }

  @Test
  void two_bare_words_are_joined_when_they_are_a_compound() {
    assertThat(CompoundNameSpellings.joined("أبو", "ظبي")).isEqualTo("أبوظبي");
    assertThat(CompoundNameSpellings.joined("وعبد", "الله")).isEqualTo("وعبدالله");
    assertThat(CompoundNameSpellings.joined("أبو", "هم")).isNull();
    assertThat(CompoundNameSpellings.joined("أبو", "ابها")).isNull();
    assertThat(CompoundNameSpellings.joined("العبد", "الصالح")).isNull();
  }

  @Test
  void short_second_parts_and_other_words_stay() {
    for (String w : new String[] {"عبده", "أبوه", "أبوين", "أبوت", "عبدان", "الأبواب", "العبد"}) {
      assertThat(CompoundNameSpellings.of(w)).as(w).containsExactly(w);
    }
  }

  @Test
  void words_that_only_start_like_a_compound_stay() {
    // the corpus's أبواب/أبواق/أبوة/أبوي words with a pronoun: its doors, his horns, her fatherhood, our parents
    for (String w : new String[] {"أبوابها", "وأبوابها", "أبوابه", "أبوابا", "أبوابهم", "أبواقها", "بأبواقه", "أبوتها", "أبوينا"}) {
      assertThat(CompoundNameSpellings.of(w)).as(w).containsExactly(w);
      assertThat(CompoundNameSpellings.ofWord(w)).as(w).containsExactly(w);
    }
    // names that start the same way are still compounds
    for (String w : new String[] {"أبوالنجا", "أبويوسف", "أبوتريكة", "أبواسحاق"}) {
      assertThat(CompoundNameSpellings.of(w)).as(w).hasSize(2);
    }
  }

  @Test
  void a_stop_word_part_makes_no_compound() {
    // review16 F1: أبوهما (their father; «وكان أبوهما صالحا», SaudiNewsNet 2015-08-07) read as أبو + هما was the
    // phrase "أبو هما" = أبو alone once the stop word is dropped: every أبو article
    for (String w : new String[] {"أبوهما", "أبوكما", "عبدهما", "وعبدهما"}) {
      assertThat(CompoundNameSpellings.ofWord(w)).as(w).containsExactly(w);
      assertThat(CompoundNameSpellings.of(w)).as(w).containsExactly(w);
    }
    assertThat(CompoundNameSpellings.of("أبو هما")).containsExactly("أبو هما");
    assertThat(CompoundNameSpellings.joined("أبو", "هما")).isNull();
    // review16 F2: a quoted وأبوظبي also searched "وأبو ظبي", which was ظبي alone while وأبو was a stop word
    // (16 hits against 5: the gazelle, a song); since schema 5 it is the name apart
    assertThat(CompoundNameSpellings.of("وأبوظبي")).containsExactly("وأبوظبي", "وأبو ظبي");
    assertThat(CompoundNameSpellings.of("دبي وأبوظبي والشارقة")).containsExactly("دبي وأبوظبي والشارقة", "دبي وأبو ظبي والشارقة");
    assertThat(CompoundNameSpellings.of("وأبو مازن")).containsExactly("وأبو مازن", "وأبومازن");
    assertThat(CompoundNameSpellings.of("بأبوظبي")).as("بأبو is no stop word").containsExactly("بأبوظبي", "بأبو ظبي");
  }

  @Test
  void the_second_part_is_arabic() {
    // review16 F3: أبو Dhabi was joined into the non-word أبوDhabi
    assertThat(CompoundNameSpellings.joined("أبو", "Dhabi")).isNull();
    assertThat(CompoundNameSpellings.joined("عبد", "Allah")).isNull();
    assertThat(CompoundNameSpellings.of("أبو Dhabi")).containsExactly("أبو Dhabi");
    assertThat(CompoundNameSpellings.ofWord("أبوDhabi")).containsExactly("أبوDhabi");
  }

  @Test
  void a_bare_compound_of_abu_is_also_searched_in_its_other_cases() {
    // SaudiNewsNet: عهد أبي بكر، محافظة صبيا وأبي عريش، الشيخ أبا الخيل
    assertThat(CompoundNameSpellings.ofWord("أبوبكر")).contains("أبي بكر", "لأبي بكر", "أبا بكر", "وأبا بكر");
    assertThat(CompoundNameSpellings.ofWord("أبوعريش")).contains("وأبي عريش");
    assertThat(CompoundNameSpellings.ofWord("أبوعمرو")).as("بابا عمرو is papa's, a district of Homs").doesNotContain("بأبا عمرو", "لأبا عمرو");
    // before ال, أبا is a name written only so (قصر أبا السعود in Najran, الشيخ أبا الخيل), not أبو as an object
    assertThat(CompoundNameSpellings.ofWord("أبوالسعود")).contains("أبو السعود", "أبي السعود", "لأبي السعود")
        .noneMatch(s -> s.endsWith("أبا السعود"));
    assertThat(CompoundNameSpellings.ofWord("أبوالخيل")).noneMatch(s -> s.endsWith("أبا الخيل"));
    assertThat(CompoundNameSpellings.ofWord("أبوقتادة")).contains("أبا قتادة", "وأبا قتادة");
    assertThat(CompoundNameSpellings.ofWord("عبدالله")).as("عبد has no such cases").noneMatch(s -> s.startsWith("أب"));
    // a quoted phrase stays as typed but for joined/apart
    assertThat(CompoundNameSpellings.of("أبو بكر")).containsExactly("أبو بكر", "أبوبكر");
    // not an ordinary word either
    assertThat(CompoundNameSpellings.ofWord("أبوابها")).containsExactly("أبوابها");
  }
}

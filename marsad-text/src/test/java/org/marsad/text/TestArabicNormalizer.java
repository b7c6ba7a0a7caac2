package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/** One test per normalisation rule, on real words. */
class TestArabicNormalizer {

  private static void match(String in, String expected) {
    assertThat(ArabicNormalizer.match(in)).isEqualTo(expected);
  }

  // ---- display ----

  @Test
  void display_composes_to_nfc() {
    // alef + combining hamza above (U+0654) composes to أ
    assertThat(ArabicNormalizer.display("\u0627\u0654\u062D\u0645\u062F")).isEqualTo("أحمد");
  }

  @Test
  void display_folds_presentation_forms() {
    // ﺳﻮﺭﻳﺎ written with presentation forms; ﻻ (U+FEFB) becomes two letters
    assertThat(ArabicNormalizer.display("\uFEB3\uFEEE\uFEAD\uFEF3\uFE8E")).isEqualTo("سوريا");
    assertThat(ArabicNormalizer.display("\uFEFB\uFE8F\uFE98\uFE8E")).startsWith("لا");
  }

  @Test
  void display_removes_bidi_and_zero_width_controls() {
    assertThat(ArabicNormalizer.display("\u200Fسانا\u200E \u202Bموسكو\u202C\u200B")).isEqualTo("سانا موسكو");
  }

  @Test
  void display_collapses_whitespace_and_keeps_line_breaks() {
    assertThat(ArabicNormalizer.display("  وزير\u00A0\u00A0الخارجية \t الروسي \r\n\n لافروف ")).isEqualTo("وزير الخارجية الروسي\nلافروف");
  }

  @Test
  void display_reads_c0_and_c1_controls_as_spaces() {
    // alyaum's bodies (SaudiNewsNet): U+001A pairs where a paragraph break was
    assertThat(ArabicNormalizer.display("واسل في دفاعهم عن حياض الوطن. \u001A\u001Aمن احتفالات أهالي مدينة العيون"))
        .isEqualTo("واسل في دفاعهم عن حياض الوطن. من احتفالات أهالي مدينة العيون");
    assertThat(ArabicNormalizer.display("\u001A\u001A الحديث مستمر\u0000عن\u0001الرأي\u007F\u0093الذي\u009F")).isEqualTo("الحديث مستمر عن الرأي الذي");
    assertThat(ArabicNormalizer.display("بن عبدالعزيز.\u0085منسوبو الصندوق")).as("NEL is a line break").isEqualTo("بن عبدالعزيز.\nمنسوبو الصندوق");
    assertThat(ArabicNormalizer.display("é ü ¡ وزير")).as("Latin-1 letters after the C1 block stay").isEqualTo("é ü ¡ وزير");
  }

  @Test
  void display_keeps_diacritics_hamza_and_teh_marbuta() {
    assertThat(ArabicNormalizer.display("ابتزازاً رخيصاً في سورية")).isEqualTo("ابتزازاً رخيصاً في سورية");
  }

  // ---- match ----

  @Test
  void match_removes_diacritics() {
    match("ابتزازاً", "ابتزازا");
    match("مِصرَ العَرَبيّةِ", "مصر العربيه");
  }

  @Test
  void match_removes_tatweel() {
    match("الميدانيـة", "الميدانيه");
    assertThat(ArabicNormalizer.match("الميدانيـة")).isEqualTo(ArabicNormalizer.match("الميدانية"));
  }

  @Test
  void match_folds_alef_hamza_above() {
    match("وأضاف", "واضاف");
    assertThat(ArabicNormalizer.match("واضاف")).isEqualTo(ArabicNormalizer.match("وأضاف"));
  }

  @Test
  void match_folds_alef_hamza_below() {
    match("إسرائيل", "اسراييل");
    assertThat(ArabicNormalizer.match("اسرائيل")).isEqualTo(ArabicNormalizer.match("إسرائيل"));
  }

  @Test
  void match_folds_alef_madda() {
    match("آسيا", "اسيا");
  }

  @Test
  void match_folds_alef_wasla() {
    match("ٱلله", "الله");
  }

  @Test
  void match_folds_alef_maksura_to_yeh() {
    match("التى", "التي");
    assertThat(ArabicNormalizer.match("التى")).isEqualTo(ArabicNormalizer.match("التي"));
  }

  @Test
  void match_folds_teh_marbuta_to_heh() {
    match("سورية", "سوريه");
  }

  @Test
  void match_folds_waw_hamza() {
    match("المسؤولين", "المسوولين");
  }

  @Test
  void match_folds_yeh_hamza() {
    match("رئيس", "رييس");
  }

  @Test
  void match_folds_persian_keheh_and_farsi_yeh() {
    match("کیهان", "كيهان"); // Persian keheh and farsi yeh
  }

  @Test
  void match_folds_heh_with_yeh_above() {
    match("خانۀ", "خانه");
  }

  @Test
  void match_folds_arabic_indic_digits() {
    match("٢٠١٦", "2016");
  }

  @Test
  void match_folds_eastern_arabic_indic_digits() {
    match("۱۳۹۵", "1395");
  }

  @Test
  void match_in_place_drops_controls_hidden_inside_a_token() {
    char[] buf = "سو\u200Cري\u200Fة".toCharArray();
    assertThat(new String(buf, 0, MatchNormalizer.normalize(buf, buf.length))).isEqualTo("سوريه");
  }

  @Test
  void match_folds_presentation_forms_through_display() {
    match("\uFEB3\uFEEE\uFEAD\uFEF3\uFE93", "سوريه");
  }

  @Test
  void match_keeps_lone_hamza_and_latin() {
    match("جزء SANA", "جزء SANA");
  }

  @Test
  void match_in_place_on_a_term_buffer_returns_the_new_length() {
    char[] buf = "وأَضافَ".toCharArray();
    int len = MatchNormalizer.normalize(buf, buf.length);
    assertThat(new String(buf, 0, len)).isEqualTo("واضاف");
  }

  @Test
  void seed_variants_match_their_standard_forms() {
    String seed = ArabicNormalizer.match(SharedData.seedText());
    assertThat(seed).contains("واضاف البيان").contains("الاجراءات التي اتخذها").contains("والميدانيه عبر");
    assertThat(seed).doesNotContain("أ").doesNotContain("ة").doesNotContain("ـ");
  }

  @Test
  void empty_and_null_inputs() {
    assertThat(ArabicNormalizer.display("")).isEmpty();
    assertThat(ArabicNormalizer.match(null)).isEmpty();
  }
}

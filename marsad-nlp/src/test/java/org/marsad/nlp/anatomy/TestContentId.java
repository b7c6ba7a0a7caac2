package org.marsad.nlp.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestContentId {
  private static final String TEXT = "أعلنت وزارة الخارجية الروسية أن روسيا والاتحاد الأوروبي سيواصلان الاتصالات في مجال التصدي للإرهاب.";

  @Test
  void id_is_32_hex_digits_and_stable() {
    assertThat(ContentId.of(TEXT)).matches("[0-9a-f]{32}").isEqualTo(ContentId.of(TEXT));
  }

  @Test
  void trivially_re_encoded_copies_share_the_id() {
    String variant = TEXT.replace("أعلنت", "اعلنت")                  // hamza dropped
        .replace("الخارجية", "الخارجيـــة")                           // tatweel
        .replace("الروسية", "الروسيّة")                               // shadda
        .replace(" ", "  ")                                         // double spaces
        .replace("الاتصالات", "\u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a\u200f"); // RLM
    assertThat(ContentId.of(variant)).isEqualTo(ContentId.of(TEXT));
  }

  @Test
  void a_changed_word_changes_the_id() {
    assertThat(ContentId.of(TEXT.replace("الروسية", "الأمريكية"))).isNotEqualTo(ContentId.of(TEXT));
  }

  @Test
  void fast_path_for_display_normalised_text_gives_the_same_id() {
    String text = PlainTextAnatomy.standard().parse(org.marsad.testkit.SharedData.seedText(), null).text();
    assertThat(ContentId.ofDisplayNormalized(text)).isEqualTo(ContentId.of(text));
    String withPresentationForms = "\uFEFB\u0628\u0646\u0627\u0646 \u0627\u0644\u064A\u0648\u0645.\n\n\u0648\u0642\u0627\u0644.";
    String displayed = org.marsad.text.ArabicNormalizer.display(withPresentationForms);
    assertThat(ContentId.ofDisplayNormalized(displayed)).isEqualTo(ContentId.of(withPresentationForms));
  }

  @Test
  void fast_path_agrees_on_latin_symbols_and_astral_characters() {
    String displayed = org.marsad.text.ArabicNormalizer.display("قال الوزير: «نعم» — 100% ✓ 😀 مَرْصَد\n\nسطر ثانٍ ٣٤٥");
    assertThat(ContentId.ofDisplayNormalized(displayed)).isEqualTo(ContentId.of(displayed));
  }
}

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
}

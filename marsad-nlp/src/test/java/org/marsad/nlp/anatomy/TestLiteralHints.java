package org.marsad.nlp.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestLiteralHints {
  @Test
  void leading_group_alternatives() {
    assertThat(LiteralHints.of("(تطبيق|قناتنا|صفحتنا|حسابنا) .*(تويتر|فيسبوك)")).containsExactly("تطبيق", "قناتنا", "صفحتنا", "حسابنا");
    assertThat(LiteralHints.of("(عبر|علي|من خلال) (الرابط|الرابط التالي)\\s*:?\\s*$")).containsExactly("عبر", "علي", "من خلال");
  }

  @Test
  void top_level_alternatives_with_escapes() {
    assertThat(LiteralHints.of("©|\\(c\\)|جميع الحقوق محفوظه|copyright")).containsExactly("©", "(c)", "جميع الحقوق محفوظه", "copyright");
  }

  @Test
  void lookbehind_is_skipped_and_quantified_chars_dropped() {
    assertThat(LiteralHints.of("(?<!\\d)(\\+|00)[1-9]\\d{7,13}(?!\\d)")).containsExactly("+", "00");
    assertThat(LiteralHints.of("(تويتر|twitter)\\s*:?\\s*@\\w+")).containsExactly("تويتر", "twitter");
    assertThat(LiteralHints.of("ارسل رساله?|x")).containsExactly("ارسل رسال", "x");
  }

  @Test
  void no_hint_when_an_alternative_starts_with_a_class_or_the_rule_is_anchored() {
    assertThat(LiteralHints.of("(الرقم|\\d+)")).isEmpty();
    assertThat(LiteralHints.of("^\\W*(تابعوا|تابعونا)\\s")).isEmpty();
  }
}

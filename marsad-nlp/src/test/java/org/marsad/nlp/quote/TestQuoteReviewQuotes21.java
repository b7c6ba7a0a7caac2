package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 22 (lane quotes22): the open findings of the review of lane quotes21
 * (/work/notes/review21/quotes21.md). Each test fails on the session-start code (main 746c4c40).
 */
class TestQuoteReviewQuotes21 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aPluralVerbBeforeTheColonIsTheClausesPluralSubjectSpeaking() {
    // F1: "وقالوا" (plural) after "أن اللاعبين اجتمعوا" is the players, not the coach
    List<Quote> q = quotes("أكد المدرب أن اللاعبين اجتمعوا بعد المباراة وقالوا: \"سنعود أقوى في المباراة المقبلة أمام الفريق\".");
    Quote d = quoteStarting(q, "سنعود أقوى");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("اللاعبين");
  }

  @Test
  void aMasculineVerbAfterAFeminineBodysClauseIsTheClausesSubjectSpeaking() {
    // F1: "وقال" (masculine) after "أوضحت الوزارة … أن المدير العام اجتمع" is the director
    List<Quote> q = quotes("أوضحت الوزارة في بيانها أن المدير العام اجتمع بالموظفين أمس وقال: \"لن نتهاون مع أي تقصير في العمل\".");
    Quote d = quoteStarting(q, "لن نتهاون");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("المدير العام");
    // (a clause whose subject the verb does not agree with: the outer speaker goes on)
    List<Quote> outer = quotes("أكد الوزير أن المملكة حريصة على أمن المنطقة واستقرارها وقال: \"لن نسمح لأحد بالعبث بأمننا\".");
    assertThat(quoteStarting(outer, "لن نسمح").speaker()).isEqualTo("الوزير");
  }

  @Test
  void aNominalClauseAfterTheComplementiserLeavesTheOuterSpeaker() {
    // set 22, arriyadiyah 906731 (a guard for the F1 fix: green on the session-start code, red on
    // its first version, which made "المنتخب" the speaker): "ان المنتخب لديه …" has no verb of
    // its own, so "وقال:" goes on with the coach
    List<Quote> q = quotes("أكد مدرب المنتخب جورج ايفانوف ان المنتخب لديه أفضل مما ظهر به في المباريات الماضية وصافاً "
        + "مواجهة تونس اليوم بالصعبة وقال: \"المنتخب التونسي من أقوى فرق البطولة واستعداده قوي وعناصره مميزة وسنقدم "
        + "معه مباراة كبيرة جداً\".");
    Quote d = quoteStarting(q, "المنتخب التونسي");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("جورج ايفانوف");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 20 (set 20 as a development set, bench/RESULTS.md lane quotes20): آي with madda is a
 * name, not the particle أيّ; words in marks after a definite medium are a sentence said to it;
 * a verb joined by و right after the marks opens the next clause, it does not attribute them.
 * Each test holds the real sentences of set 20 and fails on the session-start code (main e85170c).
 */
class TestQuoteConstructionsSet20 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aNameWrittenWithMaddaIsNoParticle() {
    // set 20, aleqt 975344: آي normalises like أي ("any"), a speaker stop; the session-start code
    // gave the role "المعارض الصيني" for both reports and lost "آي ويوي" and "وقال آي"
    List<Quote> q = quotes("قال المعارض الصيني آي ويوي إن السلطات في بكين أعادت إليه جواز سفره اليوم الأربعاء الذي صادرته قبل "
        + "أكثر من أربع سنوات. وقال آي (58 عاما) لرويترز عبر الهاتف إن شرطة مكتب المغادرة والوصول اتصلت به صباح اليوم "
        + "الأربعاء لاستلام جواز سفره.");
    assertThat(quoteStarting(q, "السلطات في بكين").speaker()).isEqualTo("المعارض الصيني آي ويوي");
    assertThat(quoteStarting(q, "شرطة مكتب").speaker()).isEqualTo("آي");
  }

  @Test
  void aLetterWrittenWithMaddaDoesNotCutAName() {
    // set 20, JA-internationalNews-445: "مسؤولو السي آي ايه" (the CIA's officials) was cut at آي
    List<Quote> q = quotes("وذكر مسؤولو السي آي ايه ان هدف موسكو كان مساعدة ترامب على الفوز.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("مسؤولو السي آي ايه"));
  }

  @Test
  void aSentenceInMarksAfterTheDefiniteNewspaperIsAQuotation() {
    // set 20, 3alyoum (gold prices): "الصحيفة" is the Wall Street Journal named before; nineteen
    // words in marks are what Lockhart told it, not a newspaper's name (session start: missed)
    List<Quote> q = quotes("وتراجعت أسعار الذهب بعد أن نقلت صحيفة وول ستريت جورنال عن دنيس لوكهارت رئيس بنك أتلانتا "
        + "الاحتياطي الاتحادي قوله إن الأمر سيتطلب تدهورا كبيرا في الاقتصاد الأمريكي.\n وقال لوكهارت في مقابلة مع الصحيفة "
        + "“أعتقد أنه من الصعب عدم أخذ خطوة في الوقت الحالي وأنا هنا أتحدث عن نفسي.. سيتطلب الأمر تدهورا كبيرا في صورة "
        + "الاقتصاد كي أرغب عن المضي قدما.”");
    Quote d = quoteStarting(q, "أعتقد أنه");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("لوكهارت");
  }

  @Test
  void aShortTitleAfterTheDefiniteProgrammeStaysAName() {
    // the guard's other side: a programme's title of four words after "البرنامج" is no quotation
    List<Quote> q = quotes("وقالت المذيعة في البرنامج \"صباح الخير يا عرب\" الذي بثته القناة.");
    assertThat(q).isEmpty();
  }

  @Test
  void aVerbJoinedByWawAfterTheMarksIsNoAttribution() {
    // set 20, alriyadh 1071246: "ودعت الحكومة اليونانية" opens the next clause (the commission
    // called on the government); the session-start code gave the marks to "الحكومة اليونانية"
    List<Quote> q = quotes("وتأتي تصريحات تسيبراس بعد أن وصفت المفوضية العليا للاجئين التابعة للأمم المتحدة الجمعة وضع اللاجئين "
        + "والمهاجرين الذين يصلون بأعداد كبيرة إلى الجزر اليونانية قادمين من تركيا بأنه \"معيب للغاية\" ودعت الحكومة اليونانية "
        + "إلى تحرك عاجل.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.direct()).isTrue();
      assertThat(x.speaker()).isEqualTo("المفوضية العليا للاجئين التابعة للأمم المتحدة");
    });
  }
}

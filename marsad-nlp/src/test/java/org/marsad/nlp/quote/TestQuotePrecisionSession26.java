package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 26, lane quoteprec26 (bench/RESULTS.md): the precision of direct quotations over the
 * pooled development sets. Each rule test holds a real sentence of a development set and fails on
 * the branch's start code (main 0dd3f1cb); the guards pass on both.
 */
class TestQuotePrecisionSession26 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void anOfficerBeforeHisRankAndNameIsARole() {
    // set 14, aawsat 415801: "ضابط" (officer) was no role noun, so the speaker stopped before the
    // rank and lost the name ("ضابط الشرطة")
    List<Quote> q = quotes("وأكد ضابط الشرطة الرائد نور أوسوبل أن «سيارة ملغومة يقودها انتحاري اقتحم أبواب الفندق "
        + "وألحق أضرارا بواجهته». وقال ضابط آخر بالشرطة إن «أربعة أشخاص قتلوا».");
    assertThat(quoteStarting(q, "سيارة ملغومة").speaker()).isEqualTo("نور أوسوبل");
  }

  @Test
  void anOfficerWithoutANameStaysTheSpeaker() {
    // guard: no name after the role, the role phrase is the speaker
    List<Quote> q = quotes("وأكد ضابط الشرطة الرائد نور أوسوبل أن «سيارة ملغومة يقودها انتحاري اقتحم أبواب الفندق "
        + "وألحق أضرارا بواجهته». وقال ضابط آخر بالشرطة إن «أربعة أشخاص قتلوا».");
    assertThat(quoteStarting(q, "أربعة أشخاص").speaker()).isEqualTo("ضابط آخر بالشرطة");
  }
}

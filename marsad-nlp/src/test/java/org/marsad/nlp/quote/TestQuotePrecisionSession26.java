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
  @Test
  void aTitleAfterAColonIsNoQuotation() {
    // set 14, alweeam 349883: "تحت عنوان: “…”" names the session; the colon made it a direct
    // quotation of المنيف, and the report after "إلى إنه" was lost to it
    List<Quote> q = quotes("وأشار المنيف خلال إحدى جلسات النقاش في “منتدى أصيلة”، تحت عنوان: “الإعلام العربي في عصر "
        + "الإعلام الرقمي”، ضمن موسم أصيلة الثقافي الدولي السابع والثلاثون؛ إلى إنه من المفترض ألا نغفل أن أدوات وعناصر "
        + "الصحافة والإعلام ثابتة، مهما تغيرت المنصة أو الوسيلة.");
    assertThat(q).noneMatch(x -> x.text().startsWith("الإعلام العربي"));
    assertThat(quoteStarting(q, "من المفترض").direct()).isFalse();
  }

  @Test
  void aTitleAfterTheVerbOfTitlingIsNoQuotation() {
    // set 14, JA-localNews-1219: "وعُنونت بـ"…"" gives the letter's title, not its words
    List<Quote> q = quotes("وجاء في الرسالة، التي تحصلت الجوهرة أف أم على نسخة منها، وعُنونت بـ\"هل أحافظ على استثماراتي في "
        + "تونس\"، أنه لاحظ وجود هوة كبيرة بين الإرادة القوية للدولة التونسية لدفع الاستثمار والوضع الحقيقي لمناخ الأعمال.");
    assertThat(q).noneMatch(x -> x.text().startsWith("هل أحافظ"));
  }

  @Test
  void wordsAfterAColonAreStillAQuotation() {
    // guard: a colon after a plain noun ("في المهرجان:") still opens the speaker's words
    List<Quote> q = quotes("وقال مسؤولون في المهرجان: «نعمل على استقبال أكثر من مئة ألف زائر خلال أيام المهرجان».");
    assertThat(quoteStarting(q, "نعمل على استقبال").direct()).isTrue();
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 24, lane quotest24 (bench/RESULTS.md): where a long indirect report ends (cause T of the
 * indirect error tables). Each rule test holds a real sentence of a development gold set and fails
 * on the code this lane started from (main 54c5f314); the guards hold what the rule must leave
 * alone.
 */
class TestQuoteReportEnds24 extends QuoteTestBase {

  private static Quote indirectStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> !x.direct() && x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aGlossInAReferenceToEndsTheReport() {
    // set 21, alyaum 4081181: "، في اشارة الى …" is the writer telling what Erdogan meant
    List<Quote> q = quotes("وخلال زيارة الى اندونيسيا، قال الرئيس ان تركيا عانت من \"خسائر كبيرة\" في معركتها ضد الارهابيين، "
        + "الا انها مصممة على مواصلة القتال، في اشارة الى العمليات العسكرية التي اطلقتها بلاده خلال الايام القليلة الماضية.");
    assertThat(indirectStarting(q, "تركيا عانت").text()).endsWith("مصممة على مواصلة القتال");
  }

  @Test
  void aGlossWithoutACommaEndsTheReportToo() {
    // set 16, JA-culture-91: no comma before "في إشارة إلى"
    List<Quote> q = quotes("أكدّت المخرجة التونسية كوثر بن هنية مخرجة فيلم \"على كفّ عفريت\" أنّ قصة الفيلم مستوحاة من قصة واقعية "
        + "أثارت الجدل و شغلت اهتمام الرأي العام منذ فترة في إشارة إلى حادثة اغتصاب فتاة من قبل عونيْ أمن، وأشارت إلى أنّها "
        + "استعانت بتفاصيل هذه الحادثة.");
    assertThat(indirectStarting(q, "قصة الفيلم").text()).endsWith("الرأي العام منذ فترة");
  }

  @Test
  void thatGoesWithTheGloss() {
    // unseen aleqt 978492: "وذلك في إشارة إلى" — the report ends before "وذلك" too
    List<Quote> q = quotes("وأوضح كيري أنه اتفق والوزير سامح شكري على أهمية إجراء انتخابات حرة تتسم بالشفافية وذلك في إشارة إلى "
        + "الانتخابات البرلمانية الوشيكة، مرحبا بإجراء الانتخابات خلال الفترة المقبلة.");
    assertThat(indirectStarting(q, "اتفق").text()).endsWith("تتسم بالشفافية");
  }

  @Test
  void aSignalWithoutItsPrepositionStaysInTheReport() {
    // guard: "إشارة المرور" (a traffic light) is no gloss
    List<Quote> q = quotes("وأوضح مدير المرور أن السائق لم يتوقف في إشارة المرور الحمراء قبل وقوع الحادث بدقائق.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.text()).endsWith("قبل وقوع الحادث بدقائق"));
  }

  @Test
  void aNamedSourceAfterTheReportEndsIt() {
    // set 18, aleqt 978987: "، بحسب وزير الخزانة البريطاني جورج أوزبورن." names the source
    List<Quote> q = quotes("وقد باعت الحكومة حصة الـ4ر5% مقابل 330 بنسا للسهم الواحد، وقالت إن الاموال التي سيتم جمعها "
        + "\"ستستخدم لسد الدين المحلي\"، بحسب وزير الخزانة البريطاني جورج أوزبورن. ");
    assertThat(indirectStarting(q, "الاموال").text()).doesNotContain("بحسب");
  }

  @Test
  void accordingToAnythingButASourceStaysInTheReport() {
    // guard, set 20 al-madina 620136: "، بحسب نوع القضية" names nobody
    List<Quote> q = quotes("وقال المحامي والمستشار القانوني بدر إسحاق إن التقاضي من حقوق المواطنين والمقيمين على حد سواء، وهو أمر "
        + "كفله النظام الأساس للحُكم، وفق ضوابط محددة، بحسب نوع القضية وجهة اختصاصها، مبينًا أن البعض يسيء استخدام ذلك الحق.");
    assertThat(indirectStarting(q, "التقاضي").text()).endsWith("بحسب نوع القضية وجهة اختصاصها");
  }

  @Test
  void hisEstimateIsHisOwnAttribution() {
    // set 17, JA-localNews-2981: "، وفق تقديره." like "، وفق تعبيره."
    List<Quote> q = quotes("وأضاف أنه يتابع بجدية التحولات التي يروج قادة النهضة أنهم بصدد القيام بها، بهدف التحول لحزب سياسي، "
        + "مشيراً إلى أنها خطوة أولى مهمة لكنها غير كافية، وفق تقديره. وبيّن قايد السبسي أن المناخ في تونس اليوم مناسب.");
    assertThat(indirectStarting(q, "خطوة أولى").text()).isEqualTo("خطوة أولى مهمة لكنها غير كافية");
  }
}

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

  @Test
  void theSpeakersOwnParticipleWithItsComplementEndsTheReport() {
    // set 15, JA-localNews-832: "… ولم يحرك ساكنا مشيرة إلى وقوع عملية تصفية …", no comma, no
    // complementiser after the participle
    List<Quote> q = quotes("وأوضحت بسمة بلعيد أن علي العريض كان انذاك على رأس وزارة الداخلية وتلقى تقارير تفيد بالتخطيط لاغتياله "
        + "ولم يحرك ساكنا مشيرة إلى وقوع عملية تصفية لكل من حاول كشف حقيقة النهضة وأدوارها في الاغتيالات السياسية.");
    assertThat(indirectStarting(q, "علي العريض").text()).endsWith("ولم يحرك ساكنا");
  }

  @Test
  void theSpeakersOwnParticipleBeforeAConstructNounEndsTheReport() {
    // set 16, spa 1387108: "… وبشكل فعال مبيناً أهمية إيجاد نقاط تسويقية …"
    List<Quote> q = quotes("وبين مدير عام الزراعة في بيشة المهندس سالم القرني إلى أن مهرجان العنب يعد من أهم وأول المهرجانات "
        + "المختصة بالعنب مبيناً أن محافظة بلقرن تنتج إنتاج مميز بأصناف متعددة ويشهد سوقها توزيعاً للمنتج وبشكل فعال مبيناً "
        + "أهمية إيجاد نقاط تسويقية للمنتج في مدن المملكة بالتنسيق مع شركات متخصصة في التسويق.");
    assertThat(indirectStarting(q, "محافظة بلقرن").text()).endsWith("وبشكل فعال");
  }

  @Test
  void anAdjectiveParticipleStaysInTheReport() {
    // guards: an adjective with no complement of its own ("نتائج مؤكدة ظهرت"), a masculine one
    // without ا ("القرار مؤكد"), a feminine one after a feminine noun ("قيود مشددة على")
    assertThat(indirectStarting(quotes("وأكدت الوزارة أن العقوبات تستهدف سبع كيانات، وأن نتائج مؤكدة ظهرت في التحقيق الأول."),
        "العقوبات").text()).endsWith("ظهرت في التحقيق الأول");
    assertThat(quotes("وقال المدير إن القرار مؤكد بعد توتر العلاقة بين الطرفين.")).singleElement()
        .satisfies(x -> assertThat(x.text()).endsWith("بين الطرفين"));
    assertThat(quotes("وقالت الشرطة إن السلطات فرضت قيودا جديدة مشددة على دخول المصلين إلى المسجد.")).singleElement()
        .satisfies(x -> assertThat(x.text()).endsWith("إلى المسجد"));
  }

  @Test
  void anAdverbOrANounSpelledLikeAParticipleStaysInTheReport() {
    // guards from the unseen text: "مجددًا" (again), "مقرا" (a seat), "على متابعة" (a masdar after
    // a preposition) start no act of the speaker
    assertThat(quotes("أكد نعمت زاده أن بلاده تتوقع الانضمام مجددًا إلى نظام جمعية الاتصالات المالية العالمية بين البنوك."))
        .singleElement().satisfies(x -> assertThat(x.text()).endsWith("بين البنوك"));
    assertThat(quotes("وكان المتحدث باسم الحكومة راجح بادي قد قال في وقت سابق إن عدن ستكون مقرا لإقامة الوزراء العائدين."))
        .singleElement().satisfies(x -> assertThat(x.text()).endsWith("الوزراء العائدين"));
    assertThat(quotes("وبينت المديرة أن إدارة الموهوبات تحرص على متابعة الجانب النفسي للطالبات اللاتي لم يجتزن اختبار التسريع."))
        .singleElement().satisfies(x -> assertThat(x.text()).endsWith("اختبار التسريع"));
  }
}

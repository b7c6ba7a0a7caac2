package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 24, lane fixquotes24 (bench/RESULTS.md): the findings of the reviews of lanes quotes24
 * and quotesind24 (/work/notes/review24). Each fix test fails on the merged code the lane started
 * from (main 90f2d84f); the narrowing guards fail when the narrowing they name is reverted.
 */
class TestQuoteReviewFixes24 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void theAmmaTopicIsNoSpeakerAfterItsSentence() {
    // review quotes24 F1: remembered as a known speaker, the topic became a later bare role's name
    List<Quote> q = quotes("أما الأمير خالد الفيصل فقد افتتح المعرض صباح أمس وسط حضور كبير. وقال المتحدث إن \"المعرض "
        + "يضم أكثر من مئة جناح من دول عديدة هذا العام\".");
    assertThat(quoteStarting(q, "المعرض يضم").speaker()).isEqualTo("المتحدث");
    List<Quote> p = quotes("أما اللاعب محمد الشلهوب فقد غاب عن التدريبات بسبب الإصابة. وقال الطبيب إن \"عودته ستكون "
        + "قريبة جدا بعد أن تحسنت حالته كثيرا\".");
    assertThat(quoteStarting(p, "عودته ستكون").speaker()).isEqualTo("الطبيب");
  }

  @Test
  void aSpeechVerbWithItsOwnSubjectInTheTopicsSentenceKeepsIt() {
    // review quotes24 F1: the topic is only for speech verbs of its sentence with no subject
    List<Quote> q = quotes("أما اللاعب محمد الشلهوب فقد غاب عن التدريبات بسبب الإصابة، وقال المدرب: \"عودته ستكون "
        + "قريبة جدا بعد أن تحسنت حالته كثيرا\".");
    assertThat(quoteStarting(q, "عودته ستكون").speaker()).isEqualTo("المدرب");
  }

  @Test
  void eitherIsNoTopic() {
    // review quotes24 F1: "إما" (either) normalises to the letters of "أما"
    List<Quote> q = quotes("وقال المحلل خالد الدخيل إن \"الإصلاح يحتاج إلى وقت طويل وصبر كبير من الجميع\". إما المدير "
        + "الجديد فقد يأتي بخطة أخرى تماما أو القديم، وأضاف أن \"الحسم سيكون خلال الأسابيع المقبلة على الأرجح\".");
    assertThat(quoteStarting(q, "الحسم سيكون").speaker()).isEqualTo("خالد الدخيل");
  }

  @Test
  void aTopicOfNoRoleOrTitleIsNoSpeakerInItsSentence() {
    // guards lane quotes24's narrowing (2f7262da, the topic headed by a role or title), on the
    // real topic of unseen al-jazirah 20150725/ln3 "أما النشاط المسرحي فقد سجل تفاعلاً كبيراً …"
    List<Quote> q = quotes("وقال مدير الفعاليات خالد العتيبي إن \"الاحتفالات شهدت حضورا كبيرا من العوائل هذا العام\". "
        + "أما النشاط المسرحي فقد سجل تفاعلاً كبيراً وإعجاباً من الحضور، وأضاف أن \"العروض ستتواصل حتى نهاية "
        + "الأسبوع المقبل في جميع المواقع\".");
    assertThat(quoteStarting(q, "العروض ستتواصل").speaker()).isEqualTo("خالد العتيبي");
  }

  @Test
  void aTopicOfNoRoleIsNoSpeakerParagraphsLater() {
    // unseen aawsat 421051 (lane quotes24's first version gave "الولايات المتحدة")
    List<Quote> q = quotes("فإيران كسبت رفع العقوبات الاقتصادية عنها والسماح لها بمواصلة مشاريعها النووية السلمية، أما "
        + "الولايات المتحدة فقد أرجأت التسابق الحربي النووي في الشرق الأوسط عشر سنوات.\nغير أن المآخذ على هذا الاتفاق "
        + "كثيرة، وتستحق التوقف عندها والتفكير الجدي في عواقبها.\nفالدول العربية والخليجية التي تعتبر حليفة للغرب "
        + "وللولايات المتحدة بالذات، اعتبرت أن رفع العقوبات عن إيران سوف يزيد من قدراتها على تنفيذ مشروعها الإمبراطوري "
        + "في الشرق الأوسط.");
    assertThat(q).noneMatch(x -> "الولايات المتحدة".equals(x.speaker()));
  }

  @Test
  void anEventsNameInMarksAfterASpeechActsParticipleIsNoQuotation() {
    // review quotes24 F4: the forum's name after "مرحبا بالمشاركين في" was a direct quotation
    List<Quote> q = quotes("واستقبل الأمير الوفد الزائر مرحبا بالمشاركين في \"الملتقى الدولي الثالث للشباب العربي في "
        + "مدينة الرياض\" الذي يختتم أعماله اليوم.");
    assertThat(q).isEmpty();
  }

  @Test
  void aNameEndingInGodBeforeTheComplementiserIsNoPrayer() {
    // review quotesind24 F1: the report of a speaker whose name ends in الله was dropped as a prayer
    List<Quote> q = quotes("ودعا الأمين العام لحزب الله حسن نصر الله أن تتحمل الحكومة اللبنانية مسؤولياتها كاملة تجاه الأزمة.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("حسن نصر الله"));
    List<Quote> p = quotes("ودعا المتحدث باسم حزب الله أن تتوقف الحملات الإعلامية ضد الحزب فورا.");
    assertThat(p).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("المتحدث باسم حزب الله"));
  }

  @Test
  void aPrayerToTheLordAfterAWordWithAPronounStaysAPrayer() {
    // guard (unseen al-jazirah 20150807/av5, al-madina 623357): God after "تصريحه", "سموه" is
    // the verb's object; a first version that asked for a definite word before God made these
    // prayers reports again
    assertThat(quotes("ودعا معالي رئيس مجلس الشورى في ختام تصريحه المولى القدير أن يحفظ على بلادنا أمنها "
        + "واستقرارها ويحفظ لها قادتها إنه ولي ذلك والقادر عليه.")).isEmpty();
    assertThat(quotes("ودعا سموه المولى جل علاه أن يحفظ خادم الحرمين الشريفين وسمو نائبه وسمو ولي ولي العهد.")).isEmpty();
  }

  @Test
  void aSingularSourceNamedAfterThePluralIsTheSource() {
    // review quotesind24 F2, unseen aawsat 412941: "وحسب مصدر في المقاومة …. وأشار المصدر" is that
    // source, not the tribal sources of the sentence before
    List<Quote> q = quotes("وقالت مصادر قبلية في مأرب لـ«الشرق الأوسط» إن المقاومة وقوات الجيش الموالية للشرعية في مأرب، "
        + "حققت تقدما خلال اليومين الماضيين، وفي تعز تستمر المقاومة في تعزيز مواقعها، وحسب مصدر في المقاومة لـ«الشرق "
        + "الأوسط»، فإن تحرير مدينة عدن من قبضة الميليشيات، أدى إلى رفع المعنويات «بصورة كبيرة وغير متوقعة لدى مقاتلينا "
        + "في تعز». وأشار المصدر إلى «رصد تحركات للحوثيين في المناطق الحدودية السابقة، وبينها منطقة الصلو، وذلك من أجل "
        + "استمرار الجبهات المتعددة في تلك المنطقة».");
    assertThat(quoteStarting(q, "رصد تحركات").speaker()).isEqualTo("مصدر في المقاومة");
  }

  @Test
  void theSourceIsThePluralSourcesAlsoWhenAnotherSpokeBetween() {
    // guards lane quotesind24's 015ead3f (the plural also when others spoke between), unseen
    // alwatan 231687
    List<Quote> q = quotes("كشفت مصادر في وزارة الصحة لـ\"الوطن\" أمس أن الوزارة طالبت مديري الشؤون الصحية في المناطق "
        + "بتشديد الرقابة على المجمعات الصحية الخاصة.\nفي غضون ذلك، أوضح مدير إدارة شؤون القطاع الصحي الخاص بصحة جدة "
        + "الدكتور محمد باجبير لـ\"الوطن\" أن اللجان التفتيشية قامت بجولات عدة على المجمعات الطبية.\nمن جهته، أوضح "
        + "المصدر أن عدد الأطباء والفنيين في القطاع الخاص بجدة الذين تم التأكد من مخالفتهم للنظام الصحي بلغوا نحو 20 "
        + "مخالفا.");
    assertThat(quoteStarting(q, "عدد الأطباء").speaker()).isEqualTo("مصادر في وزارة الصحة");
  }

  @Test
  void whileAnOfficialWillArriveStaysInTheReport() {
    // review quotesind24 F4, the clause of unseen aawsat 415066: "فيما سيصل" is no past verb
    List<Quote> q = quotes("وقال وزير الخارجية إن الوزراء سيجتمعون في عدن اليوم أو غدا، حيث سيتم نقلهما بالباخرة إلى ميناء "
        + "عدن، فيما سيصل الوزير الثالث من حضرموت لينضم إلى زملائه.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.text()).endsWith("لينضم إلى زملائه"));
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 25 (set 25 as a development set, bench/RESULTS.md lane quotes25): direct quotations
 * and their speakers. Each rule test holds a real sentence of set 25 and fails on the
 * session-start code (main a93007b9); the guards pass on both.
 */
class TestQuoteConstructionsSet25 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  private static boolean noQuoteStarting(List<Quote> q, String start) {
    return q.stream().noneMatch(x -> x.text().startsWith(start));
  }

  @Test
  void bareRaaBeforeItsComplementiserReportsWithTheSubjectBeforeIt() {
    // set 25, alriyadh 1070671: "لكن المعيبد رأى أنه" was no report (bare رأى normalises like
    // the noun رأي), so the participle's quotation went to the website of the sentence before
    List<Quote> q = quotes("وكانت وسائل الإعلام السعودية نشرت خبر التعاقد مع سابيلا بعد أن كشف موقع \"فوتبول توتال\" "
        + "الأرجنتيني أن المفاوضات اقتربت من مرحلة الحسم.\nلكن المعيبد رأى أنه غير معني بالنفي أو الإثبات قائلا \"نحن "
        + "في مرحلة حساسة من المفاوضات ولا نملك التعليق لأن الأمر ليس بيد الاتحاد السعودي لكرة القدم الان.\"، وأضاف "
        + "\"لقد وضعنا الكثير من الخطط البديلة فيما لو تعثرت المفاوضات.\"");
    assertThat(quoteStarting(q, "نحن في مرحلة حساسة").speaker()).isEqualTo("المعيبد");
    assertThat(quoteStarting(q, "لقد وضعنا الكثير").speaker()).isEqualTo("المعيبد");
  }

  @Test
  void theNounRayBeforeTheComplementiserStaysANoun() {
    // guard: "في رأي" with its ي is the noun "opinion", no verb
    List<Quote> q = quotes("وقال الوزير إن الخطة جاهزة. وفي رأي أن المشروع سيكتمل قريبا.");
    assertThat(q).noneMatch(x -> "رأي".equals(x.verb()));
  }

  @Test
  void aSpeechVerbWithItsAudienceInsideAReportQuotesItself() {
    // set 25, al-madina 623050: "قال للصحفيين في طهران «…»" inside "وذكر المتحدث أن …" was read
    // as part of the spokesman's indirect report
    List<Quote> q = quotes("وذكر المتحدث أن جنتيلوني قال للصحفيين في طهران «قبل روحاني الدعوة وسيخبرنا بالموعد». "
        + "ونقلت وكالة أنباء الجمهورية الإيرانية عن جنتيلوني قوله «إلى جانب التعاون السياسي يمكن لبلدينا العمل معًا».");
    Quote d = quoteStarting(q, "قبل روحاني الدعوة");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("جنتيلوني");
  }

  @Test
  void aConjoinedSpeechVerbWithItsOccasionEndsTheReportBeforeIt() {
    // set 25, JA-internationalNews-537: "وقالت في بيان "…"" after "مضيفة أن …" stayed inside
    // the participle's indirect report
    List<Quote> q = quotes("ووصفت وزارة العدل الحكم بأنه \"معيب من ناحية الحجة والنطاق\" مضيفة أن الرئيس يتمتع بسلطة "
        + "واسعة فيما يخص شؤون الأمن القومي وقالت في بيان \"ستواصل الوزارة الدفاع عن هذا الأمر التنفيذي في المحاكم\".");
    Quote d = quoteStarting(q, "ستواصل الوزارة");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("وزارة العدل");
    assertThat(quoteStarting(q, "الرئيس يتمتع").text()).doesNotContain("ستواصل");
  }

  @Test
  void someoneElseSpeakingInsideAReportStaysInIt() {
    // guard: a plural verb after a singular speaker's report is someone else's, the rule leaves it
    List<Quote> q = quotes("وأكد المدرب أن اللاعبين اجتمعوا أمس في الفندق وقالوا في بيان \"سنقاتل حتى آخر دقيقة من "
        + "أجل الفوز باللقب هذا الموسم\".");
    assertThat(noQuoteStarting(q, "سنقاتل حتى")).isTrue();
  }

  @Test
  void aBodyInMarksAfterAConstructRoleIsNoQuotation() {
    // set 25, alweeam 351146: the union a board member sits on, in marks after "عضو مجلس إدارة"
    List<Quote> q = quotes("أكد عضو مجلس إدارة “نقابة المهن التمثيلية”، الفنان سامح الصريطي، وفاة الفنانة الشابة ميرنا "
        + "المهندس عن عمر ناهز الـ 36 عاما، في المركز الطبي العالمي.");
    assertThat(noQuoteStarting(q, "نقابة المهن")).isTrue();
  }

  @Test
  void wordsInMarksAfterADefiniteRoleAreStillSaid() {
    // guard: after a definite role the marks hold what was said
    List<Quote> q = quotes("وقال المتحدث \"لن نسمح بذلك أبدا\"، مشيرا إلى أن الوضع مستقر.");
    assertThat(quoteStarting(q, "لن نسمح بذلك").direct()).isTrue();
  }

  @Test
  void aKunyaInMarksIsAName() {
    // set 25, JA-localNews-4189: a militant's kunya in marks after "أن" was read as the
    // statement's words
    List<Quote> q = quotes("نشر موقع موال لتنظيم \"القاعدة في بلاد المغرب الإسلامي\" بيانا جديدا أكد فيه مقتل \"أبو "
        + "سفيان الصوفي\" أمير كتيبة \"عقبة بن نافع\" في عملية سيدي بوزيد العسكرية.\nوأوضح البيان أن المدعو إيهاب "
        + "اليوسفي قد تمت تصفيته أيضا. هذا وأشار البيان إلى أن \"أبو سفيان الصوفي\"، جزائري الجنسية، والذي قتل في "
        + "العملية ذاتها، قد دخل البلاد منذ سنوات.");
    assertThat(q).noneMatch(x -> x.direct() && x.text().startsWith("أبو سفيان"));
  }

  @Test
  void aBraceTypedForAnOpeningGuillemetOpensTheQuotation() {
    // set 25, aawsat 408471: "{" typed for "«", closed by "»"
    List<Quote> q = quotes("في غضون ذلك, قال الرئيس اليمني عبد ربه منصور هادي، في خطاب ألقاه أمس، بمناسبتي تحرير عدن "
        + "وحلول عيد الفطر المبارك، {من عدن سنستعيد اليمن، وما تحقق فيها من انتصار إنما هو فاتحة انتصارات مجيدة "
        + "ومتوالية حتى يستعيد اليمنيون بلادهم».");
    Quote d = quoteStarting(q, "من عدن سنستعيد");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("عبد ربه منصور هادي");
  }

  @Test
  void aVerseInBracesStaysAsItIs() {
    // guard: braces closed by a brace (a Quran verse) are not turned into guillemets
    assertThat(QuotationMarks.bracesOpeningGuillemets("قال تعالى: {فإن الإنسان كفور} وقال «نعم»"))
        .isEqualTo("قال تعالى: {فإن الإنسان كفور} وقال «نعم»");
    assertThat(QuotationMarks.bracesOpeningGuillemets("قال: {نعم لا» ثم")).isEqualTo("قال: «نعم لا» ثم");
  }

  @Test
  void aParticipleAfterANamedPersonsSurnameIsHis() {
    // set 23, alweeam 351129: "واستعرض هادي … مشيرا “…”" gave the spokesman named in between
    // (cause I′), and the two quotations after it followed
    List<Quote> q = quotes("أكد الرئيس اليمني عبد ربه منصور هادي مجددا اليوم “أهمية استعادة الشرعية الدستورية في اليمن "
        + "والتزام كافة الأطراف بالتوصل الى تسوية للأزمة”.\nوذكر المتحدث باسم رئاسة الجمهورية السفير علاء يوسف في تصريح "
        + "صحفي أن ذلك جاء خلال لقاء الرئيس عبد الفتاح السيسي الرئيس اليمني.\nواستعرض هادي في هذا الاطار آخر مستجدات "
        + "وتطورات الأوضاع في اليمن مشيرا “الى التقدم الذي أحرزته القوات الوطنية في عدن التي أصبحت تمثل عاصمة مؤقتة "
        + "للبلاد”.\nكما أكد أهمية دور مصر “كدولة محورية في المنطقة وركيزة للأمن والاستقرار فيها”.");
    assertThat(quoteStarting(q, "الى التقدم").speaker()).isEqualTo("هادي");
    assertThat(quoteStarting(q, "كدولة محورية").speaker()).isEqualTo("هادي");
  }

  @Test
  void aWordNeverNamedBeforeIsNoSurname() {
    // guard: "واستعرض الوفد …" — a word the text gave no name with stays the old speaker's case
    List<Quote> q = quotes("وقال المتحدث باسم الوزارة علاء يوسف إن اللقاء كان مثمرا.\nواستعرض الوفد في هذا الاطار آخر "
        + "مستجدات الأوضاع في اليمن مشيرا “الى التقدم الذي أحرزته القوات الوطنية في عدن التي أصبحت عاصمة مؤقتة”.");
    assertThat(quoteStarting(q, "الى التقدم").speaker()).isEqualTo("علاء يوسف");
  }

  @Test
  void aCommonNounPairIsNoNameWhoseSurnameSpeaksLater() {
    // guard (review of quotes25, F1; the rule's first version, 5b08fcf9, gave "مؤشر" here): two bare
    // words of a common noun phrase ("ارتفاع مؤشر") are no person, so "وأضاف" goes on with the minister
    List<Quote> q = quotes("وقال وزير المالية محمد الجدعان إن الاقتصاد الوطني قوي ومتماسك. وجاء ارتفاع مؤشر السوق بعد "
        + "إعلان نتائج الشركات.\nوسجل مؤشر السوق ارتفاعا جديدا أمس مؤكدا متانة الاقتصاد الوطني. وأضاف أن الحكومة "
        + "ستواصل الإصلاحات الاقتصادية.");
    assertThat(quoteStarting(q, "الحكومة ستواصل").speaker()).isEqualTo("محمد الجدعان");
  }

  @Test
  void wordsInMarksAfterAFullNameAreNoName() {
    // set 25, JA-diverse-261: "القاضي نيكولاس فرنسيس "بحزن شديد"" gave the judge the name
    // "بحزن شديد", which his later "وقال القاضي "…"" took over
    List<Quote> q = quotes("واعتبر القاضي نيكولاس فرنسيس \"بحزن شديد\" لكن \"بقناعة تامة\" أنه ينبغي على الأطباء أن "
        + "يتوقفوا عن إبقاء الرضيع تشارلي غارد على قيد الحياة بشكل اصطناعي. وقال القاضي \"أود أن أشكر والدي تشارلي على "
        + "الحملة الجبارة التي قاما بها باسمه\".");
    assertThat(quoteStarting(q, "أود أن أشكر").speaker()).isEqualTo("نيكولاس فرنسيس");
  }

  @Test
  void aCommonNounAfterAnotherIsNoSurname() {
    // guard (unseen text, aleqt 979641): "حفل افتتاح" is no name, so "وشهد افتتاح …" names nobody
    List<Quote> q = quotes("قال الرئيس المصري عبد الفتاح السيسي إن المشروع يمثل انطلاقة. وحضر حفل افتتاح القناة عدد "
        + "كبير من القادة.\nوشهد افتتاح القناة عرض جوي كبير مشيرا “الى التقدم الذي أحرزته البلاد في مشروعات البنية "
        + "التحتية الكبرى”.");
    assertThat(q).noneMatch(x -> "افتتاح".equals(x.speaker()));
  }

  @Test
  void raaBeforeAPresentVerbIsNoReport() {
    // guard (unseen text, a memoir in aawsat 368896): "رأى أن يعيد" is "saw fit to"
    List<Quote> q = quotes("وقال المخرج إن الفيلم جاهز. رأى أن يعيد كتابة القصة في كل ما يختص بدوري.");
    assertThat(q).noneMatch(x -> "رأى".equals(x.verb()));
  }

  @Test
  void raaWithItsSubjectUnsaidIsLeftOut() {
    // guard (unseen text, aawsat 415956): after "إذ" the subject is unsaid and "إذ" was taken for it
    List<Quote> q = quotes("وتحدث الوزير عن المشروع، إذ رأى أن الخطة جيدة وأنها ستكتمل في موعدها.");
    assertThat(q).noneMatch(x -> "رأى".equals(x.verb()));
  }
}

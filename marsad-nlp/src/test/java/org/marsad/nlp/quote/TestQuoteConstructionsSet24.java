package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 24 (set 24 as a development set, bench/RESULTS.md lane quotes24): direct quotations
 * and their speakers. Each rule test holds real sentences of the development sets and fails on
 * the session-start code (main 4f264256); the guards pass on both.
 */
class TestQuoteConstructionsSet24 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void wordsAfterAClosingMarkAreNoQuotedName() {
    // set 22, aawsat 416466: the object's term in marks, "«العدوانية»", made the words after its
    // closing mark the speaker ("لإيران تجاه دول")
    List<Quote> q = quotes("أدان وزير الخارجية السعودي عادل الجبير التصريحات «العدوانية» لإيران تجاه دول المنطقة، "
        + "معتبرا تلك التصريحات بأنها «لا تعبر عن نوايا بلد يسعى إلى إقامة علاقات جيدة»، خصوصا بعد إبرام الدول الست "
        + "الكبرى الاتفاق النووي مع طهران.");
    Quote d = quoteStarting(q, "لا تعبر عن نوايا");
    assertThat(d.direct()).isTrue();
    // (the name alone, not the object after it: review of quotes24 F2)
    assertThat(d.speaker()).isEqualTo("عادل الجبير");
  }

  @Test
  void aQuotedTeamNameInTheObjectLeavesThePlayerTheSpeaker() {
    // set 22, arriyadiyah 906731: "جدارة "الأخضر" بصدارة المجموعة" gave "بصدارة المجموعة الحديدية"
    List<Quote> q = quotes("أكد لاعب المنتخب وسام حمدان جدارة \"الأخضر\" بصدارة المجموعة الحديدية وقال: \"لن نتخلى "
        + "عن الصدارة وسنعبر تونس اليوم ونحن مؤهلين واستعدادنا قوي جداً وسنتدارك بعض الأخطاء التي ارتكبنها في المباريات "
        + "الماضية \".");
    Quote d = quoteStarting(q, "لن نتخلى عن الصدارة");
    assertThat(d.speaker()).isEqualTo("وسام حمدان");
  }

  @Test
  void aQuotedNameStillNamesTheRolesHolder() {
    // guard: quoted words closing the role phrase are still its holder's name
    List<Quote> q = quotes("وقال المدير الفني لنادي برشلونة «لويس إنريكي» في مؤتمر صحفي إن «الفريق قدم مباراة كبيرة "
        + "أمام منافس صعب».");
    assertThat(quoteStarting(q, "الفريق قدم مباراة").speaker()).isEqualTo("لويس إنريكي");
  }

  @Test
  void aBodyInMarksAfterTheRoleIsNoAddressee() {
    // set 24, JA-internationalNews-367: "لـ"آبل"" read as the one spoken to ("قال لـ«الشرق
    // الأوسط» إن") ended the subject at "الرئيس التنفيذي"; the holder is named after the comma
    List<Quote> q = quotes("وقال الرئيس التنفيذي لـ\"آبل\"، تيم كوك، في بيان على موقع الشركة إن \"حكومة الولايات "
        + "المتحدة أمرت آبل باتخاذ خطوة غير مسبوقة تهدد أمن زبائننا\". وأضاف كوك: \"نحن نرفض هذا الأمر الذي له تبعات "
        + "تتجاوز هذه القضية القانونية\".");
    assertThat(quoteStarting(q, "حكومة الولايات المتحدة").speaker()).isEqualTo("تيم كوك");
  }

  @Test
  void anOutletInMarksIsStillSpokenTo() {
    // guard: no name after the comma, the outlet in marks is the addressee
    List<Quote> q = quotes("وقال المسؤول لـ\"عكاظ\"، أمس، إن \"الوزارة ستعلن النتائج قريبا\".");
    assertThat(quoteStarting(q, "الوزارة ستعلن").speaker()).isEqualTo("المسؤول");
  }

  @Test
  void aCurlyMarkLeftOpenAfterTheComplementiserRunsToTheParagraphEnd() {
    // set 24, alweeam 351543: the closing mark forgotten at the paragraph end; the reporting verb
    // stands 14 words before "إن" (a long subject), so the words were read as indirect speech
    List<Quote> q = quotes("وبينما رفض المتحدث العسكري، العقيد سليماني مايغا، الإفصاح عن هوية القتلى من الرهائن "
        + "الأجانب، قالت المتحدثة باسم بعثة الأمم المتحدة لحفظ السلام في مالي “مينوسما”، راضية عاشوري، إن “العملية "
        + "البرية تم تنفيذها بمعرفة القوات المالية من جانب واحد.\nوأضافت المتحدثة الأممية أن الرهائن الأربعة، الذين تم "
        + "إطلاق سراحهم، تم نقلهم إلى مكان آمن تابع للبعثة.");
    Quote d = quoteStarting(q, "العملية البرية");
    assertThat(d.direct()).isTrue();
    assertThat(d.text()).endsWith("من جانب واحد.");
  }

  @Test
  void aCurlyMarkLeftOpenBeforeTheWritersNarrationMakesNoQuotation() {
    // guard: the writer's narration ("وأشار الوزير إلى أن") after the mark left open: where the
    // words end is unknown, no direct quotation
    List<Quote> q = quotes("وقال الوزير في مؤتمر صحفي إن “الوضع صعب في المنطقة، وأشار الوزير إلى أن الحكومة تعمل "
        + "على الحل.");
    assertThat(q).noneMatch(x -> x.direct());
  }

  @Test
  void aSpeechActsParticipleFramesTheLongQuotationAfterItsObject() {
    // set 23, JA-localNews-3463 and alweeam 351129 (cause AA): the act participles "مستنكرة" and
    // "مشيدا" introduced no quotation, so the words in marks after "ما أسمته" / "بالموقف" were lost
    List<Quote> q = quotes("ووصفت الرابطة، في بيان تلقت الجوهرة أف أم نسخة منه، قرار الإقالة \"الذي جاء تحت ضغط سعودي\" "
        + "بأنه \"انتهاك للسيادة التونسية وترسيخ للفكرة القائلة أن قرارنا التونسي مرتهن لدى ممالك الخليج\" مستنكرة ما "
        + "أسمته \"تراخي الحكومة في حماية المصالح التونسية في مواجهة الإرهاب الذي تدعمه مملكة السعودية\".");
    Quote d = quoteStarting(q, "تراخي الحكومة");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("الرابطة");
    List<Quote> p = quotes("كما أكد أهمية دور مصر “كدولة محورية في المنطقة وركيزة للأمن والاستقرار فيها” مشيدا بالموقف "
        + "“الحازم والمؤيد للشرعية الدستورية في اليمن ومشاركتها الى جانب السعودية ودول الخليج العربي في العمليات "
        + "العسكرية في اليمن”.");
    assertThat(quoteStarting(p, "الحازم والمؤيد").direct()).isTrue();
  }

  @Test
  void aShortTermAfterASpeechActsParticipleIsNoQuotation() {
    // guard: a term of two words in marks after "منددا بـ" is the act's object, not words said
    List<Quote> q = quotes("وقال الوزير إن الحكومة ستواصل جهودها، منددا بـ\"الإرهاب الأسود\" الذي ضرب المنطقة.");
    assertThat(q).noneMatch(x -> x.direct());
  }

  @Test
  void aTopicOpenedByAmmaSpeaksAfterFaqad() {
    // set 20, alriyadh 1071642: "أما X فقد عددت … وقالت" — the speech verb had no subject and
    // nobody was remembered for it (speaker null); the topic after أما is its subject
    List<Quote> q = quotes("أما المذيعة علا فارس فقد عددت مزايا الراحل التي تجعله استثنائياً في فضاء الإعلام العربي "
        + "وقالت إنه \"كان يفرح لنجاح زملائه، وصاحب واجب مع الجميع، ولا تفارقه الكلمة الراقية\".");
    assertThat(quoteStarting(q, "كان يفرح").speaker()).isEqualTo("علا فارس");
    List<Quote> p = quotes("أما المذيعة نشوى الرويني التي رافقت الراحل في بداياته منتصف التسعينيات عبر برنامج \"صباح "
        + "الخير يا عرب\" الذي بثته قناة MBC فقد عبرت عن حجم الألم الذي تركه الخبر في نفسها وقالت \"كان نعم الأخ "
        + "أثناء عملنا في MBC لندن. كان شهماً دمث الخلق طيباً يشهد له جميع من عرفه\".");
    assertThat(quoteStarting(p, "كان نعم الأخ").speaker()).isEqualTo("نشوى الرويني");
  }

  @Test
  void aTopicOfMatterAfterAmmaIsNoSpeaker() {
    // guard: "أما بالنسبة لـ …" names a matter; the minister speaking before goes on
    List<Quote> q = quotes("وقال وزير المالية محمد الجدعان إن \"الميزانية تسير وفق الخطة المرسومة لها\". أما بالنسبة "
        + "للعجز فقد تراجع كثيرا هذا العام وقال \"نتوقع أن يستمر التراجع في العام المقبل أيضا\".");
    assertThat(quoteStarting(q, "نتوقع أن يستمر").speaker()).isEqualTo("محمد الجدعان");
  }

  @Test
  void theDashOfAHyphenatedGivenNameOpensNoAside() {
    // review of quotesind23 F4 (second shape): the dash after "جان" was read as an aside's, and
    // the speaker was cut to "جان"
    List<Quote> q = quotes("وقال جان - بيير رافاران - رئيس الوزراء الفرنسي الأسبق - إن \"العلاقات بين البلدين قوية جدا "
        + "ولن تتأثر بهذه الأزمة\".");
    assertThat(quoteStarting(q, "العلاقات بين البلدين").speaker()).isEqualTo("جان - بيير رافاران");
    List<Quote> p = quotes("وقال رئيس الوزراء الفرنسي الأسبق جان - بيير رافاران - الذي يزور الرياض حاليا - إن "
        + "\"العلاقات بين البلدين قوية جدا ولن تتأثر\".");
    assertThat(quoteStarting(p, "العلاقات بين البلدين").speaker()).isEqualTo("جان - بيير رافاران");
  }

  @Test
  void aDashAfterAFullNameStillOpensAnAside() {
    // guard (session 23): "– عمل في مجال الطبخ منذ 50 عاماً –" is an aside after the name
    List<Quote> q = quotes("وقال إبراهيم بن عبدالله الحماد – عمل في مجال الطبخ منذ 50 عاماً – أن \"المهنة تغيرت كثيرا "
        + "في السنوات الأخيرة\".");
    assertThat(quoteStarting(q, "المهنة تغيرت").speaker()).isEqualTo("إبراهيم بن عبدالله الحماد");
  }
}

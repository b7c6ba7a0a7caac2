package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 23, lane quotesind23 (set 23 as a development set, indirect speech; bench/RESULTS.md):
 * where reports start and end ("ولا سيما أن" is no report, "وقالت وفقا لما ذكره X إن", "، وفيما
 * أكد أن", a participle whose complementiser is four words on, a verb of telling with its
 * addressee, the imperative "واعلم أنك") and their speakers (a name in lam between commas after a
 * role, "بيان لـX بتاريخ", "أصدرت X بيانا مساء الثلاثاء تقول فيه", an epithet for the person
 * speaking, a dash aside after the name). Set 23's real sentences and those of the unseen text of
 * lane quotesind22's four wrong changes; each rule test fails on the session-start code (main
 * 3a271656), the guards pass on it by design.
 */
class TestQuoteIndirectSet23 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  private static List<String> texts(List<Quote> q) {
    return q.stream().map(Quote::text).toList();
  }

  @Test
  void especiallyAsIsNoReport() {
    // set 23, aleqt 975518: "ولا سيما أن" ("especially as") was read as the complementiser of وأشار
    List<Quote> q = quotes("وأشار إلى الجهود لا تزال تبذل من قبل إدارة النادي للحصول على التأشيرات، ولا سيما أن وجودهم مهم "
        + "جدا مع الفريق كمدرب الحراس الكولمبي هيجيتا والطاقم الطبي، مشيرا إلى أنهم ينتظرون تدخل الاتحاد السعودي لكرة القدم لحل الإشكالية.");
    assertThat(texts(q)).noneMatch(t -> t.startsWith("وجودهم مهم"));
    assertThat(texts(q)).anyMatch(t -> t.startsWith("ينتظرون تدخل"));
  }

  @Test
  void whatARadioReportedBetweenTheVerbAndItsComplementiserIsNoBarrier() {
    // set 23, aawsat 411106: the report after "وقالت وفقا لما ذكره راديو فرنسا الدولي إن" was missed
    List<Quote> q = quotes("وقالت المديرة العامة لليونيسكو إيرينا بوكوفا في كلمة أمام أئمة تمبكتو: «إن عملكم بمثابة درس في "
        + "التسامح». وقالت وفقا لما ذكره راديو فرنسا الدولي إن المسؤولين عن تدمير الأضرحة سيمثلون أمام المحكمة الجنائية الدولية.");
    Quote r = quoteStarting(q, "المسؤولين عن تدمير");
    assertThat(r.text()).endsWith("المحكمة الجنائية الدولية");
    assertThat(r.speaker()).isEqualTo("إيرينا بوكوفا");
  }

  @Test
  void whileHeStressedStartsTheNextReport() {
    // set 23, al-jazirah du9: "…، وفيما أكد أن …" stayed inside the report before it
    List<Quote> q = quotes("كشف عضو في رئاسة الاتحاد الإسلامي الكردستاني الأربعاء عن أن الأطراف الأربعة وافقت على بقاء مسعود "
        + "البارزاني في رئاسة إقليم كردستان لمدة عامين إضافيين، وفيما أكد أن التمديد جاء مقابل موافقة الحزب الديمقراطي الكردستاني "
        + "على جعل النظام برلمانيا.");
    assertThat(quoteStarting(q, "الأطراف الأربعة").text()).endsWith("لمدة عامين إضافيين");
    assertThat(quoteStarting(q, "التمديد جاء").text()).endsWith("جعل النظام برلمانيا");
  }

  @Test
  void aParticipleWithATwoWordObjectStartsTheNextReport() {
    // set 23, alriyadh 1069430: "… فلسطيني واصفا ما حصل بأنه "جريمة حرب"" was one report
    List<Quote> q = quotes("وأعلن الرئيس الفلسطيني محمود عباس الجمعة أنه ينوي التوجه إلى المحكمة الجنائية الدولية ردا على مقتل "
        + "الطفل فلسطيني واصفا ما حصل بأنه \"جريمة حرب\" جديدة.");
    assertThat(quoteStarting(q, "ينوي التوجه").text()).endsWith("مقتل الطفل فلسطيني");
    assertThat(q).anyMatch(x -> x.text().contains("جريمة حرب") && "محمود عباس".equals(x.speaker()));
  }

  @Test
  void aNameInLamBetweenCommasAfterARoleIsTheSpeaker() {
    // set 23, JA-localNews-3928: "مدير المستشفى الجامعي سهلول، لطفي بوبكر، في تصريح" → سهلول
    List<Quote> q = quotes("قال مدير المستشفى الجامعي سهلول، لطفي بوبكر، في تصريح لـ\"الجوهرة أف أم\" إن إدارة المستشفى رفضت "
        + "قبول تجهيزات ومعدات طبية في شكل هبة من فرنسا.");
    assertThat(quoteStarting(q, "إدارة المستشفى").speaker()).isEqualTo("لطفي بوبكر");
  }

  @Test
  void aDateEndsTheStatementsIssuer() {
    // set 23, aawsat 426546: "وانتقد بيان للنصرة بتاريخ أمس" → "النصرة بتاريخ"
    List<Quote> q = quotes("وانتقد بيان للنصرة بتاريخ أمس، خطة أميركية تركية لطرد تنظيم داعش من منطقة الحدود السورية التركية، "
        + "قائلا إنّ الهدف هو خدمة «أمن تركيا القومي»، وليس قتال الرئيس السوري بشار الأسد.");
    assertThat(quoteStarting(q, "الهدف هو").speaker()).isEqualTo("النصرة");
  }

  @Test
  void timeWordsBetweenAStatementAndItsVerbKeepTheIssuer() {
    // set 23, JA-internationalNews-601: "وأصدرت وزارة الخارجية بيانا مساء الثلاثاء تقول فيه إنها" → إيران
    List<Quote> q = quotes("وقالت إيران إنها لن تمنح تأشيرات لثلاثة من أعضاء الكونغرس الأمريكى. وأصدرت وزارة الخارجية بيانا مساء "
        + "الثلاثاء تقول فيه إنها رفضت إصدار تأشيرات للنواب فرانك لوبيوندو. وأضافت أن الثلاثة أرادوا مراقبة الاتفاق النووى.");
    assertThat(quoteStarting(q, "رفضت إصدار").speaker()).isEqualTo("وزارة الخارجية");
    assertThat(quoteStarting(q, "الثلاثة أرادوا").speaker()).isEqualTo("وزارة الخارجية");
  }

  @Test
  void anEpithetIsThePersonSpeaking() {
    // set 23, aawsat 413271 and JA-sport-1444: "نجم المنتخب الإيطالي", "السويسري" were speakers of their own
    List<Quote> q = quotes("وتابع بيرلو، في مقابلة مع صحيفة «لاغازيتا ديلو سبورت» الإيطالية، إن القرار لا يتعلق بزميله الإيطالي "
        + "بالفريق جوفينكو أو غيره. وأكد نجم المنتخب الإيطالي أنه كان ليفعل الشيء ذاته في حال فوز فريق السيدة العجوز بدوري أبطال أوروبا.");
    assertThat(quoteStarting(q, "كان ليفعل").speaker()).isEqualTo("بيرلو");
    q = quotes("وشدّد بلاتر أن بلاتيني لم يكن يخطط لمساعدة قطر في تنظيم المونديال. وأضاف السويسري أنه لم يكن سعيداً "
        + "بإسناد المونديال إلى قطر.");
    // (since lane fixquotes23, review quotes23 F1: the bare adjective goes back only to a man the text
    // ties to it, and this text never writes "السويسري" next to Blatter: it stays the speaker)
    assertThat(quoteStarting(q, "لم يكن سعيداً").speaker()).isEqualTo("السويسري");
  }

  @Test
  void anEpithetWithANameIsThatName() {
    // guard: "نجم الهلال السابق محمد الشلهوب" names somebody new
    List<Quote> q = quotes("وقال بيرلو إن القرار لا يتعلق بزميله. وأكد نجم الهلال السابق محمد الشلهوب أن الفريق سيعود أقوى.");
    assertThat(quoteStarting(q, "الفريق سيعود").speaker()).isEqualTo("محمد الشلهوب");
  }

  @Test
  void theImperativeKnowIsNoReport() {
    // unseen text (okaz), lane quotesind22's wrong change: "كن متوكلا على الله واعلم أنك" split at واعلم
    List<Quote> q = quotes("وختم الباحث الصالح محاضرته بكلمات مضيئة لتحفيز الطلاب، حيث قال: كن متوكلا على الله واعلم أنك على ثغر "
        + "من الثغور وإذا رغبت بصدق أن تكون باحثا متميزا فلن يستطيع أحد أن يمنعك من ذلك.");
    assertThat(q).noneMatch(x -> "واعلم".equals(x.verb()));
  }

  @Test
  void aVerbOfTellingWithTheSpeakersAddresseeIsHisNextReport() {
    // unseen text (3alyoum, Riquelme), lane quotesind22's wrong change: "وأبلغ مدربه … انه سيعتزل"
    List<Quote> q = quotes("واشتكى ريكيلمي البالغ من العمر 35 عاما من انه لا يزال يشعر بالالم وأبلغ مدربه مارسيلو جاياردو وهو "
        + "زميل سابق له في الفريق انه سيعتزل.");
    assertThat(quoteStarting(q, "لا يزال").text()).isEqualTo("لا يزال يشعر بالالم");
    Quote r = quoteStarting(q, "سيعتزل");
    assertThat(r.verb()).isEqualTo("وأبلغ");
    assertThat(r.speaker()).isEqualTo("ريكيلمي");
  }

  @Test
  void ifAnyIsNoComplementiser() {
    // unseen text (a university's call), lane quotesind22's wrong change: "وكشف درجات معتمد" (the
    // noun "transcript") read as a و-verb whose report began after "إن وجدت" ("if any")
    List<Quote> q = quotes("ودعت الراغبين إلى تقديم الطلبات مصحوبة بالأوراق الثبوتية من وثيقة تخرج وكشف درجات معتمد وشهادات "
        + "الدورات والدبلومات التي اجتازها إن وجدت إلى مكتب رئيس قسم الهندسة المدنية بمبنى كلية الهندسة.");
    assertThat(q).isEmpty();
  }

  @Test
  void aDashAsideAfterTheNameIsNoPartOfIt() {
    // unseen text (alriyadh), lane quotesind22's wrong change: the speaker was "… الحماد – عمل"
    List<Quote> q = quotes("وقال إبراهيم بن عبدالله الحماد – عمل في مجال الطبخ منذ 50 عاماً – أن الوقت قد تغير كثيرا عن الماضي.");
    assertThat(quoteStarting(q, "الوقت قد تغير").speaker()).isEqualTo("إبراهيم بن عبدالله الحماد");
  }

  @Test
  void aNameWithASpacedHyphenStaysWhole() {
    // guard, unseen text (aawsat 419056, 410261): a first version cut these names at the hyphen
    List<Quote> q = quotes("ذكر هانز - بيتر بارتلس، مفوض شؤون الدفاع في البرلمان الألماني «بوندستاغ»، أن مهمة أنظمة «باتريوت» "
        + "باتت صعبة.");
    assertThat(quoteStarting(q, "مهمة أنظمة").speaker()).isEqualTo("هانز - بيتر بارتلس");
    q = quotes("ويرى دوجلاس - فيرهيرست أن كارول ذاته كان عاطفيًا وليس جنسيًا.");
    assertThat(quoteStarting(q, "كارول ذاته").speaker()).isEqualTo("دوجلاس - فيرهيرست");
  }

  @Test
  void onAnnaAfterADashAsideIsAReport() {
    // unseen text (okaz 784898): with the aside cut from the subject, "على أن" far from the verb
    // was read as "provided that" by a first version and the report was lost
    List<Quote> q = quotes("ويؤكد مختار خان - أحد بائعي الملابس الجاهزة - على أن حركة البيع «ضعيفة» جدا سواء في شهر رمضان "
        + "المبارك أو في أيام العيد.");
    assertThat(quoteStarting(q, "حركة البيع").speaker()).isEqualTo("مختار خان");
  }

  @Test
  void onlyAPersonWithAPronounIsTheOneTold() {
    // guard, unseen text (al-madina 623361): "أخبر سبحانه" is God who told, not the one told
    List<Quote> q = quotes("بأداء فريضة من فرائضه، التي أخبر سبحانه عن رفعة مكانتها، وعظم منزلتها بقوله: «وما تقرب إليّ عبدي "
        + "بشيء أحب إلي مما افترضت عليه..» الحديث.");
    assertThat(q.get(0).speaker()).isEqualTo("سبحانه");
  }
}

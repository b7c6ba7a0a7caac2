package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 14: speaker errors of sets 12–14 read by cause (bench/RESULTS.md, lane quotes14); each
 * test holds the real sentence and, where the rule could overreach, the case it must keep.
 */
class TestQuoteConstructionsSet14 extends QuoteTestBase {
  @Test
  void aPluperfectWithoutQadHasItsSubjectBeforeTheVerb() {
    // session 13 leftover: the king spoken to is no speaker
    assertThat(quotes("وكان كارتر قال للملك سلمان في وقت سابق إن واشنطن ملتزمة بأمن المملكة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("كارتر"));
    assertThat(quotes("وكان وزير الخارجية الأمريكي جون كيري قال إن الاتفاق جيد."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("جون كيري"));
    // kept: كان + قد, and a plain verb with its subject after it
    assertThat(quotes("وكانت الرئاسة قد قالت أول من أمس إنه لن يترشح."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("الرئاسة"));
    assertThat(quotes("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("باراك أوباما"));
  }

  @Test
  void aFemaleDoctorIsTitledAndWhatFollowsHerCommaIsNoSubject() {
    // set 14, sabq 8y9gde
    assertThat(quotes("بدأ نادي أبها الأدبي برنامجه الثقافي بدورة فن الإلقاء, التي قدّمتها عضو مجلس الإدارة الدكتورة مريم الغامدي. "
        + "وبدأت الدكتورة الغامدي، بتعريف الإلقاء, وذكرت أنه مهارة لا تقف على تصويب اللفظ وصحته النحوية."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isNotEqualTo("بتعريف الإلقاء").endsWith("الغامدي"));
    assertThat(quotes("وقالت الدكتورة مريم الغامدي إن الإلقاء مهارة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("مريم الغامدي"));
    // kept: a subject set off by a comma before a verb without و
    assertThat(quotes("ماثيو إليوت، قال إن الحملة مستمرة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("ماثيو إليوت"));
  }

  private static final String ABU_OUF = "مها أكدت أن شقيقها لا يعاني من أي مرض عضوي، حيث قالت: «أقسم بالله العظيم ان عزت سليم ولا يعانى من أي مرض عضوي». "
      + "\nوعن أسباب إصابته بالاكتئاب، قالت: «تعرض شقيقي لحالة اكتئاب بعد وفاة زوجته». "
      + "\nوأضافت، في تصريحات صحفية، أن الأطباء أكدوا لهم أن اشتراكه في هذه الحملة بشرة خير، وقالت: «لا اعتراض على مشيئة الله، ولكنه متأثر بفقدان رفيقة دربة». "
      + "\nواختتمت حديثها، بقولها: «رغم اننا لم نكن نود ان تحدث كل هذه الهوجة».";

  @Test
  void aFrontedPrepositionalPhraseIsNoSubject() {
    // set 14, 3alyoum: "وعن أسباب إصابته بالاكتئاب، قالت:"
    List<Quote> q = quotes(ABU_OUF);
    assertThat(q).filteredOn(x -> x.text().startsWith("تعرض شقيقي")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("مها"));
  }

  @Test
  void aVerbJoinedByWawGoesBackPastAReportInsideTheClause() {
    // set 14, 3alyoum: the doctors speak inside her words; "وقالت" and "بقولها" are hers
    List<Quote> q = quotes(ABU_OUF);
    assertThat(q).filteredOn(x -> x.text().startsWith("اشتراكه")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("الأطباء"));
    assertThat(q).filteredOn(x -> x.text().startsWith("لا اعتراض")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("مها"));
    assertThat(q).filteredOn(x -> x.text().startsWith("رغم اننا")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("مها"));
    // kept (set 12, JA-localNews-443): "حيث أشارت" stays inside the court's clause
    assertThat(quotes("وأوضحت المنظمة، في بلاغ نشرته على موقعها الالكتروني الرسمي، أن المحكمة الإدارية اعتبرت في قرارها الاستشاري "
        + "ان هذا الفصل إجراء غير شرعي حيث أشارت إلى أنّه \"لا يمكن في غياب نصّ قانوني صريح، تخصيص نسبة من الانتدابات الخارجية\"."))
        .filteredOn(x -> x.text().startsWith("لا يمكن")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("المحكمة الإدارية"));
  }

  @Test
  void theResearchersAreTheGroupTheTextIntroduced() {
    // set 14, aleqt 978250
    assertThat(quotes("وفي أول دراسة من نوعها، فحص باحثون من جامعتي بليموث وإكستير في بريطانيا ردود الفعل البدنية والنفسية. "
        + "وقال الباحثون، إن وجود عدد كبير ومتنوع من الأسماك ساعد أيضا على تشتيت انتباه الأشخاص."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("باحثون من جامعتي بليموث وإكستير"));
    // set 13, alyaum 4081292
    assertThat(quotes("وأفادت الدراسة التي أجراها باحثون من جامعة شيفيلد البريطانية أن الزواج بامرأة ثانية يمنح الرجل ثقة في النفس. "
        + "وأشار الباحثون إلى أن «التعدد قد يكون سر الحياة السعيدة والعمر الطويل»."))
        .filteredOn(Quote::direct).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("باحثون من جامعة شيفيلد البريطانية"));
    // kept: no such introduction, the noun stays
    assertThat(quotes("وقال الباحثون إن النتائج مشجعة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("الباحثون"));
  }

  // review of quotes14 (F1), alwatan 230590: وأكد is coordinated with نفى inside the أن clause
  private static final String GHAIDAN = "وقالت المصادر إن قائد القوات البرية السابق الفريق علي غيدان أبلغ لجنة التحقيق بأنه تسلم أوامر الانسحاب من المالكي. "
      + "وأشارت إلى أن غيدان نفى أن يكون هو من أعطى أوامر الانسحاب، وأكد أن المالكي كان يتصل بالضباط الكبار مباشرة ويبلغهم بأوامر الانسحاب.";

  @Test
  void aVerbAgreeingWithTheInnerSubjectStaysInsideTheClause() {
    List<Quote> q = quotes(GHAIDAN);
    assertThat(q).filteredOn(x -> x.text().startsWith("المالكي كان يتصل")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("غيدان"));
    assertThat(q).filteredOn(x -> x.text().startsWith("قائد القوات")).singleElement()
        .satisfies(x -> assertThat(x.speaker()).isEqualTo("المصادر"));
  }

  @Test
  void aPluperfectTakesAPluralVerbAfterSingularKanaAndAMasculineVerbEndingInTa() {
    // review of quotes14 (F3): كان before its subject is singular, the verb after it plural
    assertThat(quotes("وكان المسؤولون قالوا للملك سلمان في وقت سابق إن واشنطن ملتزمة بأمن المملكة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("المسؤولون"));
    // لفت ends in ت and is masculine
    assertThat(quotes("وكان الوزير لفت للملك سلمان في وقت سابق إلى أن واشنطن ملتزمة بأمن المملكة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("الوزير"));
    // kept (corpus sample 909): the tweets (كانت) are no subject of the masculine غرد
    assertThat(quotes("وكانت آخر تغريدات الراحل غرد بها في أواخر رمضان للحث على أهمية التحلي بالأخلاق الإسلامية قائلاً فيها: "
        + "“ليس مهماً أن يكون في جيبك القرآن بل المهم أن تكون في أخلاقك آية، منقول بتصرف”"))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isNotEqualTo("آخر تغريدات الراحل"));
  }
}

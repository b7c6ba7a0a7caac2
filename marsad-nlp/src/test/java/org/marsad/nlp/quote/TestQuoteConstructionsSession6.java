package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Constructions fixed in session 6, on sentences of set 6 (gold-heldout-6.jsonl, development
 * since its blind run) and of the corpus sample (bench/quote-sample.py).
 */
class TestQuoteConstructionsSession6 extends QuoteTestBase {
  @Test
  void aVerbRightAfterAnnaXHasXAsItsSubject() {
    // alweeam 351555: the judge is Morsi's addressee, and the inner report is Morsi's
    List<Quote> q = quotes("وأضافت الوكالة أن مرسي أبلغ القاضي خلال محاكمته وعشرة آخرين من قيادات الإخوان بتهمة التخابر أنه سبق وطلب عرضه على لجنة طبية لإجراء فحص طبي شامل له.\n"
        + "وذكرت وكالة أنباء الشرق الأوسط أن القاضي محمد شيرين فهمي قال إن المحكمة ستوافق على التصريح للدفاع بمقابلة مرسي.");
    assertThat(q).extracting(Quote::speaker).containsExactly("مرسي", "محمد شيرين فهمي");
    assertThat(q.get(0).text()).startsWith("سبق وطلب");
  }

  @Test
  void aReportNestedAtTheStartOfAClauseKeepsItsMarks() {
    // alweeam 351555
    List<Quote> q = quotes("وقال المحامي عبد المنعم عبد المقصود الذي يدافع عن عدد من قيادات الإخوان وحضر جلسة اليوم السبت لرويترز إن مرسي قال “إنه ممتنع عن تناول أطعمة السجن لأنه لو أكلها ستحدث جريمة كبرى.”");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).speaker()).isEqualTo("مرسي");
    assertThat(q.get(0).text()).startsWith("إنه ممتنع");
  }

  @Test
  void aCurlyOpeningMarkClosedByAStraightOne() {
    // JA-internationalNews-88-04012017
    List<Quote> q = quotes("وقال قائد حماية المسؤولين والشخصيات الحكومية في قوى الأمن “هدايتا البرزي” في تصريح صحفي الثلاثاء أمس الثلاثاء“إن سلطات بلاده قررت استخدام الشرطيات في حماية الشخصيات الدبلوماسية الأجنبية بينهم سفيرات لدول عربية\". وأضاف “البرزي” في تصريحه “كنا نستخدم الرجال في حماية الضيوف الأجانب من النساء في الاجتماعات الدولية التي تقام في طهران\".");
    assertThat(q).extracting(Quote::direct).containsExactly(true, true);
    assertThat(q.get(0).text()).endsWith("سفيرات لدول عربية");
    assertThat(q.get(1).text()).startsWith("كنا نستخدم الرجال").endsWith("تقام في طهران");
  }

  @Test
  void kataba_withItsSubjectAndTheMediumBeforeTheMark() {
    // aawsat 416106
    List<Quote> q = quotes("وكتبت مقدمة البرامج والمنتجة التلفزيونية الشهيرة أوبرا وينفري في تغريدة «أخيرا (ترقد) بسلام».\n"
        + "كذلك كتبت مغنية الراب والمنتجة ميسي ايليوت عبر «تويتر»، «قلبي مثقل بالحزن حقا. ارقدي بسلام إلى جانب والدتك».");
    assertThat(q).extracting(Quote::direct).containsExactly(true, true);
    assertThat(q.get(0).speaker()).endsWith("أوبرا وينفري");
    assertThat(q.get(1).text()).startsWith("قلبي مثقل");
    assertThat(q.get(1).speaker()).endsWith("ميسي ايليوت");
  }

  @Test
  void aShortQuotationThatIsTheWholeReport() {
    // al-madina 620961: two words in marks after بأنها, then a new verb
    List<Quote> q = quotes("أدانت الولايات المتحدة أمس الجمعة هجمات جماعة بوكو حرام الانتحارية في الكاميرون ونيجيريا ووصفتها بأنها «مروعة وعشوائية» واستنكرت استغلال الجماعة المتشددة للأطفال كمفجرين انتحاريين.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).text()).isEqualTo("مروعة وعشوائية");
    assertThat(q.get(0).speaker()).isEqualTo("الولايات المتحدة");
  }

  @Test
  void aDescriptionWithWasafaIsNoReport() {
    // JA-localNews-63-20170123: "وصفها بـ"…"" describes, only "وصفها بأنها" reports
    List<Quote> q = quotes("وأوضح أن هذا الطالب معتصم بالكلية منذ فترة مشيرا إلى ان هناك مجموعة من الطلبة وصفها بـ \"الارهابية\" داخل الكلية تنشط تحت غطاء نقابي، مذكرا بأنه تم السنة الماضية تعطيل امتحانات ماجستير العربية.");
    assertThat(q).extracting(Quote::verb).doesNotContain("وصفها");
  }

  @Test
  void aPastSpeechVerbInARelativeClauseWithItsComplementiser() {
    // JA-localNews-1141-20161006, aawsat 412316 (the verb disagrees with الذي: the costs are no speaker)
    List<Quote> q = quotes("ويكون الرجل في العموم أقل عرضة للوفاة بسبب سرطان الثدي، بحسب مريم الفقيه التي أشارت إلى أن نسبة الرجال التونسيين المصابين بسرطان الثدي هي في حدود 1% من جملة الحاملين لهذا المرض في تونس.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("مريم الفقيه");
    assertThat(q.get(0).text()).startsWith("نسبة الرجال");
    assertThat(quotes("تتجه الحكومة البريطانية لكبح التكاليف المتصاعدة لدعم توليد الكهرباء من الطاقة المتجددة الذي قالت انه قد يرفع فواتير الاستهلاك المنزلي.")).isEmpty();
  }

  @Test
  void aStatementDeliveredBySomebodyReportsTheirWords() {
    // spa 1386879: "ألقى X … كلمة أوضح فيها أن …"
    List<Quote> q = quotes("وألقى قائد عام المخيم محمد فايل رعدان خلال حفل الافتتاح المخيم الذي افتتح فعالياته المدير العام بالمديرية العامة للكشافة والمرشدات في سلطنة عمان خميس بن سالم الراسبي، بحضور عدد من القيادات الكشفية بالمملكة والكويت والبحرين، كلمة أوضح فيها أن الهدف من المخيم الاستفادة من المؤسسات ذات العلاقة كمتطوعين.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("محمد فايل رعدان");
  }

  @Test
  void aLongRoleReachesTheNameAcrossAPlaceAndBeforeItsComma() {
    // alyaum 4081854, JA-localNews-509-29122016
    assertThat(quotes("أكد القنصل العام للمملكة العربية السعودية في لوس انجلوس السفير الدكتور فيصل بن عبدالعزيز السديري ، أنه لا يوجد أي مواطن سعودي قريب من الحرائق.").get(0).speaker())
        .isEqualTo("فيصل بن عبدالعزيز السديري");
    assertThat(quotes("أكد المساعد الأول لوكيل الجمهورية بالمحكمة الابتدائية بتونس والناطق الرسمي باسم القطب القضائي لمكافحة الارهاب سفيان السليطي، أن تونس تسلمت اليوم الخميس من السلطات الايطالية المدعو نصر الدين بن ذياب.").get(0).speaker())
        .isEqualTo("سفيان السليطي");
  }

  @Test
  void aRoleChainThroughAnHonorificAndTheRoleAloneLater() {
    // alyaum 4080283
    List<Quote> q = quotes("دعا المفتي العام للقدس والديار الفلسطينية، خطيب المسجد الأقصى الشيخ محمد حسين، إلى محاكمة سلطات الاحتلال دوليا.\n"
        + "وقال المفتي ،في تصريحات له اليوم إن \"استمرار الاعتداء على المقدسات الفلسطينية يحول المنطقة إلى قنبلة موقوتة، وينذر بحرب دينية وشيكة\".");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("محمد حسين");
  }

  @Test
  void aSpecificRoleHeadRefersBackToThePersonIntroducedWithIt() {
    // alriyadh 1069429
    List<Quote> q = quotes("مدد المهاجم بيير ايمريك أوباميانج عقده مع فريقه بوروسيا دورتموند لعامين مقبلين بحسب ما أعلن النادي.\n"
        + "وقال مهاجم المنتخب الجابوني في بيان له :\" أصبح دورتموند بمثابة منزلي الثاني .. أنا هنا بكامل إرادتي ولا أريد الرحيل\".");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).contains("أوباميانج");
  }

  @Test
  void vanAfterAVerbIsAName() {
    // alyaum 4082741: "فان" right after a reporting verb is no فإن
    List<Quote> q = quotes("وأوضح فان جال أنه في حالة رحيل دي خيا فإنه يتوقع الحصول على مقابل جيد.\nوقال فان جال: «لاحظنا في الاستعدادات للموسم أن دي خيا ليس في نفس مستوى العام الماضي».");
    assertThat(q).extracting(Quote::speaker).containsExactly("فان جال", "فان جال");
    assertThat(q.get(0).text()).startsWith("في حالة رحيل");
    assertThat(q.get(1).direct()).isTrue();
  }

  @Test
  void theSameSourceAndThePairContinueTheLastSpeaker() {
    // JA-localNews-509-29122016, aleqt 978377
    List<Quote> q = quotes("أكد الناطق الرسمي باسم القطب القضائي سفيان السليطي، أن تونس تسلمت اليوم الخميس المدعو نصر الدين بن ذياب.\n"
        + "وأضاف المصدر ذاته في تصريح لوكالة تونس افريقيا للأنباء ، أن النيابة العمومية أذنت بالاحتفاظ به.");
    assertThat(q).extracting(Quote::speaker).containsExactly("سفيان السليطي", "سفيان السليطي");
    List<Quote> pair = quotes("وقالت وزيرة الداخلية البريطانية تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف في تعليق مشترك \"ما نواجهه حاليا هو أزمة هجرة عالمية\".\n"
        + "وكتب الاثنان \"لا يمكن النظر إلى هذا الموقف كقضية خاصة ببلدينا الاثنين فحسب. إنها أولوية على المستويين الاوروبي والدولي\". وقال ماي وكازنوف إن مئات من المهاجرين \"يواجهون مجازفات أكثر خطورة من أى وقت سابق\" بدخول مناطق آمنة حول ميناء كاليه.");
    assertThat(pair).hasSize(3);
    assertThat(pair.get(1).speaker()).isEqualTo(pair.get(0).speaker());
    assertThat(pair.get(2).speaker()).isEqualTo(pair.get(0).speaker());
  }

  @Test
  void aDefiniteSourceWithItsPlaceRefersBackToTheIndefiniteOne() {
    // JA-internationalNews-282-20170215
    List<Quote> q = quotes("قال مسؤول كبير في البيت الأبيض، الأربعاء، إن الرئيس الأمريكي دونالد ترامب يدعم هدف السلام.\n"
        + "وقال المسؤول بالبيت الأبيض إن ترامب يعتبر السلام في الشرق الأوسط \"ذا أولوية عليا\". وقال المسؤول \"سنسعى للعمل على هذا سريعا جدا.\"");
    assertThat(q).extracting(Quote::speaker).containsOnly("مسؤول كبير في البيت الأبيض");
  }

  @Test
  void aQuotationOverTwoParagraphs() {
    // 3alyoum: the first paragraph's mark is left open, the next opens with a new one
    List<Quote> q = quotes("وردا على سؤال حول أنشطة البنك قال المرزوق “هي في الأساس لا تعتمد على فائدة ثابتة. تعتمد على المرابحة.\n"
        + " “هذا يجعل البنك بالفعل أقل عرضة للصدمات. إنه مبدأ المشاركة في الأرباح وليس مبدأ الفائدة الثابتة.”");
    assertThat(q).extracting(Quote::direct).containsExactly(true, true);
    assertThat(q).extracting(Quote::speaker).containsOnly("المرزوق");
    assertThat(q.get(0).text()).endsWith("تعتمد على المرابحة.");
  }

  @Test
  void anIndirectClauseRunsToTheClosingMarkOfItsQuotedPartAndStopsAtACoordinatedVerb() {
    // 3alyoum (في أنه “…” over sentences), alweeam 351555 (… “…” وطالب …)
    List<Quote> q = quotes("وقال كمال اوزان مدير بنك (كويت ترك) إنه يختلف عن البنوك الأخرى في فرانكفورت أيضا في أنه “لا يستثمر في قطاعات لها صلة بصناعة الخمور أو التبغ. لا نريد أن نقدم أي قروض لمثل هذه الاستثمارات.”");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).text()).startsWith("يختلف عن البنوك").contains("لا نريد أن نقدم");
    List<Quote> m = quotes("وأضافت الوكالة أن مرسي شكا أيضا من أنه يمتنع عن تناول الأطعمة التي تقدم إليه في السجن “لأنه يستشعر أنها غير آمنة بالنسبة له” وطالب بالسماح له بإحضار أطعمة من خارج السجن.");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).speaker()).isEqualTo("مرسي");
    assertThat(m.get(0).text()).startsWith("يمتنع عن تناول").doesNotContain("وطالب");
  }

  @Test
  void aGroupOfPeopleActingIsTheSubjectOfAParticiple() {
    // aawsat 416106
    List<Quote> q = quotes("ونشر عدد كبير من المعجبين رسائل دعم للعائلة عبر «تويتر» قائلين إن بوبي كريستينا ستلتحق أخيرا بوالدتها.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("عدد كبير من المعجبين");
  }

  @Test
  void aTitleInMarksAfterHawlIsATopicAndCountsAsOneWord() {
    // JA-localNews-4527-20150215
    List<Quote> q = quotes("أكد وزير تكنولوجيا الاتصال والاقتصاد الرقمي نعمان الفهري في تصريح لجوهرة أف أم على هامش افتتاحه مع وزير الصحة لندوة وطنية حول \"الإستراتيجية الوطنية للخدمات الصحية على الخط\"بالحمامات أن من أهم أولوياته اليوم هو تحسين الخدمات الصحية.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).speaker()).isEqualTo("نعمان الفهري");
    assertThat(q.get(0).text()).startsWith("من أهم أولوياته");
  }

  @Test
  void timeWordsAndJudgingParticiplesAreNotPartOfTheReport() {
    // alweeam 351635, spa 1386732
    List<Quote> q = quotes("وقال اللواء الركن محمد على المقدشي إن الحرب عربية فارسية.\nوبيّن حينها، أن خبراء عسكريين من إيران موجودون باليمن لمساعدة الحوثيين.");
    assertThat(q.get(1).speaker()).isEqualTo(q.get(0).speaker()).isNotEqualTo("حينها");
    List<Quote> s = quotes("من جانبه أشار مدير إدارة شؤون القطاع الصحي الخاص بصحة جدة الدكتور محمد بن حسن باجبير، أن إدارته حريصة على التعاون مع جميع المنشآت، عادًا القطاع الخاص شريك لصحة جدة.");
    assertThat(s.get(0).text()).endsWith("جميع المنشآت");
  }
}

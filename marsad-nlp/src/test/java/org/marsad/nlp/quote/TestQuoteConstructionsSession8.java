package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Constructions fixed in session 8, on sentences of set 7 (gold-heldout-7.jsonl, development
 * since session 8), of set 8 (gold-heldout-8.jsonl, development after its one blind run) and of
 * the corpus samples (bench/quote-sample.py).
 */
class TestQuoteConstructionsSession8 extends QuoteTestBase {
  @Test
  void anOutletRelayingHimIsTheViaAndHeGoesOnSpeaking() {
    // 3alyoum, Iranian oil (set 7): "ونقل التلفزيون عنه قوله" is Zanganeh's words relayed by TV
    List<Quote> q = quotes("قال وزير النفط الإيراني بيجن زنغنه في تصريحات أذيعت اليوم الأحد إن بلاده تتوقع أن يرتفع انتاج النفط.\n"
        + "وقال زنغنه “بدأنا التسويق بالفعل وفي غضون يوم من رفع العقوبات سنرفع (الإنتاج) بواقع 500 ألف برميل يوميا.”\n"
        + "ونقل التلفزيون عنه قوله إن انتاج الخام الإيراني نزل نحو مليون برميل يوميا بسبب العقوبات.\n"
        + "وأضاف “سنعود إلى مستوى 3.8 و3.9 مليون برميل في غضون الأشهر القليلة المقبلة.”");
    assertThat(q).hasSize(4);
    assertThat(q).extracting(Quote::speaker).containsOnly("بيجن زنغنه", "زنغنه");
    assertThat(q.get(2).via()).isEqualTo("التلفزيون");
  }

  @Test
  void aNameAfterTheRolesCommaIsTheSpeaker() {
    // JA-politic-297-20170329 and JA-localNews-320-20170129 (sample 808): the name in apposition,
    // also when it starts with lam
    assertThat(quotes("قال القيادي السابق في حركة نداء تونس، لزهر العكرمي إنه لا فائدة من الجامعة العربية.")).extracting(Quote::speaker)
        .containsExactly("لزهر العكرمي");
    assertThat(quotes("قال رئيس مجلس شورى النهضة، عبد الكريم الهاروني، اليوم الأحد إنه لا توجد معلومات لدى حزبه بشأن تحوير وزاري."))
        .extracting(Quote::speaker).containsExactly("عبد الكريم الهاروني");
    // an addressee after a comma is still no name: "، لـ"الوطن"" (the rule needs the complementiser)
    assertThat(quotes("وقال رئيس اللجنة، للصحفيين إن الاجتماع ناجح.")).extracting(Quote::speaker).containsExactly("رئيس اللجنة");
  }

  @Test
  void aQuotedBodyOrNicknameInsideTheSubjectLeavesTheName() {
    // sabq WqDgde (set 7), sabq syDgde (sample 808)
    String text = "وقال الهاكر \"هزازي\" في تغريداته إنه بتواصله مع مدير \"تعليم الليث\"، اتضح له عدم صحة ما قام به من سلوك، "
        + "مضيفاً أنه قدّم اعتذاره للإدارة واستعداده للتعاون معهم في أي شيء يحتاجونه منه، شاكراً مدير التعليم على ما لمسه من تعامل طيب تجاهه.\n"
        + "وبالتواصل مع الناشط الحقوقي المختص بمتابعة قضية الشاب \"تركي\"، علي آل حطاب، أفاد أن قيام تركي بهذا التصرف كان ناتجاً عن صغر سنه.\n"
        + "وأكد مدير \"تعليم الليث\" مرعي البركاتي أن إدارة التعليم يهمّها في المقام الأول تعديل السلوك الخاطئ.";
    List<Quote> q = quotes(text);
    assertThat(q).extracting(Quote::speaker).containsExactly("هزازي", "هزازي", "علي آل حطاب", "مرعي البركاتي");
    // the thanking participle ends the second report
    assertThat(q.get(1).text()).endsWith("يحتاجونه منه");
    assertThat(quotes("وقال المواطن \"الصعب\": \"توجهت إلى المديرية العامة للسجون بالرياض للحصول على ما تبقى من قيمة الإيجار عدة مرات\"."))
        .extracting(Quote::speaker).containsExactly("الصعب");
  }

  @Test
  void aBodyNamedByItsKindIsTheBodyTheTextNamed() {
    // alweeam 349447 (set 7): الشركة → the airline that spoke before, الصحيفة → the paper named in marks
    List<Quote> q = quotes("أكدت الخطوط الجوية الكويتية أنها ستجري تحقيقا شاملا حول سماح أحد طياريها بإدخال راكبتين إلى قمرة القيادة.\n"
        + "وأوضحت الشركة في بيان لها اليوم الأحد أن هذا الفيديو يرجع إلى عام 2013.\n"
        + "جدير بالذكر أن صحيفة «ديلي ستار» البريطانية كانت قد نشرت اليوم الأحد صورًا لكابتن إحدى طائرات الخطوط الجوية الكويتية.\n"
        + "وتابعت الصحيفة أنهم قاموا بتدخين السجائر داخل كابينة القيادة.");
    assertThat(q).extracting(Quote::speaker).containsExactly("الخطوط الجوية الكويتية", "الخطوط الجوية الكويتية", "ديلي ستار");
    // alyaum 4081443 and alriyadh 1071138 (sample 808): the definite mention with its qualifiers
    List<Quote> agency = quotes("من جهة اخرى يزور المدير العام للوكالة الدولية للطاقة الذرية يوكيا امانو الاسبوع المقبل واشنطن.\n"
        + "ووفقًا للوكالة فإن امانو قبل دعوة من اعضاء مجلس الشيوخ.");
    assertThat(agency).extracting(Quote::speaker).containsExactly("الوكالة الدولية للطاقة الذرية");
    List<Quote> observatory = quotes("أفاد المرصد السوري لحقوق الإنسان بمقتل 51 من عناصر تنظيم داعش خلال ال48 ساعة.\n"
        + "وقال المرصد أمس الخميس إن غالبية القتلى من الجنسية السورية.");
    assertThat(observatory).extracting(Quote::speaker).containsExactly("المرصد السوري لحقوق الإنسان");
  }

  @Test
  void heWhoExpressedSomethingGoesOnSpeaking() {
    // spa 1387076 (set 7) and 3alyoum (sample 808): "عبر X عن سعادته …، مؤكداً أن"
    assertThat(quotes("ونال منتخب البحرين الميدالية الذهبية.\nمن جهته عبر لاعب الأخضر سلطان المصري عن سعادته بتحقيقهم الميدالية البرونزية , "
        + "مؤكداً أنهم سيسعون لتحقيق الميدالية الذهبية.")).extracting(Quote::speaker).containsExactly("سلطان المصري");
    assertThat(quotes("وعبّر عدد من أبناء الجالية عن سعادتهم بالتصحيح، وقالوا لـ”عين اليوم” إنهم يشجبون أي اعتداء على هذه الأرض."))
        .extracting(Quote::speaker).containsExactly("عدد من أبناء الجالية");
    // "عبر" as "via" stays a preposition
    assertThat(quotes("وقال الوزير عبر حسابه في تويتر إن المشروع سينطلق قريبا.")).extracting(Quote::speaker).containsExactly("الوزير");
  }

  @Test
  void timeWordsAndAddresseesStandBetweenTheVerbAndItsSubject() {
    // JA-politic-454-20170521 (set 7): the outlet in marks and its reporter are spoken to
    List<Quote> q = quotes("قال اليوم الأحد نائب حركة النهضة بولاية سوسة، العجمي الوريمي، إن النهضة تخطّط للانفتاح على الكفاءات المحلية.\n"
        + "وأوضح لموفد \"الجوهرة أف أم\"، فضلوني يعيش، أن الحركة ستنفتح على الكفاءات.");
    assertThat(q).extracting(Quote::direct).containsExactly(false, false);
    assertThat(q).extracting(Quote::speaker).containsExactly("العجمي الوريمي", "العجمي الوريمي");
    // al-jazirah rj1 (set 7): "قال لي" is "told me"; the antecedent is before the place
    List<Quote> met = quotes("وقبل سنوات التقيت بأحد المحللين السياسيين الأمريكيين في العاصمة الأمريكية واشنطن، الذي قال لي: "
        + "«نحن نعلم أن الإيرانيين يكذبون، ولكن مادامت مصالحنا في إيران، فدعهم يكذبون ما يشاؤون».");
    assertThat(met).extracting(Quote::speaker).containsExactly("المحللين السياسيين الأمريكيين");
  }

  @Test
  void whoDeliveredRemarksIsTheOneSpeakingInThem() {
    // okaz 785925 (set 7): ألقى (normalised القي, not a definite noun) opens the sentence
    List<Quote> q = quotes("ألقى الرئيس الأمريكي باراك أوباما أثناء حضوره مأدبة عشاء رسمية في نيروبي السبت الماضي، نكاتا عن شهادة ميلاده. "
        + "وضجت القاعة بالضحك والاستحسان عندما قال «أتصور أن بعض المنتقدين لي في بلادي يقولون إنني عدت إلى هنا بحثا عن شهادة ميلادي».");
    assertThat(q).extracting(Quote::speaker).containsExactly("باراك أوباما");
    assertThat(quotes("ألقى الرئيس الأمريكي باراك أوباما كلمة في نيروبي. وقال «أتصور أن بعض المنتقدين لي في بلادي يقولون إنني عدت»."))
        .extracting(Quote::speaker).containsExactly("باراك أوباما");
  }

  @Test
  void quotationsAfterQuotedNamesAndLongOpenings() {
    // JA-localNews-2782-20160826 (set 7): the party's name in marks closes no quotation
    List<Quote> q = quotes("أكد عدنان منصر، الأمين العام لحزب \"حراك تونس الإرادة\"، أن \"إدارة شؤون الحكم هي مسألة فعل وليست مسألة خطابات\"، على حد تعبيره.");
    assertThat(q).extracting(Quote::direct).containsExactly(true);
    assertThat(q.get(0).speaker()).isEqualTo("عدنان منصر");
    // JA-politic-215-20160111 (set 7): the writer's "وفق تعبيره" inside the marks is not quoted
    List<Quote> q2 = quotes("واعتبر عمروسية تعيين خميس الجهيناوي وزيرا للخارجية،استفزازا للشعب التونسي بوصفه \"رئيس أول مكتب للتطبيع مع الكيان الصهيوني، وفق تعبيره.\"");
    assertThat(q2).extracting(Quote::text).containsExactly("رئيس أول مكتب للتطبيع مع الكيان الصهيوني");
    // sabq SJCgde (set 7): a statement's long opening before the colon
    List<Quote> q3 = quotes("قالت مديرية الشؤون الصحية بمحافظة الأحساء، اليوم، في بيان لها؛ تعقيباً على ما جاء على لسان المتحدث الرسمي للهيئة الوطنية "
        + "لمكافحة الفساد \"نزاهة\" عبدالرحمن العجلان، بشأن أحكام بالسجن والتغريم؛ لثبوت تورط أشخاص في قضايا فساد بعد إحالتهم لجهات الادعاء، "
        + "ومن بينهم أحد موظفي الشؤون الصحية بمحافظة الأحساء: \"لن نسمح بهذه الأمور في المستقبل\".");
    assertThat(q3).extracting(Quote::speaker).containsExactly("مديرية الشؤون الصحية بمحافظة الأحساء");
  }

  @Test
  void theNameLiOpeningAContinuationIsTheSpeaker() {
    // aleqt 975956 (sample 707): "وأضاف لي أن" is the spokesman Li going on, not "to me"
    List<Quote> q = quotes("ونقلت وكالة أنباء الصين أمس عن لي تشونغ المتحدث باسم الوزارة أن إجمالي 7.18 مليون فرصة عمل جديدة تم إيجادها في المناطق الحضرية.\n"
        + "وأضاف لي أن الضغط التراجعي المسجل في النمو الاقتصادي سيوجد صعوبات بالنسبة لسوق العمل، مشيرا إلى أن مهمة الحفاظ على سوق عمل مستقرة تعتبر صعبة.");
    assertThat(q).hasSize(3);
    assertThat(q.get(1).speaker()).isEqualTo("لي");
    assertThat(q.get(2).speaker()).isEqualTo("لي");
    // with its subject elsewhere (a relative clause) it is still "to me"
    assertThat(quotes("التقيت بمحلل سياسي في واشنطن، الذي قال لي إن الإدارة الأمريكية لن تغير سياستها."))
        .extracting(Quote::speaker).doesNotContain("لي");
  }

  @Test
  void aVerbInsideAWishingParticiplesClauseNamesNobody() {
    // okaz 788243 (sample 909): "ولن يفيد الاحتجاج" inside "متمنيا …" is no speaker for "وأضاف"
    List<Quote> q = quotes("واعتبر الوزير بطرس حرب أن من حق العماد ميشال عون التلويح بالشارع، متمنيا في المقابل ألا يرتكب هذا الخطأ "
        + "لأن التمديد الثلاثي دخل حيز التنفيذ ولن يفيد الاحتجاج عليه.\n"
        + "وأضاف: لو أن العماد عون أراد تسهيل وصول العميد شامل روكز إلى قيادة الجيش لكان سهل انتخاب رئيس الجمهورية وما بادر إلى طرح اسمه لتولي قيادة الجيش.");
    assertThat(q).extracting(Quote::speaker).containsOnly("بطرس حرب");
    assertThat(q).hasSize(2);
  }

  @Test
  void theBodyARoleNamesIsNotItsHolder() {
    // alriyadh 1071255 (sample 909): "وبحسب المرصد" after "وقال مدير المرصد رامي عبد الرحمن"
    String text = "أقدم أحد انسباء الرئيس السوري بشار الأسد على قتل عقيد في الجيش بسبب خلاف على أفضلية المرور في مدينة اللاذقية، "
        + "وفق ما أعلن المرصد السوري لحقوق الإنسان الجمعة.\n"
        + "وقال مدير المرصد رامي عبد الرحمن \"اقدم سليمان الأسد وهو نجل أبن عم الرئيس السوري على قتل العقيد المهندس في القوات الجوية حسان الشيخ\".\n"
        + "وبحسب المرصد، يسود \"الاستياء والتوتر بين أبناء الطائفة العلوية في مدينة اللاذقية وريفها\" على خلفية هذه الحادثة.";
    List<Quote> q = quotes(text);
    assertThat(q).filteredOn(x -> x.text().startsWith("اقدم")).extracting(Quote::speaker).containsExactly("رامي عبد الرحمن");
    assertThat(q).filteredOn(x -> x.text().startsWith("الاستياء")).extracting(Quote::speaker)
        .containsExactly("المرصد السوري لحقوق الإنسان");
  }

  @Test
  void aSetPhrasesObjectIsNoPartOfTheActingBody() {
    // 3alyoum, Richmond (sample 707): "والقت الشرطة القبض" names the police, not "الشرطة القبض"
    List<Quote> q = quotes("وقالت إدارة شرطة ريتشموند في بيان إن وزارة الامن الداخلي ومنظمة محلية أبلغتا السلطات المحلية باحتجاز المرأة.\n"
        + "والقت الشرطة القبض على المشتبه به وقريب له اقام معه في المنزل. ولم يعرف على الفور متى القي القبض عليهما.\n"
        + "وقال الشرطة في البيان “أكدت الادلة في مكان الاقامة كافة المعلومات التي جمعها المحققون.”");
    assertThat(q).extracting(Quote::speaker).containsOnly("إدارة شرطة ريتشموند");
  }

  @Test
  void timeWordsAloneBeforeTheComplementiserAreNoSubject() {
    // al-madina 621380 (sample 909): "قد قال أول أمس: إن" is Nasrallah's
    List<Quote> q = quotes("وكان زعيم حزب الله حسن نصر الله قد قال أول أمس: إن الحزب يثق في أن بوسعه الاعتماد على الدعم الإيراني بعد الاتفاق النووي.");
    assertThat(q).extracting(Quote::speaker).containsExactly("زعيم حزب الله حسن نصر الله");
  }

  @Test
  void noQuotationFromAFarVerseFrameOrAReversedMarkPair() {
    // okaz 784613 (sample 505): the verse after "وكيف ينشدون :" is not what "زعم الهمام" said
    List<Quote> verse = quotes("فرأيت أن أسند الصفة إليه فأقول : زعم الهمام، إذ كنت لو تركت ذكره لظن السامع أن صفتي على المشاهدة "
        + "والأبيات التي جاءت بعد، داخلة في وصف الهمام، فمن تأمل المعنى وجده غير مختل وكيف ينشدون :\n«وإذا نظرت رأيت أقمر مشرقا»\nوما بعده ؟");
    assertThat(verse).noneMatch(x -> x.direct());
    // al-jazirah du15 (sample 505): "«…» الألمانية» حول … هو «الهدف" — the stray closing mark and
    // the next opening one enclose no quotation
    List<Quote> q = quotes("وأكَّدت الشرطة أمس الاثنين التقرير الذي نشرته صحيفة «دي تاجس تسايتونج» الألمانية» حول هذا الأمر. "
        + "وجاء في البيان أن وفاة أكثر من 20 ألف لاجئ غرقًا في البحر المتوسط هو «الهدف المنشود والمرجو» من هذه السياسة.");
    assertThat(q).noneMatch(x -> x.text().startsWith("حول"));
  }

  @Test
  void theObjectOfExpressingIsNoPartOfTheSubject() {
    // 3alyoum, Omar al-Jasser (sample 909): the subject of "عبّر" ends before "عن بالغ سعادته"
    List<Quote> q = quotes("وعبّر الفنان عمر الجاسر عن بالغ سعادته بهذا الاختيار والتكريم من المنظمة العالمية، وقال : "
        + "أشكر الله عزوجل على هذا الإنجاز الذي يُحسب لوطني الغالي المملكة العربية السعودية.");
    assertThat(q).extracting(Quote::speaker).containsExactly("عمر الجاسر");
    // aleqt 975526 (sample 707): "أبدى العليان سعادته الغامرة": the feeling is the object
    List<Quote> q2 = quotes("من جانبه، أبدى العليان سعادته الغامرة بالتجديد للتعاون قائلا، \"لم أتخيل نفسي خارج أسوار النادي الذي لعبت فيه "
        + "من فئة الناشئين حتى الفريق الأول، الحمد لله تم التجديد بناء على رغبة الطرفين\"، مشددا على أنه سيبذل ما بوسعه لخدمة ناديه.");
    assertThat(q2).extracting(Quote::speaker).containsOnly("العليان");
  }

  @Test
  void aPrepositionLeftAtTheLengthLimitIsCut() {
    // okaz 785366 (sample 707): the limit stopped the role phrase on "في"; the name is the coach's
    assertThat(quotes("أكد المدير الفني لفريق الهلال اليوناني دونيس في تصريحه لإحدى الصحف اليونانية أن إدارة نادي الهلال وفرت له كل ما يريده في أمور التدريب."))
        .extracting(Quote::speaker).containsExactly("دونيس");
  }

  @Test
  void aShortQuotationBeforeASpeechParticipleIsOne() {
    // alriyadh 1070591 (set 8): four words in marks, then "مضيفا" with its own quotation; the clause
    // does not go on after the marks, a new report starts
    List<Quote> q = quotes("وقال مدير المرصد \"شوهد اختطاف خمسة مقاتلين\" مضيفا \"لكن عدد المختطفين قد يكون اكثر من ذلك\".");
    assertThat(q).extracting(Quote::text).containsExactly("شوهد اختطاف خمسة مقاتلين", "لكن عدد المختطفين قد يكون اكثر من ذلك");
    assertThat(q).extracting(Quote::speaker).containsOnly("مدير المرصد");
  }

  @Test
  void aParticipleWithItsComplementiserReachesOverItsAdjuncts() {
    // okaz 787041 (set 8): "مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن «…»", seven words from the mark
    List<Quote> q = quotes("أوضح لـ«عكاظ» المشرف العام على الفريق الاتحادي الأول منصور البلوي أن النجم الغاني واكاسو سيجري الفحص الطبي، "
        + "غدا الاثنين، مؤكدا في اتصال هاتفي مع «عكاظ» أمس أن «اللاعب تم الاتفاق معه مبدئيا، على أن يوقع عقده النهائي بعد اجتيازه "
        + "للفحص الطبي، وأن اللاعب واكاسو تم اختياره من بين أسماء عالمية، وكان المدرب بولوني صاحب القرار في اختياره»، "
        + "متمنيا أن يوفق مع زملائه اللاعبين في تحقيق الانتصارات والبطولات.");
    assertThat(q).filteredOn(Quote::direct).extracting(Quote::text)
        .containsExactly("اللاعب تم الاتفاق معه مبدئيا، على أن يوقع عقده النهائي بعد اجتيازه للفحص الطبي، وأن اللاعب واكاسو تم اختياره "
            + "من بين أسماء عالمية، وكان المدرب بولوني صاحب القرار في اختياره");
    // aawsat 421551 (sample 909): a plural noun that looks like a participle, and a complementiser
    // of a relative clause's verb, introduce no quotation
    assertThat(quotes("وتعود مطالبات نادي بورتو المالية بسبب إخلال النادي الفرنسي بأحد الشروط التي تضمّن أنه «في حال تم بيع عقد اللاعب "
        + "عن طريق نادي نيس الفرنسي فإنه يجب على نيس دفع 10 في المائة من قيمة البيع لنادي بورتو البرتغالي».")).noneMatch(Quote::direct);
  }

  @Test
  void theDescriptionsBiAnnaMayFollowTheSubject() {
    // JA-internationalNews-312-20161102 (set 8): "ووصفتها الولايات المتحدة في 2005 بأنها "…""
    List<Quote> q = quotes("وروسيا البيضاء أقرب حليفة لروسيا وتدار بالطريقة السوفيتية في ظل رئاسة الكسندر لوكاشينكو منذ عام 1994 "
        + "ووصفتها الولايات المتحدة في 2005 بأنها \"آخر دكتاتورية في أوروبا\".");
    assertThat(q).extracting(Quote::text, Quote::speaker).containsExactly(tuple("آخر دكتاتورية في أوروبا", "الولايات المتحدة"));
    // alweeam 351557 (sample 909): in a relative clause, the same
    assertThat(quotes("وكانت الصورة التي وصفها الحرمي بأنها “عبرت الخط الأحمر”، تظهر للوهلة الأولى بأنها صورة عادية."))
        .extracting(Quote::text, Quote::speaker).containsExactly(tuple("عبرت الخط الأحمر", "الحرمي"));
  }

  @Test
  void notToBeNamedIsNoSpeechAndEndsTheSubject() {
    // JA-internationalNews-312-20161102 (set 8): "عدم ذكر" is a masdar; Andrei speaks
    List<Quote> q = quotes("وقال أندري وهو مبرمج كمبيوتر طلب عدم ذكر اسم عائلته \"يقدم (ستالين) بطريقة أحادية هنا. "
        + "لا ذكر -دعونا نقول- لدوره الرئيسي في عمليات القمع الجماعية في نهاية الثلاثينيات.\"");
    assertThat(q).extracting(Quote::speaker).containsExactly("أندري");
    // aleqt 974947 (sample 909): the subject ends before "فضل عدم ذكر اسمه"
    assertThat(quotes("من ناحيته، أكد رئيس تنفيذي لإحدى شركات التأمين - فضل عدم ذكر اسمه - ضرورة ربط مدة الاستمارة مع التأمين، "
        + "خاصة أن نسبة عالية من السيارات غير مؤمن عليها.")).extracting(Quote::speaker).containsExactly("رئيس تنفيذي لإحدى شركات التأمين");
  }

  @Test
  void vanInsideANameIsNoFaInna() {
    // aleqt 980008 (set 8): "كريس فان ويل … إن": the clause starts at إن, the name keeps "فان ويل"
    List<Quote> q = quotes("وقال البروفيسور كريس فان ويل من جامعة \"رادبود\" في هولندا إن الترويج لنظام يشمل غسل الأيدي بانتظام "
        + "هو أمر جيد لأنه فعال من حيث التكلفة ويحقق فوائد للصحة العامة أيضا.");
    assertThat(q).extracting(Quote::text, Quote::speaker).containsExactly(tuple(
        "الترويج لنظام يشمل غسل الأيدي بانتظام هو أمر جيد لأنه فعال من حيث التكلفة ويحقق فوائد للصحة العامة أيضا",
        "كريس فان ويل"));
  }

  @Test
  void aQuotationRightAfterTheVerbIsNoSubject() {
    // al-jazirah ec2 (sample 909): "وتابع «…» متوقعا": the next "وقال" still goes on with Jacques
    List<Quote> q = quotes("وأوضح جاك «كان هناك عدة عناصر مسببة: احصائيات اقتصادية افضل مما كان متوقعا». وتابع «عندها سجل توتر في السوق» "
        + "متوقعا ان يكون الصيف اكثر هدوءا. وقال «من المفترض ان يكون الصيف اكثر هدوءا لكن عند الخريف، فان التقلبات قد تعود الى الاسواق».");
    assertThat(q).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("جاك", "جاك", "جاك");
    // a quoted body's name with its complementiser stays the subject
    assertThat(quotes("وقالت \"الجمعية الخيرية النسائية\" إن الحملة ناجحة.")).extracting(Quote::speaker)
        .containsExactly("الجمعية الخيرية النسائية");
  }

  @Test
  void alaRightAfterTheVerbOpensANegatedReport() {
    // alyaum 4082020 (set 8): "وأضاف ألا دليل حتى الآن …" (أن + لا), the report keeps its ألا
    List<Quote> q = quotes("وأكد قطان أن عملية تحرير عدن، هي بداية الطريق لاستعادة كل اليمن.\n"
        + "مشيراً إلى أن إيران تعيش في هاجس \"الحلم الإمبراطوري\" "
        + "الذي يقودها للسيطرة على منطقة الشرق الأوسط، وأضاف ألا دليل حتى الآن على تغيير في العقلية الإيرانية الواهمة بذلك.");
    assertThat(q).extracting(Quote::text).contains("ألا دليل حتى الآن على تغيير في العقلية الإيرانية الواهمة بذلك");
    // "إلا" (except) after a verb opens no report of its own
    assertThat(quotes("وأضاف إلا أن الاجتماع تأجل.")).noneMatch(x -> x.text().startsWith("إلا"));
  }

  @Test
  void professorIsAnHonorific() {
    // aleqt 980008 (set 8): "البروفيسور ليتل" is Little, the "بول ليتل" named before
    List<Quote> q = quotes("وأوضح البروفيسور ليتل أن معظم العائلات يمكنها الآن الدخول إلى الانترنت، ولذا فإن هذا البرنامج قد يكون مصدرا جيدا "
        + "للمعلومات المتعلقة بالصحة العامة.");
    assertThat(q).extracting(Quote::speaker).containsExactly("ليتل");
  }

  @Test
  void aKoreanNameEndingInHiIsNoCopula() {
    // aleqt 975824 (set 8): "جيونج جون هي" is the spokesman; هي before the mark ends his name
    List<Quote> q = quotes("وقال المتحدث باسم الوزارة جيونج جون هي \" لايتعين على كوريا الشمالية ان تقوض استعداد سول لإجراء حوار مع الشمال\".");
    assertThat(q).extracting(Quote::text).containsExactly("لايتعين على كوريا الشمالية ان تقوض استعداد سول لإجراء حوار مع الشمال");
    assertThat(q.get(0).speaker()).startsWith("جيونج جون");
    // al-madina 623305 (set 5): "4 أنواع هي «…»" is a copula before quoted names, no quotation
    assertThat(quotes("أما الثاني فيتناول المقالة الموضوعية وجاء في 4 أنواع هي «المقالة الاجتماعية، والمقالة السياسية، "
        + "والمقالة الدينية، والمقالة الفلسفية» وخلصت الدراسة إلى نتائج.")).isEmpty();
  }

  @Test
  void aEulogyIsNeverTheSpeaker() {
    // okaz 785709 and alriyadh 1067081 (sample 909): the speaker is the name before the formula
    assertThat(quotes("السطـر الأخـير : \nقال رسول الله صلى الله عليه وسلم : «من غشنا ليس منا»."))
        .extracting(Quote::speaker).containsExactly("رسول الله");
    assertThat(quotes("وفي ذلك يقول الرسول -صلى الله عليه وسلم:\" الراحمون يرحمهم الله\" فأي فضل وأي شرف يناله العبد إن أكرمه الله برحمته."))
        .extracting(Quote::speaker).containsExactly("الرسول");
    // alwatan 27019 (set 8): "ولو قال صلى الله عليه وسلم" names the Prophet by the formula only
    List<Quote> q = quotes("وهذا منطق صفوة البشر في حواره مع الكفار \"وإنا أو إياكم لعلى هدى أو في ضلال مبين\" "
        + "ولو قال صلى الله عليه وسلم أنا على حق وأنتم على باطل لن يجلسوا للتحاور معه.");
    assertThat(q).extracting(Quote::speaker).noneMatch(x -> x != null && x.contains("صلى"));
  }

  @Test
  void aVerbalNounAfterTheVerbIsItsObject() {
    // alyaum 4082020 (set 8): "وجدد الإشارة إلى …" has no subject of its own; Qattan goes on
    List<Quote> q = quotes("وتعقيباً على ما تردد في بعض وسائل الإعلام، من زيارة مسؤول سعودي للعاصمة السورية دمشق، نفى السفير قطان هذه المزاعم، "
        + "مؤكدا أن \"كل ما تردد فى هذا الشأن غير صحيح\". \n"
        + "وجدد الإشارة إلى الموقف السعودي الراسخ من الأزمة المحتدمة في سوريا، وشدّد على التنسيق السعودي المصري بشأن ذلك، "
        + "وألا خلاف بين البلدين بشأن الملف السوري، وأضاف: \"موقفنا من سوريا ثابت.. وبشار الأسد قتل 400 ألف من أبناء شعبه\".");
    assertThat(q).filteredOn(x -> x.text().startsWith("موقفنا")).extracting(Quote::speaker).containsExactly("قطان");
    assertThat(q).extracting(Quote::speaker).doesNotContain("الإشارة");
  }
}

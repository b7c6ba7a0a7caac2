package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 11: speakers, frames and clause ends on sentences of set 11 (development after its one
 * blind run); each test failed with the rules of the session's start (57018e1).
 */
class TestQuoteConstructionsSet11 extends QuoteTestBase {
  @Test
  void anArmyActingWithAMasculineVerbIsTheSpeakerOfTheNextSentence() {
    // SPA 1386654 (set 11): "هدد الجيش الكوري الجنوبي …" then subject-less "وأشار في بيان إلى أن"
    List<Quote> q = quotes(" هدد الجيش الكوري الجنوبي ، اليوم الاثنين ، بالرد على كوريا الشمالية ، بعد اتهامه \"بيونجيانج\" بزرع ألغام أرضية داخل المنطقة الحدودية المنزوعة السلاح ، ما أدى إلى إصابة جنديين الأسبوع الماضي.\n وأشار في بيان إلى أن هناك أدلة على أن جنوداً من كوريا الشمالية عبروا خط الحدود العسكري في الآونة الأخيرة ليزرعوا الألغام ، واصفاً ذلك بأنه عمل استفزازي.\n وقال: ندين بقوة هذا العمل الذي يعتبر خرقاً لاتفاقية الهدنة التي أنهت الحرب الكورية فيما بين عامي 1950 و1953.");
    assertThat(q).hasSize(3);
    assertThat(q).extracting(Quote::speaker).containsOnly("الجيش الكوري الجنوبي");
  }

  @Test
  void aRoleChainCutByTheLimitReachesTheNameAfterItsLastTitle() {
    // alweeam 349568 (set 11): two roles, then "السفير" and the name right before أن
    List<Quote> q = quotes(" وأوضح معالي سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى جامعة الدول العربية السفير أحمد بن عبدالعزيز قطان أن هذا المبلغ يمثل قيمة مساهمات المملكة الشهرية لدعم ميزانية السلطة الوطنية الفلسطينية.\n وأكد معاليه أن المملكة ستستمر دومًا في دعم القضية الفلسطينية على الصعد كافة.");
    assertThat(q).hasSize(2);
    assertThat(q).extracting(Quote::speaker).containsOnly("أحمد بن عبدالعزيز قطان");
  }

  @Test
  void aRadioInterventionEndsTheNameInAppositionAndTheRoleRefersBackToIt() {
    // ANT localNews-1529 (set 11): "في مداخلة له" is the occasion; "نائب مجلس الشعب" later is
    // the deputy named after "النائب بمجلس الشعب،"
    List<Quote> q = quotes("\nقدّم النائب بمجلس الشعب، أحمد السعيدي في مداخلة له اليوم الأربعاء في برنامج \"بوليتيكا\" اعتذاره عن التصريحات التي أدلى بها أمس في إطار تعليقه على رفضه اقتطاع 100 دينار من منحة النواب المتغيبين، وقال فيها إن \" النائب ليس عامل حضائر حتى يعامل بهذه الطريقة\".\nوأكد السعيدي أن تصريحاته أخرجت من سياقها وأنه لم يقصد الإساءة لعمال الحضائر، مشيرا إلى أنه يقدّر المجهودات التي تقوم بها الطبقة الشغيلة والكادحة في تونس.\nوأضاف نائب مجلس الشعب أنه لا يسمح لنفسه بالمس من قيمة أي شخص يتفانى في عمله، وفق تعبيره.\n");
    assertThat(q).hasSize(4);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).speaker()).isEqualTo("أحمد السعيدي");
    assertThat(q.get(3).speaker()).isEqualTo("أحمد السعيدي");
  }

  @Test
  void aShortQuotationEndingItsSentenceInsideTheMarksIsWholeAndTheOutletIsTheAddressee() {
    // alyaum 4082039 (set 11): the full stop is inside the marks and a sentence follows; the
    // paper named without marks was the speaker, and the quotation was dropped as a fragment
    List<Quote> q = quotes("ووصف هانز بيتر اول وهو عضو في حزب الاتحاد الاجتماعي المسيحي الشقيق لحزب الاتحاد الديمقراطي المسيحي الذي تتزعمه ميركل قرار ماس بأنه \"سلوك غريب\".\nوقال لصحيفة هاندلسبلات \"أراه مبالغا فيه وبالتالي خاطئا.\"\nوينتمي ماس إلى الحزب الديمقراطي الاشتراكي المنتمي ليسار الوسط والعضو في \"الائتلاف الكبير\" الذي تتزعمه ميركل.\n");
    assertThat(q).anyMatch(x -> x.direct() && x.text().equals("أراه مبالغا فيه وبالتالي خاطئا.") && "هانز بيتر اول".equals(x.speaker()));
  }

  @Test
  void aWeekAndAContrastWithoutCommaEndAndOpenSubjects() {
    // alyaum 4082039 (set 11): "ماس الأسبوع الماضي" was the speaker; "لكن متحدثة … قالت" went to
    // the politicians of the clause before
    List<Quote> q = quotes("وقال ماس الأسبوع الماضي إنه يشك في ان نية الصحفيين هي إيذاء الدولة وإن من المهم الدفاع عن استقلال الصحافة.\nوأدان سياسيون من مختلف الاتجاهات قرار ماس لكن متحدثة باسم الحكومة قالت إنه حظي \"بدعم كامل\" من المستشارة الألمانية أنجيلا ميركل.\n");
    assertThat(q).hasSize(2);
    assertThat(q.get(0).speaker()).isEqualTo("ماس");
    assertThat(q.get(1).speaker()).isEqualTo("متحدثة باسم الحكومة");
  }

  @Test
  void aPluralPossessedObjectEndsTheNameAfterARole() {
    // SPA 1387122 (set 11): "أوناي ايمري سعيهم للفوز بكأس …" gave "بكأس" to the participle
    List<Quote> q = quotes(" أكد المدير الفني لنادي اشبيلية الأسباني أوناي ايمري سعيهم للفوز بكأس السوبر الأوروبي عند يواجهون مواطنهم برشلونة مساء اليوم ، معترفاً في الوقت نفسه أن خصمه هو الأوفر حظاً للفوز باللقب.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("أوناي ايمري");
  }

  @Test
  void aSecondRoleWithItsGenitiveAfterTheNameIsAnApposition() {
    // SPA 1387122 (set 11): "المهاجم خوسيه أنطونيو ريس لاعب اشبيلية" gave "اشبيلية"
    List<Quote> q = quotes(" من جانبه، أبدى المهاجم خوسيه أنطونيو ريس لاعب اشبيلية تفاؤلاً أكبر من الذي أبداه مدربه، وقال: \"حضرنا من أجل الفوز وبرشلونة هو أحد أفضل الفرق في العالم ولكننا سنحاول تحقيق الفوز\".");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("خوسيه أنطونيو ريس");
  }

  @Test
  void thisIsWhatHeSaidAfterTheMarksNamesTheSpeaker() {
    // okaz 785908 (set 11): "«…»، هذا ما قاله موتا بعد المباراة"
    List<Quote> q = quotes(" أعلم لاعب الوسط الدولي الإيطالي تياغو موتا فريقه باريس سان جرمان الفرنسي برغبته في الرحيل.\n«النادي يعلم رغبتي، أريد الرحيل»، هذا ما قاله موتا بعد المباراة الودية التي خسرها فريقه أمام تشيلسي الإنجليزي.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).speaker()).isEqualTo("موتا");
  }

  @Test
  void narratedIsASpeechVerb() {
    // almadina 623077 (set 11): "وروت القاضية … «…»"
    List<Quote> q = quotes(" واوضحت القاضية كارين يونغ من ميونيخ لصحيفة «بيلد» الاربعاء انها استاءت خلال جلسة المحاكمة لعدم شعور المتهمين بالندم.\n وروت القاضية في محاولة لتفسير هذا الاقتراح الملفت «لقد فكرت مليا وتساءلت ما الذي قد يؤلمهما فعلا. فالاشخاص مثلهم يغتاظون من اجراءات كهذه».");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).direct()).isTrue();
    assertThat(q.get(1).speaker()).isEqualTo("كارين يونغ");
  }

  @Test
  void theResidentRefersBackToTheResidentNamedBefore() {
    // sabq SbDgde (set 11): "وأكد المقيم لـ"سبق" أن" after "أحد المقيمين العرب يدعى إبراهيم محمد علي"
    List<Quote> q = quotes(" سعود الدعجاني - سبق - جدة: اتهم أحد المقيمين العرب يدعى إبراهيم محمد علي، مستشفى خاصاً بجدة، بالتسبب في وفاة طفله، واحتجاز جثته.   وذكر \"علي\" أنه رزق بمولود فطلبوا منه تنويمه مقابل ٢٠٠٠ ريال يومياً.   وأكد المقيم لـ\"سبق\" أن المستشفى يطالبه بدفع ٣٥ ألف ريال، مبيناً أنه راجع الشؤون الصحية.");
    assertThat(q).hasSize(3);
    // (the fullest form in the article, as the gold has it)
    assertThat(q.get(1).speaker()).isEqualTo("إبراهيم محمد علي");
    assertThat(q.get(2).speaker()).isEqualTo("إبراهيم محمد علي");
  }

  @Test
  void anAttributionToABodysStatementNamesTheBodyForTheContinuation() {
    // ANT society-1069 (set 11): "…، بحسب بيان لوزارة الداخلية. وأضافت أنه …" had no speaker
    List<Quote> q = quotes("\nتمكّنت يوم 11 جوان 2017 الفرقة المركزيّة لمكافحة المخدّرات للحرس الوطني من تفكيك شبكة مختصّة في ترويج المخدّرات تنشط بجهة باردو بتونس العاصمة وألقت القبض على شخصين من أفرادها، بحسب بيان لوزارة الداخلية.\nوأضافت أنه حجزت لديهما 07 غرامات من مخدّر \"الكوكايين\" ومبلغ مالي قدره 3000 دينار متأتّ من تجارة المخدّرات إضافة إلى سيّارة يستعملانها في نقل وترويج المخدّرات.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("وزارة الداخلية");
  }

  @Test
  void aGuillemetLeftOpenAtAParagraphEndIsClosedInTheNext() {
    // aljazirah du4 (set 11): "واضاف «انه امر محزن. ⏎ لا يمكن … باسعار زهيدة»" was read as an
    // indirect "امر محزن"
    List<Quote> q = quotes("وقال عارف حسن احد اشهر مهندسي تخطيط المدن في باكستان ان «الارض هي الذهب الجديد». \nواضاف ان ثلاثين بالمئة من سكان المدن في باكستان يعيشون في احياء عشوائية. واضاف «انه امر محزن. \nلا يمكن ان تكون هناك مدينة مثل اسلام اباد لا تؤمن للسكان مساكن حقيقية باسعار زهيدة»، معتبرا ان ذلك «انعدام في المسؤولية في افضل الاحوال، واجرام في اسوأ الأحوال». \n");
    assertThat(q).anyMatch(x -> x.direct() && x.text().startsWith("انه امر محزن.") && x.text().endsWith("باسعار زهيدة"));
    assertThat(q).noneMatch(x -> x.text().equals("امر محزن"));
  }

  @Test
  void aStraightMarkOpenedAfterAColonIsClosedInTheNextParagraph() {
    // alwatan 230626 (set 11): the quotation ran to the end of its first paragraph only
    List<Quote> q = quotes(" وأضاف كير: \"إذا كانت واشنطن حريصة فعليا على إحلال السلام في جنوب السودان فعليها اتباع طريق آخر، والمساهمة في الوصول إلى حلول عادلة وعملية ترضي جميع الأطراف. \n أما الاكتفاء بالجلوس في أبراج عالية، والحديث مع الناس من منطلقات استعلاء وغرور، فهذا لن يؤدي إلى أي تقدم فعلي وحقيقي. كما أن أسلوب فرض العقوبات ليس مناسبا، وحتى إذا فرضت العقوبات فهي لن تقود سوى لتعقيد الوضع أكثر وزيادة معاناة المدنيين\".\n ونفى كير أن يكون القتال في بلاده قائما على أسس عنصرية أو قبلية.");
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).text()).startsWith("إذا كانت واشنطن").endsWith("وزيادة معاناة المدنيين");
  }

  @Test
  void aContrastWithAPronounOpensANewReportOfTheSameSpeaker() {
    // aawsat 415536 (set 11): "…، لكنها أكدت أنها لا تسعى …" was inside the first report
    List<Quote> q = quotes("وذكرت مجموعة «إيكسور» للاستثمار، التي تسيطر عليها عائلة أنييلي، في بيان أنها ستزيد حصتها البالغة خمسة في المائة في «الإيكونوميست»، لكنها أكدت أنها لا تسعى إلى امتلاك خمسين في المائة من المجموعة.");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).text()).isEqualTo("لا تسعى إلى امتلاك خمسين في المائة من المجموعة");
    assertThat(q).extracting(Quote::speaker).doesNotContain("لكنها");
  }

  @Test
  void aContrastBeforeAParticipleOfTheSameSpeakerStaysInTheReport() {
    // aawsat 415536 (set 11): the clause was cut at "، لكن" because "، مشيرة" followed it
    List<Quote> q = quotes("وأضافت الصحيفة أنه ليس هناك اتفاق وشيك، لكن أي صفقة يفترض أن تبرم «هذا الصيف»، مشيرة إلى أن أي صفقة يجب أن تحصل على موافقة أربعة أعضاء من مجلس إدارة المجموعة.");
    assertThat(q).hasSize(2);
    assertThat(q.get(0).text()).startsWith("ليس هناك اتفاق وشيك، لكن أي صفقة");
  }

  @Test
  void aFamilyNameLikeARelativeAndAGovernorateBeforeTheName() {
    // ANT localNews-1945 (set 10): "خالد اللواتي" was cut at the "relative pronoun", and the
    // governorate "لولاية باجة" kept the role whole
    List<Quote> q = quotes(" وأوضح المعتمد الاول لولاية باجة خالد اللواتي عقب جلسة للجنة الصحة بمقر الولاية أنه تم اتخاذ عدد من الاجراءات لتطهير الماء ومنها معالجة خلل متعلق بإضافة مطهر \"الجافال\".");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("خالد اللواتي");
  }

  @Test
  void anImpersonalExpectationInsideAReportDoesNotEndIt() {
    // sabq UMCgde (set 10): "، ويتوقع أن تكون …" is part of what the society said
    List<Quote> q = quotes(" سبق- جدة: قالت الجمعية الفلكية بجدة: إن شهب \"أيتا الدالويات\"، تصل ذروة تساقطها ما بعد منتصف ليل غد الثلاثاء؛ حيث تترك خلفها ذيلاً من الغاز المتأين المتوهج، يستمر مدة ثانية إلى ثانيتين بعد اختفاء الشهاب، ويتوقع أن تكون في أفضل أحوالها في الساعات قبل شروق شمس الأربعاء.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).endsWith("قبل شروق شمس الأربعاء");
  }

  @Test
  void andBetweenTwoDefiniteNounsIsNoReport() {
    // okaz 785401 (set 10, a column): "وبين الماضي والمستقبل ننسى أن نعيش" was a report of "الماضي والمستقبل ننسى"
    List<Quote> q = quotes("تتسرب أيام العمر فتضيع ندما على ما فات وقلقا مما سيأتي، وبين الماضي والمستقبل ننسى أن نعيش اللحظة الأهم في حياتنا، الحاضر بأحداثه وزخمه، فنظل نبحث عن السعادة حولنا، بينما هي في أعماقنا، فما هي السعادة؟");
    assertThat(q).isEmpty();
  }

  @Test
  void aPluralVerbWithoutCommaGoesOnWithThePeopleSpeaking() {
    // ANT localNews-1945 (set 10): "… والاستحمام وطالبوا الشركة بتوفير …" was inside the report
    List<Quote> q = quotes("ولوح عدد من المواطنين بقطع القنوات التى تعبر أراضيهم الخاصة واعتبر عدد أخر أن هذه المياه لم تعد صالحة للوضوء والاستحمام وطالبوا الشركة بتوفير\"منتوج ونقي مطابق للمواصفات\" وبإجراء التحاليل اللازمة، حسب تعبيرهم.");
    assertThat(q).anyMatch(x -> !x.direct() && x.text().equals("هذه المياه لم تعد صالحة للوضوء والاستحمام"));
  }

  @Test
  void thereAreThoseWhoSayNamesNobody() {
    // arreyadi NjcyMw== (set 11, a column): "هناك من يقول: إن …" is nobody in particular
    List<Quote> q = quotes("هذا واقع ولكن الوجه الآخر لهذا الواقع مختلف. هناك من يقول: إن المقالة الأسبوعية تُريح القارئ من عناء المتابعة اليومية.");
    assertThat(q).isEmpty();
  }

  @Test
  void theSamePaperIsThePaperThatSpokeNotTheLastOneMentioned() {
    // aawsat 415536 (set 11): "وذكرت الصحيفة نفسها أول من أمس …" then "وأضافت الصحيفة أنه" went to
    // the paper named last ("لصحيفة «كوريري ديلا سيرا»"), not to the Financial Times
    List<Quote> q = quotes("بعد الخبر المفاجئ حول بيع صحيفة «فاينانشيال تايمز» لمجموعة «نيكاي» اليابانية.\nوذكرت «فاينانشيال تايمز» أول من أمس إن حصة «بيرسون» قيمت بنحو 400 مليون جنيه.\nويذكر أن «فيات» مساهم في مجموعة «آر سي إس» الإعلامية الناشرة لصحيفة «كوريري ديلا سيرا».\nوذكرت الصحيفة نفسها أول من أمس عددا كبيرا من مساهمي المجموعة. وأضافت الصحيفة أنه ليس هناك اتفاق وشيك.");
    assertThat(q).hasSize(2);
    assertThat(q).extracting(Quote::speaker).containsOnly("فاينانشيال تايمز");
  }

  @Test
  void theSecondHalfOfACompoundGivenNameIsThePersonNamedBefore() {
    // alwatan 230626 (set 11): "وقال كير" after "رئيس جنوب السودان سلفاكير ميارديت"
    List<Quote> q = quotes(" شن رئيس جنوب السودان سلفاكير ميارديت هجوما شديدا على الرئيس الأميركي باراك أوباما بسبب تصريحاته الأخيرة.\n وقال كير في تصريحات صحفية أمس: \"كيف يريد الرئيس الأميركي حل مشكلة جنوب السودان ولا يجتمع بأطراف الأزمة؟\".");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("سلفاكير ميارديت");
  }

  @Test
  void twoWordsInMarksEndingTheReportOfAFarVerbAreADirectQuotation() {
    // alyaum 4082039 (set 11): "ووصف هانز بيتر اول … قرار ماس بأنه "سلوك غريب"." (as "أن «…»" of
    // sets 3 and 5), the verb more than three words before its complementiser
    List<Quote> q = quotes("ووصف هانز بيتر اول وهو عضو في حزب الاتحاد الاجتماعي المسيحي الشقيق لحزب الاتحاد الديمقراطي المسيحي الذي تتزعمه ميركل قرار ماس بأنه \"سلوك غريب\".\n");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).text()).isEqualTo("سلوك غريب");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Constructions fixed in session 7, on sentences of set 6 (gold-heldout-6.jsonl, development) and
 * of the corpus samples (bench/quote-sample.py, seeds 505 and 707).
 */
class TestQuoteConstructionsSession7 extends QuoteTestBase {
  @Test
  void fahasbIsOnlyAndDoesNotSwallowTheNextReport() {
    // aleqt 978377 (set 6): "فحسب" is "only", not ف + حسب before the verb of the next sentence
    List<Quote> q = quotes("وكتب الاثنان \"لا يمكن النظر إلى هذا الموقف كقضية خاصة ببلدينا الاثنين فحسب\". "
        + "وقال ماي وكازنوف إن مئات من المهاجرين يواجهون مجازفات أكثر خطورة من أى وقت سابق.");
    assertThat(q).extracting(Quote::direct).containsExactly(true, false);
    assertThat(q.get(1).text()).startsWith("مئات من المهاجرين");
    assertThat(ReportingVerbLexicon.standard().lookup("فحسب")).isEmpty();
    assertThat(ReportingVerbLexicon.standard().lookup("وحسب")).isPresent();
  }

  @Test
  void aRoleWithoutArticleKeepsItsGenitive() {
    // JA-localNews-1783-20170225: "والي سوسة" is the governor of Sousse, not a man named Sousse
    // (and "والي" is no "و" + "الي")
    List<Quote> q = quotes("وفي المقابل، أكد والي سوسة انه \"اذا اقتضت الضرورة بوجود هيكل أمني فليس هناك اشكالا\"، "
        + "مضيفا أنه سيتم عقد جلسة مع أمنيين يوم الاثنين لتدارس هذا الموضوع.");
    assertThat(q).extracting(Quote::speaker).containsExactly("والي سوسة", "والي سوسة");
    List<Quote> spokesman = quotes("وقال متحدث باسم خفر السواحل إنه تم إنقاذ نحو 1400 شخص في البحر أيضا يوم الاثنين.");
    assertThat(spokesman).extracting(Quote::speaker).containsExactly("متحدث باسم خفر السواحل");
  }

  @Test
  void aNameInMarksAfterAnHonorificIsNoQuotation() {
    // alyaum 4081156
    List<Quote> q = quotes("وفي هذا الإطار كشف الدكتور «جيكسون إن جي» -أخصائي أطفال في مستشفى حكومي- أنه التقى حتى الآن "
        + "مجموعة من الآباء الذين أسروا له بأن اللقاح غير حلال وفق أساتذتهم الشيوخ.\n"
        + "ويرد الدكتور جيكسون على هذه الادعاءات قائلا: «كل اللقاحات في ماليزيا حلال، لدينا شهادات رسمية».");
    assertThat(q).extracting(Quote::direct).containsExactly(false, true);
    assertThat(q).extracting(Quote::speaker).containsOnly("جيكسون");
  }

  @Test
  void aVerbRightBeforeTheNextQuotationIsNotThePreviousOnesAttribution() {
    // aleqt 977301: `"… لنا." وأضاف "كانت …"` — وأضاف introduces the second quotation
    List<Quote> q = quotes("وقال البرتغالي جوزيه مورينيو مدرب تشيلسي لمحطة فوكس سبورتس التلفزيونية "
        + "\"كانت مباراة اعدادية رائعة بالنسبة لنا.\" وأضاف \"كانت مباراة جيدة بالنسبة لنا قبل بداية الموسم.\"");
    assertThat(q).extracting(Quote::verb).containsExactly("وقال", "وأضاف");
    assertThat(q).allSatisfy(x -> assertThat(x.speaker()).endsWith("جوزيه مورينيو"));
  }

  @Test
  void aPossessedNounAfterTheVerbIsNoSubject() {
    // alriyadh 1067305 / 1065911 sentences: "ووفقا لحجمه" after a quotation, "وقال باسمه"
    List<Quote> q = quotes("وقال جيف كوفلين وهو عالم في أبحاث كبلر للصحفيين خلال مؤتمر عبر الهاتف \"إنه لتقدم هائل أن نعثر على كوكب مثل الأرض\" "
        + "ووفقا لحجمه فإن الكوكب صخري على الأرجح.");
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).speaker()).isEqualTo("جيف كوفلين");
    assertThat(SubjectFinder.possessedAdjunct("سعادته")).isFalse(); // His Excellency (an honorific)
    assertThat(SubjectFinder.possessedAdjunct("إقامته")).isTrue();
    assertThat(SubjectFinder.possessedAdjunct("باسمه")).isTrue();
    assertThat(SubjectFinder.possessedAdjunct("والدته")).isFalse();
    assertThat(SubjectFinder.possessedAdjunct("بوسعيد")).isFalse();
  }

  @Test
  void aStatementWhoseVerbSpeaksRightAwayHasItsIssuerAsSpeaker() {
    // aawsat 420741
    List<Quote> q = quotes("وأصدر الاتحاد السعودي للكرة الطائرة اليوم بيانا إعلاميا قال إنه «بناء على ما ورد من معلومات "
        + "تفيد بحضور بعثة المنتخب السعودي للناشئين لحفل تقرر إيقاف الإداري».");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("الاتحاد السعودي للكرة الطائرة");
  }

  @Test
  void biQawlihiGoesWithTheSubjectOfTheSentencesVerb() {
    // aleqt 974819
    List<Quote> q = quotes("حيث علق بنهور ابالوس رئيس حي ماندليونغ في العاصمة الفلبينية على هذا الإنجاز بقوله "
        + "\"إنه تكريم مزدوج بالنسبة لنا لاننا نملك جائزة الامم المتحدة\".");
    assertThat(q).extracting(Quote::speaker).containsExactly("بنهور ابالوس");
  }

  @Test
  void aNameAfterACommaAndAQuotedTopic() {
    // alweeam 350379: the name علي is no preposition, and the quoted case name is no name
    List<Quote> q = quotes("من جهته، أفاد الناشط الحقوقي المختص بمتابعة قضية “هزازي”، علي آل حطاب، بأن قيام تركي بهذا التصرف كان ناتجًا عن صغر سنه.");
    assertThat(q).extracting(Quote::speaker).containsExactly("علي آل حطاب");
  }

  @Test
  void theStatementNamesItsIssuer() {
    // al-madina 620746, sabq GBCgde, aleqt 980421
    List<Quote> q = quotes("أصدرت وزارة الداخلية أمس بيانا بشأن تنفيذ حكم القتل قصاصا في أحد الجناة بمنطقة القصيم. "
        + "وقال البيان إن المواطن أطلق النار على شقيقين بسبب خلافات وقعت بينهم.");
    assertThat(q).extracting(Quote::speaker).containsExactly("وزارة الداخلية");
    List<Quote> club = quotes("وذلك عبر بيانٍ أصدره المركز الإعلامي في نادي الأهلي.\n"
        + "وأضاف البيان: شهدت المفاوضات الأخيرة خطوات متسارعة من الجانبين.");
    assertThat(club).extracting(Quote::speaker).containsExactly("المركز الإعلامي");
    List<Quote> text = quotes("من جانبه، حملت إدارة نادي القادسية الكويتي عبر بيان رسمي وزع على وسائل الإعلام الكويتية أمس الأول "
        + "إدارة المنتخب الكويتي مسؤولية رحيله دون علمها، وجاء نص البيان \"اللاعب انضم إلى تدريبات المنتخب في الـ 26 من تموز الماضي\".");
    assertThat(text).extracting(Quote::speaker).containsExactly("إدارة نادي القادسية الكويتي");
    // a report received is not issued by its receiver
    List<Quote> received = quotes("تلقى وزير السياحة المصري خالد رامي تقريراً عن أداء قطاع الشركات السياحية.\n"
        + "وأشار التقرير إلى أن عدد تراخيص فروع الشركات السياحية ارتفع.");
    assertThat(received.get(0).speaker()).isNotEqualTo("خالد رامي");
  }

  @Test
  void attributedWithNasabaIla() {
    // alriyadh 1069889
    List<Quote> q = quotes("ونسبت وكالة الإعلام الروسية الى الكولونيل جنرال فيكتور بونداريف قائد القوات الجوية الروسية قوله "
        + "\"القائد توفي. الطيار الثاني حي\".");
    assertThat(q).extracting(Quote::speaker).containsExactly("الكولونيل جنرال فيكتور بونداريف");
  }

  @Test
  void aLongRoleBeforeItsVerbAndASubjectAfterAnOpeningAdverbial() {
    // okaz 788924, alwatan 231733
    List<Quote> q = quotes("تعود العائلة على القيام بها في كل عام.\n"
        + "قائد الرحلة إبراهيم بن صالح الصالحي يقول «في كل عام نقوم بهذه الرحلة التي تمتد لقرابة شهر».");
    assertThat(q).extracting(Quote::speaker).containsExactly("إبراهيم بن صالح الصالحي");
    List<Quote> prince = quotes("إثر ذلك، انتقل الأمير محمد بن نايف إلى مسرح قوة الطوارئ مستقبلا أسر الشهداء معزيا ومواسيا لهم، "
        + "قائلا: \"ما حدث من اعتداء على بيت الله وعلى رجال أمننا البواسل تصرف مرفوض\".");
    assertThat(prince).extracting(Quote::speaker).containsExactly("محمد بن نايف");
  }

  @Test
  void missedDirectQuotations() {
    // alriyadh 1068217: a participle right before the marks reports them inside another clause
    List<Quote> q = quotes("وأكد أن القرار ساري النفاذ اعتباراً من أول أغسطس المقبل قائلا: \"تحرص قيادتنا الرشيدة على تحقيق الرفاه "
        + "الاقتصادي والاجتماعي، والنمو والازدهار في ميادين العمل المختلفة\".");
    assertThat(q).extracting(Quote::direct).containsExactly(false, true);
    // alriyadh 1071093: كتب with a short subject and its medium
    List<Quote> tweet = quotes("وكتب بدر الشمري في حسابه \"لا يوجد أصعب من أنك تواجه عدوا جبانا يستغل أكثر الأماكن استقرارا للعبد مع ربه\".");
    assertThat(tweet).extracting(Quote::speaker).containsExactly("بدر الشمري");
    // alriyadh 1070984: a sentence after "لفريق" is no team name
    List<Quote> coach = quotes("وقال الفرنسي ارسين فينجر المدير الفني لارسنال للموقع الرسمي لفريق \"لدي مفاجئة سيئة ، لقد تعرض لكسر "
        + "في عظمة الشظية مما سيبعده عن الملاعب لعدة أسابيع\". وأضاف \"هناك إصابة أخرى بسيطة بخلاف كسر عظمة الشظية\".");
    assertThat(coach).extracting(Quote::direct).containsExactly(true, true);
    // a short title after such a noun stays a name
    assertThat(quotes("وقال المدرب لبرنامج \"صباح الرياضة اليوم\" إن الفريق جاهز.")).extracting(Quote::direct).containsExactly(false);
  }

  @Test
  void aShortQuotedSourceAfterBihasbIsNoQuotation() {
    // 3alyoum إنيستا, JA-diverse-416-20160308
    assertThat(quotes("اختار لاعبو برشلونة اللاعب الدولي أندريس إنييستا لحمل شارة القائد خلفًا لتشافي المنتقل إلى السد القطري بحسب “دي. بي. دي”.")).isEmpty();
    assertThat(quotes("وقالت: \"نؤكد أن جميع السلطات المعنية تتابع ما انتشر على شبكات الاتصال الاجتماعي\"، بحسب ما نقلته \"بي بي سي\"."))
        .extracting(Quote::direct).containsExactly(true);
  }

  @Test
  void theSubjectEndsAfterTheNameAndSkipsADemonstrativeObject() {
    // alriyadh 1070237, alyaum 4081720, alwatan 230895
    List<Quote> q = quotes("وقال الناطق باسم الحكومة يوشيهيدي سوغا في أول رد فعل للسلطات اليابانية على ما نشره الموقع المتخصص بكشف الوثائق السرية \"امتنع عن الإدلاء بأي تعليق\".");
    assertThat(q).extracting(Quote::speaker).containsExactly("يوشيهيدي سوغا");
    List<Quote> q2 = quotes("أوضح ذلك رئيس مجلس إدارة النادي المشرف العام على الملتقى الدكتور عبدالله الحيدري، وقال: «اختيار المليحان جاء بناء على جهوده الكبيرة».");
    assertThat(q2).extracting(Quote::speaker).containsExactly("عبدالله الحيدري");
    List<Quote> q3 = quotes("وبدا رئيس النادي الأدبي بالرياض الدكتور عبدالله الحيدري كمن يرد على الشقحاء بشكل غير مباشر قائلاً \"اختيار المليحان جاء بناء على جهوده الكبيرة\".");
    assertThat(q3).extracting(Quote::speaker).containsExactly("عبدالله الحيدري");
  }
}

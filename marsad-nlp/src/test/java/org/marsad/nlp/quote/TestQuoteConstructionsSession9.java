package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Constructions fixed in session 9, on sentences of set 9 (gold-heldout-9.jsonl, development
 * after its one blind run); each test failed with the rules of the session's start.
 */
class TestQuoteConstructionsSession9 {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> quotes(String text) {
    return extractor.extract(text, List.of());
  }

  private static List<String> texts(List<Quote> q) {
    return q.stream().map(Quote::text).toList();
  }

  @Test
  void anWithMaddaIsNoComplementiser() {
    // aleqt 977991: the mayor's name "وانغ آن شون" was cut at آن, read as أن, and his words lost
    List<Quote> q = quotes("من جانبه، اعتبر عمدة بكين وانغ آن شون \"هذا اليوم هو يوم مميز لأنه سيدخل التاريخ، الصين تنعم باستقرار اقتصادي والشعب الصيني بأكمله دعم بكين في ترشيحها للاستضافة\".");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).text()).startsWith("هذا اليوم هو يوم مميز");
    assertThat(q.get(0).speaker()).contains("شون");
    // SPA 1387089: "في آن معاً" (at once) opened a one-word "report" معاً
    assertThat(texts(quotes("مؤكداً حرص جميع هذه الجهات على تطوير القديم وتقديم الجديد كل عام، لإثراء الزائر، ومنحه الفائدة والمتعة في آن معاً، مشيراً إلى أن برنامج الأنشطة والفعاليات سيبدأ يوم الخميس"))).noneMatch(t -> t.startsWith("معا"));
  }

  @Test
  void aSpeechParticipleWithoutCommaOpensItsOwnQuotation() {
    // JA-politic-240-20170312: "واصفا ذلك ب "…"" and "مشيرا إلى أن "…"" right after a clause
    List<Quote> q = quotes("أكد المدير التنفيذي لحركة نداء تونس حافظ قائد السبسي أن الحزب لديه الأدلة القاطعة عن الشخص الذي قام بتسريب مقتطفات من اجتماعات نداء تونس واصفا ذلك ب \"العملية التخريبية التي تستهدف الحزب بدرجة أولى ثم تستهدف بعض قياداته بدرجة ثانية\" مبينا أنه سيتم تتبعه قضائيا .");
    assertThat(q).extracting(Quote::direct).containsExactly(false, true, false);
    assertThat(q.get(0).text()).endsWith("من اجتماعات نداء تونس");
    assertThat(q.get(1).text()).startsWith("العملية التخريبية");
    assertThat(q).extracting(Quote::speaker).allMatch(s -> s.endsWith("حافظ قائد السبسي"));
    List<Quote> r = quotes("وأكد أن الحزب مفتوح للجميع ولكل من يقدم له الإضافة دون ذكر اسماء بعينها مشيرا إلى أن \"منذر بالحاج علي هو ابن النداء وكان من الاوائل في تأسيسه وعودته إلى الحزب ليس بالغريب كما أن الدعوة موجهة للنواب الآخرين للالتحاق بالحزب على اعتبار أن انتخابهم في كتلة نداء تونس بمجلس نواب الشعب كان من خلال أصوات قواعد الحزب\" .");
    assertThat(r).extracting(Quote::direct).containsExactly(false, true);
    assertThat(r.get(0).text()).endsWith("دون ذكر اسماء بعينها");
    assertThat(r.get(1).text()).startsWith("منذر بالحاج علي هو ابن النداء");
  }

  @Test
  void byHisSayingGoesWithTheSubjectOfTheSentence() {
    // JA-politic-240-20170312: "بالتعليق عن عودته … بقوله" — عن is the topic, nobody relayed
    List<Quote> q = quotes("ومن جانبه اكتفى منذر بالحاج علي بالتعليق عن عودته الى الحزب بقوله \" أنا عدت الى بيتي الأول ، وأنا لم اخرج لكي أقول أنني عدت\" رافضا الإدلاء بالمزيد من التوضيحات.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).startsWith("منذر بالحاج علي");
  }

  @Test
  void marksAfterAColonHoldWordsNotAName() {
    // aawsat 421661: "المهرجان" before the colon is no title noun for the marks after it
    List<Quote> q = quotes("وقال مسؤولون في المهرجان: «تواصل سوق دبي السينمائية التزامها برعاية المواهب الإماراتية والعربية وتسريع عجلة صناعة السينما في المنطقة مع عودة ملتقى دبي السينمائي، سوق الإنتاج المشترك الذي يقدّم المشروعات العربية أمام المنتجين الدوليين».");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).speaker()).isEqualTo("مسؤولون في المهرجان");
    // alyaum 4082626: the report in the relative clause ends at the colon, the marks are his words
    List<Quote> m = quotes("وقال مورينيو الذي أكد لدى عودته للندن أنه ينوي قيادة مشروع طويل الأمد: \"عندما عدت إلى هنا قبل عامين قلت: إنني أكن مشاعر خاصة لهذا النادي، ولم يتغير شيء. إنه النادي الأقرب لقلبي، وأنا سعيد لمعرفة أني سأظل لوقت طويل\".");
    assertThat(m).extracting(Quote::direct).containsExactly(false, true);
    assertThat(m.get(0).text()).isEqualTo("ينوي قيادة مشروع طويل الأمد");
    assertThat(m).extracting(Quote::speaker).containsOnly("مورينيو");
  }

  @Test
  void aMarkLeftOpenEndsBeforeTheNextQuotation() {
    // sabq SMCgde: "وبيّن: "…   وأضاف: "…"" — the first mark is never closed
    List<Quote> q = quotes("وتفصيلاً، قال الناطق الإعلامي بشرطة المنطقة الشرقية، إنه عند الساعة التاسعة من صباح أمس الأحد باشرت شرطة القطيف بلاغاً عن تعرض أحد المواطنين للإصابة بطلقات نارية، ونقله إلى مستوصف مضر ببلدة القديح بواسطة شقيقه\".   وبيّن: \"اتضح وفاة المصاب بعد وصوله إلى المستوصف، وأنه من بين المطلوبين للجهات الأمنية المعلنة أسماؤهم على قائمة الـ (23) بتاريخ 8/ 2/ 1433هـ، وهو المطلوب محمد علي عبدالرحيم الفرج، وأدلى شقيقه بمعلومات عن هوية الجناة الذين اتضح أنهم من المطلوبين في قضايا جنائية.   وأضاف: \"باشرت الجهات المختصة بشرطة القطيف إجراءات الضبط الجنائي للجريمة والتحقيق فيها\".");
    assertThat(q).extracting(Quote::direct).containsExactly(false, true, true);
    assertThat(q.get(1).text()).endsWith("في قضايا جنائية");
    assertThat(q.get(2).text()).isEqualTo("باشرت الجهات المختصة بشرطة القطيف إجراءات الضبط الجنائي للجريمة والتحقيق فيها");
  }

  @Test
  void thankingAndCitingParticiplesEndTheClause() {
    // SPA 1387120, aljazirah fe14
    assertThat(texts(quotes("وأوضح الدكتور علاء بن عبدالله نصيف، أن فعاليات المهرجان التاسع للزهور والحدائق وجد إقبالاً كبيراً، مقدماً الشكر لكل من أسهم من رعاة ومشاركين وزوار في تحقيق هذا النجاح الذي لم يأت إلا بالتعاون والتكاتف بين الجميع."))).containsExactly("فعاليات المهرجان التاسع للزهور والحدائق وجد إقبالاً كبيراً");
    assertThat(texts(quotes("وأكد العزيزي أن أبناء الجالية اليمنية لا ينسون المواقف المشرّفة للمملكة وجهودها في إعادة الشرعية إلى اليمن والحفاظ على أمن وسلامة المواطن اليمني، مستشهداً بعملية عاصفة الحزم وإعادة الأمل والسهم الذهبي وإنشاء مركز الملك سلمان للإغاثة والأعمال الإنسانية, الذي يعد نموذجاً فريداً للعمل الإنساني والخيري المعهود من المملكة العربية السعودية، فهي سباقة في تعزيز السلم والأمن على مختلف المستويات."))).hasSize(1).allMatch(t -> t.endsWith("وسلامة المواطن اليمني"));
  }

  @Test
  void aLineageAtTheLengthLimitGoesOn() {
    // aljazirah fe14: "… رئيس الجالية بمنطقة عسير ناصر | بن علي العزيزي"
    assertThat(quotes("دان عميد الجالية اليمنية في المملكة رئيس الجالية بمنطقة عسير ناصر بن علي العزيزي, باسمه ونيابة عن الجالية اليمنية في المملكة، حادث التفجير الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير، وأسفر عن سقوط عدد من الشهداء والجرحى. \nوقال «إن أبناء الجالية اليمنية يقفون صفاً واحداً مع المملكة العربية السعودية بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ـ حفظه الله ـ, في التصدي لأي مؤامرة تستهدف أمن الحرمين الشريفين، مهبط الوحي ومنبع الرسالة»")).extracting(Quote::speaker).singleElement().asString().endsWith("ناصر بن علي العزيزي");
  }

  @Test
  void bodiesNamedByTheirKind() {
    // almadina 621027: "لصحيفة «غانا سبورتس أون لاين»" … "وتوقعت الصحيفة"
    assertThat(quotes("وقال بنيامين محمد لصحيفة «غانا سبورتس أون لاين» إن هناك 3 مسؤولين من نادي الاتحاد قد حضروا إلى ميلان للاتفاق حول انتقال اللاعب مونتاري إلى صفوف فريق العميد وتمثيله في الموسم المقبل، وذكر بنيامين تفاصيل العقد والذي سيبدأ بتاريخ 21 يوليو الحالي، على أن يتسلم اللاعب دفعة أولى تبلغ مليون ونصف المليون يورو مع توفير سيارة من اختيار اللاعب، وسكن فاخر بالإضافة إلى 4 تذاكر طيران على درجة رجال الأعمال له ولأسرته. وتوقعت الصحيفة أن يتم الانتهاء من الاتفاق بنهاية الأسبوع الحالي، ومن ثم سيتوجه مونتاري إلى مدينة جدة في الـ15 من أغسطس المقبل.")).extracting(Quote::speaker).containsExactly("بنيامين محمد", "غانا سبورتس أون لاين");
    // SPA 1386878: "وذكر البرنامج"
    assertThat(quotes("أرجع برنامج الأغذية العالمي في العراق خفض كمية الطعام التي يقدمها إلى ما يقرب من مليون نازح في العراق الى النقص الحاد في التمويل .\n وأوضحت ممثلة برنامج الأغذية العالمي المديرة القطرية في العراق جين بيرس أن نقص الأموال وارتفاع عدد النازحين العراقيين قد أجبرا البرنامج على تقليص حجم الحصص الغذائية التي يقدمها لعشرات الآلاف من الأسر التي تعيش خارج المخيمات.\n وكان برنامج الأغذية العالمي قد بدأ في أبريل الماضي بتحديد أولويات الأموال المتاحة للنازحين داخليا من خلال التركيز بشكل خاص على من هم في أمس الحاجة إليها.\n وذكر البرنامج أن عملياته تعاني من نقص 61% في التمويل، مؤكداً حاجته إلى 78.1 مليون دولار من أجل الاستمرار في مساعدة النازحين حتى نهاية العام.")).extracting(Quote::speaker).containsExactly("جين بيرس", "برنامج الأغذية العالمي");
    // alyaum 4082626: "وأكد النادي اللندني" after "أعلن نادي تشيلسي"
    assertThat(quotes("أعلن نادي تشيلسي حامل لقب الدوري الإنجليزي الممتاز لكرة القدم، عن تمديد عقد مدربه البرتغالي جوزيه مورينيو حتى عام 2019." + "\n" + "وأكد النادي اللندني في بيان التجديد أن مورينيو فاز بـ70% من المبارايات التي قاد فيها تشيلسي، وهي نسبة لم يصل إليها أي من المدربين الذين تولوا القيادة الفنية للفريق.")).extracting(Quote::speaker).singleElement().asString().startsWith("نادي تشيلسي");
    // set 7, alyaum 4081694: another origin is another body
    assertThat(quotes("ونقل حساب الاتحاد الكويتي على موقع تويتر عن الشيخ طلال الفهد رئيس الاتحاد قوله \"نشكر أمناء السر على موافقتهم على تأجيل انطلاق خليجي 23.\"\n"
        + "وقال الاتحاد العماني على تويتر \"تأجيل كأس الخليج عاما كاملا إلى ديسمبر 2016.\"")).extracting(Quote::speaker)
        .containsExactly("طلال الفهد", "الاتحاد العماني");
  }

  @Test
  void aReportInARelativeClauseIsTheAntecedents() {
    // JA-localNews-1298-20161019: "… حمادي الأديب الذي أكد في مداخلة له في بوليتيكا أن …"
    List<Quote> q = quotes("و أوضحت الوسلاتي أن الهيئة اتصلت بالسلط الجهوية وأوّلهم معتمد القلعة الصغرى المكُلّف مؤقتا بخطة المعتمد بالنيابة في القلعة الكبرى حمادي الأديب الذي أكد في مداخلة له في بوليتيكا أن الهيئة تقوم بدور هام وأنه تفاعل مع وضعية العائلة وعاين المنزل الذي كان آيل للسقوط. وأوضح أن المنزل تمّت معاينته منذ سنوات وقد أدرج في قائمة المنازل التي يجب إعادة ترميمها ولكن لم يتم تفعيل ذلك القرار من 2012 . وأضاف أنه تم الاتصال بالإدارة الجهوية للتجهيز التي تعهدت بالتدخل لصيانة المنزل بصفة مستعجلة على أن يتم إجلاء العائلة الى منزل على وجه الكراء.");
    assertThat(q).hasSize(4);
    assertThat(q.get(0).speaker()).isEqualTo("الوسلاتي");
    assertThat(q.get(0).text()).endsWith("حمادي الأديب");
    assertThat(q.subList(1, 4)).extracting(Quote::speaker).allMatch(s -> s.endsWith("حمادي الأديب"));
  }

  @Test
  void theMainClauseAfterASubordinateOneNamesTheSpeaker() {
    // alwatan 231395: "فيما اشتكى أهالي …، أرجعت شركة الكهرباء …، مبينة أن"
    assertThat(quotes("فيما اشتكى أهالي حي الرذايا شرق المدينة المنورة من استمرار انقطاع الكهرباء عن حيهم منذ خمسة أيام، أرجعت شركة الكهرباء بالمدينة المنورة سبب الانقطاع إلى التقلبات الجوية التي تشهدها المنطقة، إضافة إلى إدخال مولدات جديدة لدعم شبكة الحي الذي يشهد توسعا عمرانيا، مبينة أن تكرار تلك الانقطاعات في الفترة السابقة كان مبرمجا.")).extracting(Quote::speaker).containsExactly("شركة الكهرباء");
  }

  @Test
  void theSubjectOfAnAnnouncementWithItsObjectPronoun() {
    // 3alyoum: "و أعلنها وزير الخارجية جون كيري داعيا الى خوض “…”"
    assertThat(quotes("وهذه الدول مدرجة على غرار فنزويلا والجزائر وسوريا واليمن وكوريا الشمالية وزيمبابوي في ادنى لائحة تعدها وزارة الخارجية الاميركية سنويا و أعلنها وزير الخارجية جون كيري داعيا الى خوض “المعركة ضد العبودية الحديثة”.")).extracting(Quote::speaker).containsExactly("جون كيري");
  }

  @Test
  void aMarkLeftOpenRightAfterASpeechVerbRunsToTheParagraphEnd() {
    // alwatan 231395: "قالت "الانقطاعات …" with the closing mark forgotten (as after a colon)
    List<Quote> q = quotes("من جهتها، أكدت الشركة السعودية للكهرباء لـ\"الوطن\" أن انقطاع التيار عن قرية الرذايا في شرق المدينة المنورة كان بسبب الظروف المناخية، وبينت أن فرقها الفنية والطوارئ والعمليات باشرت مهماتها مباشرة وأعادت الخدمة خلال نصف ساعة من حدوث الانقطاع.\n وعن تكرر انقطاع الكهرباء في الحي، قالت \"الانقطاعات السابقة كانت مبرمجة، حيث تم إدخال مولدات جديدة دعما للشبكة وتعزيزا لموثوقيتها، حيث روعي فيها سرعة الإنجاز لضمان عدم الانقطاع. ");
    assertThat(q).extracting(Quote::direct).containsExactly(false, false, true);
    assertThat(q.get(2).text()).startsWith("الانقطاعات السابقة كانت مبرمجة").endsWith("لضمان عدم الانقطاع.");
  }

  @Test
  void aSpeechVerbWhoseSubjectWasNamedBeforeEndsTheClause() {
    // almadina 621027: "…، وذكر بنيامين تفاصيل العقد" is the writer going on, not Benjamin's report
    List<Quote> q = quotes("وقال بنيامين محمد لصحيفة «غانا سبورتس أون لاين» إن هناك 3 مسؤولين من نادي الاتحاد قد حضروا إلى ميلان للاتفاق حول انتقال اللاعب مونتاري إلى صفوف فريق العميد وتمثيله في الموسم المقبل، وذكر بنيامين تفاصيل العقد والذي سيبدأ بتاريخ 21 يوليو الحالي، على أن يتسلم اللاعب دفعة أولى تبلغ مليون ونصف المليون يورو مع توفير سيارة من اختيار اللاعب");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).endsWith("وتمثيله في الموسم المقبل");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 26 (set 26 as a development set, bench/RESULTS.md lane quotes26): direct quotations
 * and their speakers. Each rule test holds a real sentence of a development set or of unseen text and fails on the
 * session-start code (main 673ab35c); the guards pass on both.
 */
class TestQuoteConstructionsSet26 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  private static final String VOLLEYBALL_STATEMENT = "أصدر الاتحاد السعودي للكرة الطائرة، أمس، بيانا إعلاميا حول ما "
      + "أثير مؤخرا على مواقع التواصل الاجتماعي، عن حضور عدد من لاعبي منتخب الناشئين لحفل غنائي، حيث أكد فيه أن الحفل كان "
      + "في إحدى السفن السياحية بدعوة من متعهد المعسكرات، وليس في ملهى ليلي.\n"
      + "وقال اتحاد اللعبة في البيان: «بناء على ما ورد الاتحاد من معلومات تفيد بحضور بعثة المنتخب في حفل غنائي خلال "
      + "معسكره في مصر؛ لذا فإننا نؤكد اطلاعنا على حيثيات الأمر، حيث تم تكليف عضو مجلس الإدارة عبدالله العدوان بالتحقيق "
      + "وأسفر عن التالي: أولا: الحفل الذي جرى في إحدى السفن السياحية، بدعوة من متعهد المعسكرات.\n"
      + "ثانيا: تم التأكد من عدم صحة ما ذكر في بعض وسائل الإعلام ومواقع التواصل الاجتماعي بأن الحفل جرى في أحد الملاهي "
      + "الليلة، حيث كان الحفل في إحدى السفن السياحية التي احتضنت الكثير من المناسبات.\n"
      + "ثالثا: يرفض مجلس الإدارة بشدة حضور مثل هذه المناسبات التي تتضمن مثل هذه الفقرات مهما كان موقعها.\n"
      + "رابعا: يؤكد مجلس الإدارة إعفاء الإداري المرافق عبدالله الجبر؛ لعدم ضبطه لمسار الأمور»";

  @Test
  void aStatementQuotedOverSeveralParagraphsRunsToItsClosingMark() {
    // set 26, okaz 787204: the statement's numbered points, each its own paragraph, close only at
    // the end; the quotation stopped at the first paragraph end and the second point was read as
    // an indirect report of its own
    List<Quote> q = quotes(VOLLEYBALL_STATEMENT);
    Quote d = quoteStarting(q, "بناء على ما ورد");
    assertThat(d.direct()).isTrue();
    assertThat(d.text()).endsWith("لمسار الأمور");
    assertThat(q).noneMatch(x -> x.text().startsWith("الحفل جرى في أحد الملاهي"));
  }

  @Test
  void theSportsFederationIsTheFederationNamedBefore() {
    // set 26, okaz 787204: "اتحاد اللعبة" (the sport's federation) is the federation the first
    // sentence named in full
    Quote d = quoteStarting(quotes(VOLLEYBALL_STATEMENT), "بناء على ما ورد");
    assertThat(d.speaker()).isEqualTo("الاتحاد السعودي للكرة الطائرة");
  }

  @Test
  void aLineLeftOpenIsNotJoinedToALaterQuotationThatOpensAgain() {
    // guard: a mark left open, later paragraphs without marks, then a paragraph whose first
    // guillemet opens: no quotation over the paragraphs
    List<Quote> q = quotes("وقال الوزير في البيان: «نعمل على إنهاء المشروع قبل نهاية العام الجاري.\n"
        + "وكانت الوزارة قد أعلنت عن المشروع في العام الماضي بتكلفة كبيرة.\n"
        + "وأضاف الوزير: «سنفتتح المرحلة الأولى من المشروع في الشهر المقبل بإذن الله»");
    assertThat(q).noneMatch(x -> x.text().contains("وكانت الوزارة قد أعلنت"));
  }

  @Test
  void anAstonishedSpeakerIsTheOneWhoGoesOn() {
    // set 26, alwatan 231328: "استغرب … عيسى عبدالله النهاري … من المطالبة" names the man a
    // following "وأضاف" and "وقال: "…"" go on with; they went back to the lawyer quoted before
    List<Quote> q = quotes("وقال المحامي بي سميسون إن موكله بريء من التهمة.\nمن جانبه، استغرب ابن عم المتهم المبتعث عيسى "
        + "عبدالله النهاري الذي حضر الجلسة أمس، في اتصال هاتفي أجرته معه \"الوطن\" من المطالبة بكفالة قدرها مليون دولار، "
        + "واصفا الطلب بغير المبرر في قضية لا أساس لها من الأصل. وأضاف أن ابن عمه لا يزال محتجزا حتى صدور الحكم.\n"
        + "وقال: \"إن قريبه محمد كان ينقل عفش شقته من المجمع السكني بمدينة باولينج جرين بسبب انتقاله إلى سكن آخر\".");
    assertThat(quoteStarting(q, "إن قريبه محمد").speaker()).contains("عيسى عبدالله النهاري");
  }

  @Test
  void aTitleInitialGluedToTheNameKeepsTheName() {
    // unseen text (alriyadh, session 25's list of leftovers): "م.نعيم" read the stop after the
    // engineer's title as a sentence end, so the report had no speaker
    List<Quote> q = quotes("لنجتمع بدون وليمة ولفت م.نعيم المطوع -رجل أعمال - إلى أن وجبة العيد هدفها الأساس هو اجتماع "
        + "الأهل والأصدقاء والأحبة، مؤكداً على أهمية الابتعاد عن المبالغة في الوجبة، وأضاف أن الوجبة هي وسيلة للاجتماع.");
    assertThat(quoteStarting(q, "وجبة العيد").speaker()).startsWith("نعيم المطوع");
    assertThat(quoteStarting(q, "الوجبة هي وسيلة").speaker()).startsWith("نعيم المطوع");
  }

  @Test
  void twoGluedTitleInitialsAreNoName() {
    // "أ.د." (professor, doctor) glued to the name: the name is what follows
    List<Quote> q = quotes("وقال أ.د.سعد الشهري إن المشروع سيكتمل قبل نهاية العام الجاري.");
    assertThat(quoteStarting(q, "المشروع سيكتمل").speaker()).isEqualTo("سعد الشهري");
  }

  @Test
  void theSecondOfTwoTitleInitialsBeforeASpaceIsNoSentenceEnd() {
    // unseen text (al-jazirah 20150802 ln42): "أ.د. عبدالرحمن السند": the report ran to the
    // stop after "أ.د" and the name began a new sentence
    List<Quote> q = quotes("وأكَّد الشليل أن الرئاسة العامة وبتوجيهات ومتابعة من معالي الرئيس العام أ.د. عبدالرحمن السند "
        + "تحرص على تفعيل دورها في نشر الوسطية والاعتدال.");
    assertThat(quoteStarting(q, "الرئاسة العامة").text()).endsWith("الوسطية والاعتدال");
  }

  @Test
  void anEraLetterAfterAYearStillEndsTheSentence() {
    // guard: "2015 م.وأضاف" is the era (ميلادي) and a sentence end, no title; the continuation
    // names no speaker of its own, so it is a report only when the sentence ends there (review of
    // quotes26 F5: with "وأضاف الوزير" the guard passed without the era check)
    List<Quote> q = quotes("وقال الوزير إن المشروع بدأ في عام 2015 م.وأضاف أن العمل سيكتمل قريبا.");
    assertThat(quoteStarting(q, "العمل سيكتمل").speaker()).isEqualTo("الوزير");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestQuotationMarks {
  private static List<String> quoted(String text) {
    return QuotationMarks.find(text).stream().map(s -> text.substring(s.innerStart(), s.innerEnd())).toList();
  }

  @Test
  void curlyQuotesArePairedInOrder() {
    assertThat(quoted("وقال بيسكوف “إن اتخاذ قرار غير ممكن” ثم “داعش”")).containsExactly("إن اتخاذ قرار غير ممكن", "داعش");
  }

  @Test
  void swappedCurlyQuotesStillPair() {
    assertThat(quoted("وقال ”نحن هنا“.")).containsExactly("نحن هنا");
  }

  @Test
  void guillemetsStraightAndSingleQuotes() {
    assertThat(quoted("في بيان «هذه التوغلات انتهاك واضح» و\"الربيع العربي\" و‘كلمة’"))
        .containsExactly("هذه التوغلات انتهاك واضح", "الربيع العربي", "كلمة");
  }

  @Test
  void aQuotationDoesNotRunOverAParagraphEnd() {
    assertThat(quoted("قال “أول سطر.\nوثاني سطر” انتهى")).isEmpty();
    assertThat(quoted("قال “أول سطر:\n\nوثاني سطر” انتهى")).isEmpty();
  }

  @Test
  void aQuotationRunsOverALineWrappedMidSentence() {
    // held-out set 5, alweeam 350533: hard line breaks inside a sentence, and a double prime
    // typed for the closing mark
    String text = "وأضافت أن المقاومة الشعبية تمكنت من “استدراج 30 من عناصر ميليشيات كتائب الحسين التي حاولت التسلل\n"
        + "لمهاجمة مقاتلي المقاومة بلكمة عرش ويدعى حسين\n"
        + "محمد محسن علي الملقب (ابو حمزة السنحاني) الذي عثر بحوزته الرقم العسكري 13598″.\n"
        + "وأشارت المصادر إلى أنه “تمت ملاحقة بقية العناصر الحوثية، وبمساندة\n"
        + "سلاح دروع المقاومة الشعبية الجنوبية”.";
    assertThat(quoted(text)).hasSize(2);
    assertThat(quoted(text).get(0)).startsWith("استدراج 30").endsWith("الرقم العسكري 13598");
    assertThat(quoted(text).get(1)).startsWith("تمت ملاحقة").endsWith("الشعبية الجنوبية");
  }

  @Test
  void aStrayMarkBeforeTheOpeningOneIsSkipped() {
    // held-out set 5, 3alyoum: "بموقع تويتر”: “…”"
    assertThat(quoted("وقال في تغريدة بحسابه بموقع تويتر”: “لا يزال أبطال فلسطين ونساؤها يبيضون وجه الأمة”."))
        .containsExactly("لا يزال أبطال فلسطين ونساؤها يبيضون وجه الأمة");
  }

  @Test
  void anUnpairedMarkIsIgnored() {
    // (session 12: no reporting word before the complementiser; "وأضاف أنه "…" is the next test)
    assertThat(quoted("ويبدو أنه \"في بعض الأحوال يجري تقاضي تكاليف.")).isEmpty();
    assertThat(quoted("وأضاف أنه \"في بعض الأحوال يجري تقاضي تكاليف")).isEmpty();
  }

  @Test
  void anUnpairedMarkAfterAReportingComplementiserRunsToTheFullStopEndingItsParagraph() {
    // session 12: alyaum 4081682 (set 12) "عن المصادر القول إن "المجموعة … بدلا منها ."; the
    // gold of gold.jsonl alwatan 229820 has a direct quotation after this "وأضاف أنه ""
    assertThat(quoted("وأضاف أنه \"في بعض الأحوال يجري تقاضي تكاليف.")).containsExactly("في بعض الأحوال يجري تقاضي تكاليف.");
    // not when a complementiser follows the mark: where the words end is unknown
    assertThat(quoted("وأضاف أنه \"في بعض الأحوال يجري تقاضي تكاليف، وهو الأمر الذي وصفه بأنه شائع.")).isEmpty();
  }
  @Test
  void anUnpairedMarkAfterAColonRunsToTheEndOfTheParagraph() {
    // held-out set 2, alriyadh 1069900: the closing mark was forgotten
    assertThat(quoted("وقالت جوجل في مدونتها: \"هل تجد نفسك دائما تحاول تفادي الوقوف في صفوف طويلة؟ \nسطر آخر"))
        .containsExactly("هل تجد نفسك دائما تحاول تفادي الوقوف في صفوف طويلة؟");
  }

  @Test
  void aClosingStraightMarkWithoutItsOpeningMarkIsSkipped() {
    // set 3, alyaum 4079833: the mark after "المثال" closes a quotation whose opening mark was
    // forgotten; pairing in order would shift every later pair by one
    String text = "وبين لوك ارنال \"نعرف على وجه اليقين ما هي الذبذبات\". إنها القشرة السمعية على سبيل المثال\". "
        + "وأضاف ارنال \"لكن لم يتضح حتى الآن ما الذي يجعل الصراخ أمرا بغيضا\". وقال ارنال \"ثمة اختلافات طفيفة\".";
    assertThat(quoted(text)).containsExactly("نعرف على وجه اليقين ما هي الذبذبات",
        "لكن لم يتضح حتى الآن ما الذي يجعل الصراخ أمرا بغيضا", "ثمة اختلافات طفيفة");
  }

  @Test
  void straightMarksNestInsideAQuotation() {
    // aleqt 976447: a quoted name inside a quotation in straight marks
    String text = "مبينا \"سنبحث عن اللاعب المفيد لنا، حتى إن كان من \"مواليد السعودية\" لتعزيز خط الدفاع\". \nوتابع";
    assertThat(quoted(text)).containsExactly("سنبحث عن اللاعب المفيد لنا، حتى إن كان من \"مواليد السعودية\" لتعزيز خط الدفاع",
        "مواليد السعودية");
  }

  @Test
  void aOneLetterPrefixBeforeAStraightMarkOpensIt() {
    // alwatan 230787: و"الأخبار" opens a name inside the quotation, it does not close it
    String text = "وقال العبيد: \"إن الصحف المصرية وفي مقدمتها \"الأهرام\" و\"الأخبار\" امتدحت المسلسل\".";
    assertThat(quoted(text).get(0)).isEqualTo("إن الصحف المصرية وفي مقدمتها \"الأهرام\" و\"الأخبار\" امتدحت المسلسل");
  }

  @Test
  void aMarkLeftOpenEndsAtALaterPairWithoutAFullStop() {
    // the mark after وقال is never closed; with no full stop before the later pair, its span
    // ends at that pair's opening mark instead of running over it to the end of the line
    String text = "وقال \"الوضع صعب وأضاف: \"باشرت التحقيق\"";
    List<MarkedSpan> spans = QuotationMarks.find(text);
    assertThat(spans).hasSize(2);
    MarkedSpan left = spans.stream().filter(s -> s.open() == 5).findFirst().orElseThrow();
    MarkedSpan paired = spans.stream().filter(s -> s.open() != 5).findFirst().orElseThrow();
    assertThat(left.close()).isLessThanOrEqualTo(paired.open());
    assertThat(quoted(text)).contains("باشرت التحقيق");
  }

  @Test
  void aSpeechVerbWithHarakatBeforeAnOpenMarkStillOpensIt() {
    // the fatha on قالَ is a non-spacing mark, part of the verb, as the bare قال is
    assertThat(quoted("وعن انقطاع الكهرباء في الحي، قالَ \"الانقطاعات تتكرر كل يوم"))
        .containsExactly("الانقطاعات تتكرر كل يوم");
    assertThat(quoted("وعن انقطاع الكهرباء في الحي، قالت \"الانقطاعات تتكرر كل يوم"))
        .containsExactly("الانقطاعات تتكرر كل يوم");
  }
}

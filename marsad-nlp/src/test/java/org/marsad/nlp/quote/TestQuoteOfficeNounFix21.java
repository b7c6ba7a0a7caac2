package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 21, lane fixquotes21: the one office-noun rule ("المسؤول اليمني" = the person named
 * with "اليمنية") after the merge of lanes quotes21 and quotesind21. The texts are the reviewers'
 * sentences (/work/notes/review21/quotes21.md F2, quotesind21.md F1/F2), built on the forms of
 * real reports; each fails on the merged code (main cb056051) or, for the apposition, on the
 * merged rule without its fix.
 */
class TestQuoteOfficeNounFix21 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void anOfficialOfAnotherCountryIsNotTheNamedMinister() {
    // review quotes21 F2: the American official after the Saudi minister (merged code: الجبير)
    List<Quote> q = quotes("قال وزير الخارجية السعودي عادل الجبير إن \"المملكة تدعم الحل السياسي في اليمن\". وقال المسؤول "
        + "الأمريكي إن \"واشنطن تؤيد جهود التحالف\".");
    assertThat(quoteStarting(q, "واشنطن تؤيد").speaker()).isEqualTo("المسؤول الأمريكي");
  }

  @Test
  void anOfficialAfterAnAnonymousSourceIsNotTheNamedDirector() {
    // review quotesind21 F2 (o1): after "مصدر أمني" the security official may be that source
    // (merged code: عثمان المحرج)
    List<Quote> q = quotes("وقال مدير الأمن العام الفريق عثمان المحرج إن الحملة مستمرة. وأوضح مصدر أمني لـ«عكاظ» أن الحملة "
        + "أسفرت عن ضبط عشرات المخالفين. وأضاف المسؤول الأمني أن الحملة ستشمل كل المناطق.");
    assertThat(quoteStarting(q, "الحملة ستشمل").speaker()).isEqualTo("المسؤول الأمني");
  }

  @Test
  void theCountryOfAPostingIsNoOrigin() {
    // review quotesind21 F2 (h2): "السفير الأمريكي لدى السعودية" is no Saudi official
    // (merged code: جوزيف ويستفول)
    List<Quote> q = quotes("وقال السفير الأمريكي لدى السعودية جوزيف ويستفول إن العلاقات متينة. وأكد المسؤول السعودي أن "
        + "المملكة حريصة على التعاون.");
    assertThat(quoteStarting(q, "المملكة حريصة").speaker()).isEqualTo("المسؤول السعودي");
  }

  @Test
  void theOfficeNounRightAfterTheNameIsHisRole() {
    // review quotesind21 F1 (n2; unseen aawsat 423366 "صرح علي رضا ناطقي مسؤول تأسيس الغرف
    // التجارية الإيرانية" … "وقال المسؤول الإيراني"): the office noun in apposition
    List<Quote> q = quotes("وقال محمد العتيبي المسؤول في وزارة الصحة السعودية إن الحملة بدأت أمس. وأكد المسؤول السعودي أن "
        + "الحملة ستستمر شهرا.");
    assertThat(quoteStarting(q, "الحملة ستستمر").speaker()).isEqualTo("محمد العتيبي");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 25, lane fixquotes25 (review of quotesind25, F4; review of quotes25 on "إذ"): a piece
 * of the sentence is no speaker. Each sentence is from the unseen SaudiNewsNet text (shortened);
 * the session-start code gave the fragment as the speaker. Nobody named is the honest answer.
 */
class TestQuoteSpeakerFragments extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aLoneLetterOfAnAbbreviatedTitleIsNoSpeaker() {
    // alriyadh 1065738: "د.احمد" and "م.نعيم" split at the dot gave "د" and "م"; since session 26
    // (lane quotes26) the stop glued to the name is an abbreviation point and the name is found
    // (with the dash apposition's first word still on it: a known limit)
    assertThat(quoteStarting(quotes("ويفرح بذلك شيب الأسرة بأولادهم وأحفادهم. تهذيب د.احمد محمد اللويمي -أكاديمي وكاتب- وصف "
        + "العيد بانه استثمار للمجهود والمهارات التي كسبها الانسان في رمضان."), "استثمار للمجهود").speaker())
        .startsWith("احمد محمد اللويمي");
    assertThat(quoteStarting(quotes("ولفت م.نعيم المطوع -رجل أعمال - إلى أن وجبة العيد هدفها الأساس هو اجتماع الأهل "
        + "والأصدقاء، وأضاف أن الوجبة هي وسيلة للاجتماع وصلة الرحم."), "الوجبة هي").speaker()).startsWith("نعيم المطوع");
  }

  @Test
  void aVerbWithAGluedConjunctionIsNoSpeaker() {
    // aawsat 425436: "من حرض وغرر ودافع وتعاطف مع …" gave the speaker "وتعاطف" to a later report
    List<Quote> q = quotes("ونحن نسأل من حرض وغرر ودافع وتعاطف مع هذا «الفكر»، الذي كان نتاجه الطبيعي أن يتطور إلى "
        + "انتحاري يفجر نفسه. في مصر كانت الدولة تحتفل بافتتاح قناة السويس الجديدة، يساعده إعلام من دول شقيقة يصف المجرى "
        + "المائي الجديد بأنه مجرد مجرى أو «تفريعة».");
    assertThat(quoteStarting(q, "مجرد مجرى").speaker()).isNull();
  }

  @Test
  void aPhraseLedByAConjunctionIsNoSpeaker() {
    // alyaum 4080403: "… تحدث لكن مشاهدتها في مقطع …" gave the speaker "لكن مشاهدتها"
    List<Quote> q = quotes("صحيح أننا نعتقد أنها تحدث لكن مشاهدتها في مقطع مصور يجعل الصدمة أشد. والمثير للانتباه والدهشة "
        + "هنا أن من يصف المجتمع السعودي بأنه مجتمع متدين، هو من ينادي بأننا يجب أن نحافظ عليه.");
    assertThat(quoteStarting(q, "مجتمع متدين").speaker()).isNull();
  }

  @Test
  void aTimeClauseIsNoSpeaker() {
    // alwatan Local 230024: the speaker was "عند مقابلته لأحد مسؤولي الجامعة"
    List<Quote> q = quotes("وبين زوج المعلمة أنه عند مقابلته لأحد مسؤولي الجامعة وصف له الرغبات المدخلة عبر الموقع بـأنها "
        + "\"رغبات سيئة\"، موضحا أنهم وضعوا الرغبة الأولى كلية الطب وفقا للدرجات الموزونة.");
    assertThat(quoteStarting(q, "وضعوا الرغبة").speaker()).isNull();
  }

  @Test
  void aConjunctionBeforeTheVerbIsNoSpeaker() {
    // review of quotes25 (unseen text, session-start behaviour): "إذ قال أن …" gave the speaker "إذ"
    List<Quote> q = quotes("وكان المدير متحمسا للمشروع، إذ قال أن الخطة ستنجح خلال عامين.");
    assertThat(quoteStarting(q, "الخطة ستنجح").speaker()).isNull();
  }

  @Test
  void aNameStillSpeaks() {
    // guard: a one-word name with و as its first letter is no glued conjunction
    List<Quote> q = quotes("وقال وليد إن الخطة ستنجح خلال عامين.");
    assertThat(quoteStarting(q, "الخطة ستنجح").speaker()).isEqualTo("وليد");
  }
}

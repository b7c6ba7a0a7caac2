package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 24, lane quotesaa24 (issue 5, cause AA): a partial quotation as the object of a verb
 * of praise, promise, advice or blame, with no complementiser ({@link QuotedObjectFrame}). The
 * rule test holds a development sentence and fails on the branch-point code (main b8a45a1e);
 * the guards pass on both.
 */
class TestQuotedObjectFrame extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void praiseOfTheCoachInMarksIsThePlayersQuotation() {
    // set 23, alyaum 4082740: "امتدح" is no reporting verb; the quotation was missed
    List<Quote> q = quotes("وأبدى رانييري رضاه عن المستوى قائلًا: «الأداء رائع منذ البداية. تحليت بالهدوء لأنني رأيت "
        + "اللاعبين في حالة تركيز».\nوامتدح البرايتون مدربه «رانييري حضر بأفكار جديدة ليمنح إضافة لطريقة لعبنا. لم يرغب "
        + "في إحداث تغييرات كبيرة».");
    Quote d = quoteStarting(q, "رانييري حضر بأفكار جديدة");
    assertThat(d.direct()).isTrue();
    assertThat(d.speaker()).isEqualTo("البرايتون");
  }

  @Test
  void aBodysNameInMarksAfterTheVerbIsNoQuotation() {
    // guard: the subject's name in marks ("منظمة «…»") is a name, not the body's words
    List<Quote> q = quotes("بينما هاجمت منظمة «اطباء من اجل حقوق الانسان في اسرائيل» القانون الجديد.");
    assertThat(q).noneMatch(x -> x.text().startsWith("اطباء من اجل"));
  }

  @Test
  void aShortTermInMarksAfterTheVerbStaysATerm() {
    // guard: fewer than six words in marks are a term or a slogan ("«داعش»", "«الإرهاب الأسود»")
    List<Quote> q = quotes("واستنكر الوزير بشدة ما وصفه بـ«الإرهاب الأسود» في المنطقة.");
    assertThat(q).noneMatch(Quote::direct);
  }

  @Test
  void withoutItsOwnSubjectTheVerbFramesNothing() {
    // guard (unseen text, aawsat 420321): "وتعهد «…»" would inherit a speaker from before, which
    // here is a wrong one ("فريق عمل"); the rule leaves such a quotation alone
    List<Quote> q = quotes("وكشف المحافظ عن تشكيل فريق عمل من المسؤولين. وتعهد «ببذل كل ما يمكن عمله ليعود لعدن رونقها "
        + "وجمالها وإعادة ما دمرته قوات» الحوثيين.");
    assertThat(q).noneMatch(x -> x.text().startsWith("ببذل كل ما"));
  }

  @Test
  void aTitleAfterAPlaceOrTopicPrepositionIsNoQuotation() {
    // guard: "في «…»" names where (a forum, a book), not what was said
    List<Quote> q = quotes("وتعهد المشاركون في «ملتقى أمن وسلامة الآثار والمنشآت السياحية بالمنطقة» بدعم الجهود.");
    assertThat(q).noneMatch(x -> x.text().startsWith("ملتقى أمن"));
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 23, lane mergequotes23: lanes quotes23 and quotesind23 had each built an epithet-as-speaker
 * rule; merged into one (SpeakerResolver.epithetSpeaker). These tests hold what the merge adds: the
 * checks of one lane now guard the shape only the other lane covered. Each fails on lane quotesind23's
 * code alone (the epithet taken for whoever spoke last).
 */
class TestEpithetRuleMerged extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void aHeadedEpithetIsThePersonTheTextIntroducedWithIt() {
    // the headed shape ("نجم المنتخب الإيطالي") checks the earlier mention before it takes the
    // person speaking last: here the coach spoke in between
    List<Quote> q = quotes("وقال نجم المنتخب الإيطالي أندريا بيرلو إن الفريق جاهز للمباراة المقبلة. وقال المدرب "
        + "ماسيميليانو أليغري إن المباراة ستكون صعبة. وأكد نجم المنتخب الإيطالي أنه سيلعب حتى نهاية الموسم.");
    assertThat(quoteStarting(q, "سيلعب حتى").speaker()).isEqualTo("أندريا بيرلو");
  }

  @Test
  void aForeignDemonymTheTextWritesAsAFamilyNameIsNoEpithet() {
    // quotes23's family-name guard now holds for the foreign demonyms quotesind23 listed
    // ("السويسري"): the text writes it as a family name, so "وأضاف السويسري" is not Blatter
    List<Quote> q = quotes("وقال اللاعب أحمد السويسري إن الفريق جاهز للمباراة. وقال بلاتر إن الاتحاد لن يتدخل في "
        + "القضية. وأضاف السويسري أنه سيبقى مع الفريق حتى نهاية الموسم.");
    assertThat(quoteStarting(q, "سيبقى مع").speaker()).isNotEqualTo("بلاتر").contains("السويسري");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 18 (set 18 as a development set, bench/RESULTS.md lane quotes18): cause A, a role
 * standing for the person the article named right after the same role earlier, though that
 * person had not spoken yet. Each test holds the real sentence of set 18 and the case the rule
 * must leave alone.
 */
class TestQuoteConstructionsSet18 extends QuoteTestBase {

  static final String OKAZ_785505 = "كشفت مصادر برلمانية عراقية لـ«عكاظ» تفاصيل الاجتماع المغلق الذي عقده وزير الدفاع الأمريكي "
      + "أشتون كارتر في بغداد، أمس الأول، مع رئيس مجلس النواب العراقي سليم الجبوري، وهو الاجتماع الذي أعقب لقاء المسؤول الأمريكي "
      + "برئيس الوزراء حيدر العبادي. وأكدت المصادر أن وزير الدفاع الأمريكي أبلغ الجبوري أن واشنطن بدأت بوضع اللمسات الأولى "
      + "لإقامة أقاليم السنة في العراق، مؤكدة أن كارتر لم يبلغ رئيس مجلس النواب العراقي بمواعيد محددة للبدء بتنفيذ هذه الأقاليم "
      + "على الأرض.\nوكان رئيس مجلس النواب العراقي أعلن الشهر الماضي أنه «ليس لدينا مشكلة مع تقسيم العراق بالتراضي ومن دون إراقة دماء»، "
      + "مضيفا أن «صوت الدعوة إلى تقسيم العراق يتعالى ويحظى بقبول واسع في الشارع العراقي».";

  @Test
  void aRoleStandsForThePersonNamedRightAfterTheSameRoleEarlier() {
    // set 18, okaz 785505: the speaker of the two quotations is "رئيس مجلس النواب العراقي سليم الجبوري"
    // of the first paragraph; the nearer "رئيس مجلس النواب العراقي بمواعيد محددة …" names nobody
    List<Quote> q = quotes(OKAZ_785505);
    assertThat(q).filteredOn(Quote::direct).hasSize(2).allSatisfy(x -> assertThat(x.speaker()).isEqualTo("سليم الجبوري"));
  }

  @Test
  void aRoleNeverWrittenBeforeANameStaysTheRole() {
    // kept: the role alone with no earlier "role + name" (words after the role that are never
    // named again are no name)
    List<Quote> q = quotes("وأكدت المصادر أن كارتر لم يبلغ رئيس مجلس النواب العراقي بمواعيد محددة للبدء بتنفيذ هذه الأقاليم.\n"
        + "وكان رئيس مجلس النواب العراقي أعلن الشهر الماضي أنه «ليس لدينا مشكلة مع تقسيم العراق بالتراضي ومن دون إراقة دماء».");
    assertThat(q).filteredOn(Quote::direct).singleElement().satisfies(x ->
        assertThat(x.speaker()).isEqualTo("رئيس مجلس النواب العراقي"));
  }
}

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
}

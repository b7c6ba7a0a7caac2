package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/** Fixes from the session-9 code review. */
class TestQuoteReviewFixes extends QuoteTestBase {
  @Test
  void aBalFamilyNameAfterTheVerbIsNoVerbalNounObject() {
    // as "منذر بالحاج علي" (JA-politic-240-20170312) with another بال family name from the data file
    List<Quote> q = quotes("ومن جانبه اكتفى منذر بالقاسم علي بالتعليق عن عودته الى الحزب بقوله \" أنا عدت الى بيتي الأول ، وأنا لم اخرج لكي أقول أنني عدت\" رافضا الإدلاء بالمزيد من التوضيحات.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).startsWith("منذر بالقاسم علي");
  }

  @Test
  void aSentenceOpeningWithFiHinIsASubordinateClauseAsWithFima() {
    // the same sentence as alwatan 231395 (فيما اشتكى …) opened with في حين: one list for both
    // places that test for the subordinate clause opening a sentence
    assertThat(quotes("في حين اشتكى أهالي حي الرذايا شرق المدينة المنورة من استمرار انقطاع الكهرباء عن حيهم منذ خمسة أيام، أرجعت شركة الكهرباء بالمدينة المنورة سبب الانقطاع إلى التقلبات الجوية التي تشهدها المنطقة، إضافة إلى إدخال مولدات جديدة لدعم شبكة الحي الذي يشهد توسعا عمرانيا، مبينة أن تكرار تلك الانقطاعات في الفترة السابقة كان مبرمجا."))
        .extracting(Quote::speaker).containsExactly("شركة الكهرباء");
  }

  @Test
  void oneSubordinatorListServesBothClauseTests() {
    // فيما، بينما and في حين (with or without و), at the word or ending right before a verb
    Words w = Words.of("وفي حين اشتكى الأهالي، فيما قال الوزير بينما رأى آخرون في البيت");
    assertThat(w.subordinatorAt(0)).isEqualTo(2);
    assertThat(w.subordinatorBefore(2)).isTrue();
    assertThat(w.subordinatorAt(4)).isEqualTo(1);
    assertThat(w.subordinatorBefore(5)).isTrue();
    assertThat(w.subordinatorAt(7)).isEqualTo(1);
    assertThat(w.subordinatorAt(10)).isZero(); // في البيت: no حين
    assertThat(w.subordinatorBefore(3)).isFalse();
  }
}

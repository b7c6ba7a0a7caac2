package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/** Fixes from the review of the session-10 quotation changes (set 10 and its direct-recall lane). */
class TestQuoteReviewFixesSet10 extends QuoteTestBase {
  @Test
  void aFeminineVerbAfterCommaWaGoesOnWithTheFeminineSubjectOfTheReport() {
    // ودعت agrees with الوزارة (the reported clause's subject), not with المتحدث
    List<Quote> q = quotes("وقال المتحدث إن الوزارة رصدت المخالفات، ودعت إلى الالتزام بالأنظمة.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).endsWith("الالتزام بالأنظمة");
  }

  @Test
  void aFeminineVerbAfterACountryGoesOnWithTheReport() {
    // وأكدت agrees with المملكة, not with الوزير
    List<Quote> q = quotes("وأوضح الوزير أن المملكة قدمت مساعدات كبيرة، وأكدت على دعمها للشرعية.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).endsWith("دعمها للشرعية");
  }

  @Test
  void aMasculineVerbAfterCommaWaStillEndsTheMasculineSpeakersReport() {
    // وطالب agrees with الوزير and not with الوزارة: the writer goes on about the speaker
    List<Quote> q = quotes("وقال الوزير إن الوزارة رصدت المخالفات، وطالب بالالتزام بالأنظمة.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).endsWith("رصدت المخالفات");
  }

  @Test
  void aStudyWithAnOrdinaryDefiniteWordKeepsBothWords() {
    List<Quote> q = quotes("وأوضحت دراسة الجدوى أن المشروع سيوفر ألف وظيفة.");
    assertThat(q).extracting(Quote::speaker).containsExactly("دراسة الجدوى");
  }

  @Test
  void aReportOnPerformanceIsNotSpokenByThePerformance() {
    List<Quote> q = quotes("وأشار تقرير الأداء إلى أن الشركة حققت أرباحا قياسية.");
    assertThat(q).extracting(Quote::speaker).containsExactly("تقرير الأداء");
  }

  @Test
  void aThesisAndAHumanDevelopmentReportKeepTheirTitles() {
    assertThat(quotes("وأكدت رسالة الماجستير أن الطلاب يفضلون التعليم عن بعد."))
        .extracting(Quote::speaker).containsExactly("رسالة الماجستير");
    assertThat(quotes("وذكر تقرير التنمية البشرية أن معدلات الفقر تراجعت في المنطقة."))
        .extracting(Quote::speaker).containsExactly("تقرير التنمية البشرية");
  }

  @Test
  void aStatementOfAnInstitutionOrOfAnIssuerNamedBeforeStillSpeaksForIt() {
    assertThat(quotes("وأضاف بيان الحكومة أن الاجتماع سيعقد الأسبوع المقبل."))
        .extracting(Quote::speaker).containsExactly("الحكومة");
    // الجيش is no institution noun, but the text named it before
    assertThat(quotes("أعلن الجيش حالة التأهب في الشمال. وأوضح بيان الجيش أن الوحدات انتشرت على الحدود."))
        .extracting(Quote::speaker).containsExactly("الجيش");
  }
}

package org.marsad.nlp.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateSentencesTest {
  @Test
  void a_short_line_without_final_punctuation_followed_by_text_is_a_heading() {
    String text = "بيسكوف: إيجاد حل مستقر للأزمة في سورية يتطلب إشراك كل القوى\n"
        + "وفي تصريح صحفي اليوم أكد المتحدث باسم الرئاسة الروسية أن إيجاد حل مستقر للأزمة يتطلب إشراك كل القوى.";
    List<Candidate> c = CandidateSentences.of(text);
    assertThat(c).hasSize(1);
    assertThat(c.get(0).text()).startsWith("وفي تصريح صحفي");
    assertThat(c.get(0).sectionStart()).isTrue();
  }

  @Test
  void a_last_line_without_punctuation_is_body_text_not_a_heading() {
    assertThat(CandidateSentences.isHeading("وأكد الطرفان تقارب مواقف روسيا والاتحاد الأوروبي", false)).isFalse();
  }

  @Test
  void sentences_cut_inside_a_quotation_are_joined() {
    List<String> joined = CandidateSentences.joinQuoted(List.of(
        "وقال الوزير “إن الجانبين بحثا الخطوات.", "ونأمل أن تستمر المشاركة”.", "وأضاف المصدر أن اللقاء كان مثمرا."));
    assertThat(joined).containsExactly(
        "وقال الوزير “إن الجانبين بحثا الخطوات. ونأمل أن تستمر المشاركة”.", "وأضاف المصدر أن اللقاء كان مثمرا.");
  }

  @Test
  void short_fragments_are_not_candidates() {
    assertThat(CandidateSentences.of("وتابع لافروف. وأشارت الخارجية الروسية إلى أن المكالمة كانت بمبادرة الجانب الأمريكي."))
        .extracting(Candidate::text).containsExactly("وأشارت الخارجية الروسية إلى أن المكالمة كانت بمبادرة الجانب الأمريكي.");
  }

  @Test
  void hard_wrapped_lines_are_joined_not_taken_for_headings() {
    String wrapped = "نجحت سياسة القبضة الحديدية لوزير الطيران المصري الفريق أحمد شفيق في إعادة حركة\n"
        + "الملاحة الجوية إلى طبيعتها في مطار القاهرة الدولي حيث انتظمت مواعيد إقلاع\n"
        + "الطائرات وهبوطها.\n"
        + "وعلمت الوطن أن شفيق رفض وساطة قام بها عدد من العاملين في الشركة\n"
        + "لإقناعه بالعدول عن قراراته.";
    assertThat(CandidateSentences.of(wrapped)).extracting(Candidate::text).containsExactly(
        "نجحت سياسة القبضة الحديدية لوزير الطيران المصري الفريق أحمد شفيق في إعادة حركة الملاحة الجوية إلى طبيعتها في مطار القاهرة الدولي حيث انتظمت مواعيد إقلاع الطائرات وهبوطها.",
        "وعلمت الوطن أن شفيق رفض وساطة قام بها عدد من العاملين في الشركة لإقناعه بالعدول عن قراراته.");
  }

  @Test
  void scare_quotes_are_balanced_and_need_no_join() {
    assertThat(CandidateSentences.quoteDepth("مكافحة تنظيم “داعش” الإرهابي.")).isZero();
  }
}

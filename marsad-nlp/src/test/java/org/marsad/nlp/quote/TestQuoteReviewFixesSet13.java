package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/** Session 13 review of the quotes13 lane: each finding's sentence, and the case the fix must keep. */
class TestQuoteReviewFixesSet13 extends QuoteTestBase {
  @Test
  void aSpokesmanOnBehalfOfABodyKeepsHisRole() {
    // user report: باسم is "on behalf of", not the given name Basem
    assertThat(quotes("أعلن المتحدث باسم الوزارة أن الحكومة ستفتح المعابر غدا."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("المتحدث باسم الوزارة"));
    assertThat(quotes("وقال المتحدث باسم الوزارة إن الحكومة ستفتح المعابر غدا."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("المتحدث باسم الوزارة"));
    assertThat(quotes("وقال المتحدث باسم الوزارة: \"سنفتح المعابر غدا\"."))
        .singleElement().satisfies(x -> {
          assertThat(x.direct()).isTrue();
          assertThat(x.speaker()).isEqualTo("المتحدث باسم الوزارة");
        });
    assertThat(quotes("أعلن المتحدث الرسمي باسم الوزارة أن الحكومة ستفتح المعابر غدا."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("المتحدث الرسمي باسم الوزارة"));
    assertThat(quotes("أعلن المتحدث باسم وزارة الداخلية أن الحكومة ستفتح المعابر غدا."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("المتحدث باسم وزارة الداخلية"));
  }

  @Test
  void aNameAfterTheBodySpokenForIsStillTheName() {
    assertThat(quotes("وقال الناطق بلسان الجيش أفيخاي أدرعي إن الهجوم وقع فجرا."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("أفيخاي أدرعي"));
    assertThat(quotes("وقال المتحدث باسم الوزارة محمد العلي إن الهجوم وقع فجرا."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("محمد العلي"));
  }

  @Test
  void aVerbsObjectAfterARoleIsNoGivenName() {
    // (1) جهود العاملين / تفاصيل الحادث are the verb's objects, not "given name + family name"
    assertThat(quotes("ثمن المدير جهود العاملين وتفانيهم في العمل، مؤكدا أن النتائج مميزة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isNotEqualTo("جهود العاملين").startsWith("المدير"));
    assertThat(quotes("وحين ذكر المراسل تفاصيل الحادث ونوع السيارة قال إن السائق فر."))
        .allSatisfy(x -> assertThat(x.speaker()).doesNotStartWith("تفاصيل"));
    assertThat(SpeakerNames.nounShaped("العاملين")).isTrue();
    assertThat(SpeakerNames.nounShaped("مساعدات")).isTrue();
    // given names of the same shapes stay names
    assertThat(SpeakerNames.nounShaped("حسين")).isFalse();
    assertThat(SpeakerNames.nounShaped("ياسين")).isFalse();
    assertThat(SpeakerNames.nounShaped("توفيق")).isFalse();
    assertThat(SpeakerNames.nounShaped("هارون")).isFalse();
    // the construction the rule is for still works
    assertThat(quotes("توقع القنصل عبدالله الحمراني صدور توصيات لجنة الخبراء قريبا، مؤكدا أن العمل مستمر."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("عبدالله الحمراني"));
  }

  @Test
  void anInstitutionsAdjectiveBeforeAPrepositionStaysInItsName() {
    // (2) المتحدة، العامة، الأحمر are adjectives of the body, not the act announced
    assertThat(quotes("أعلنت الأمم المتحدة عن إرسال مساعدات إلى اليمن. وقال البيان إن المساعدات ستصل خلال أيام."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("الأمم المتحدة"));
    assertThat(quotes("أعلنت النيابة العامة عن توقيف المتهمين. وقال البيان إن التحقيق مستمر."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("النيابة العامة"));
    assertThat(DocumentIssuers.verbalNounShaped("احمر")).isFalse();
    assertThat(DocumentIssuers.verbalNounShaped("عامه")).isFalse();
    assertThat(DocumentIssuers.verbalNounShaped("متحده")).isFalse();
    // verbal nouns still end the issuer
    assertThat(DocumentIssuers.verbalNounShaped("قبض")).isTrue();
    assertThat(DocumentIssuers.verbalNounShaped("انتهاء")).isTrue();
    assertThat(DocumentIssuers.verbalNounShaped("موافقه")).isTrue();
    assertThat(DocumentIssuers.verbalNounShaped("افراج")).isTrue();
  }

  @Test
  void aQuotationNestedInAnOpenOneKeepsTheSpeakersWords() {
    // (3) the inner quotation's closing mark ends both; the speaker's first half is not dropped
    List<Quote> q = quotes("قال شفيق صرصار إن \"قرار الاستقالة من الهيئة جاء بعد التأكد من أن \"الخلاف الحاصل داخل مجلس الهيئة يهدد المسار الديمقراطي\".");
    assertThat(q).filteredOn(Quote::direct).singleElement().satisfies(x -> {
      assertThat(x.text()).startsWith("قرار الاستقالة").endsWith("المسار الديمقراطي");
      assertThat(x.speaker()).isEqualTo("شفيق صرصار");
    });
    // narration after the open mark still leaves the later pair alone (the session-13 rule)
    q = quotes("وقال الوزير إن \"الوضع صعب في المنطقة.. مؤكدا \"لن نتراجع عن قرارنا\".");
    assertThat(q).filteredOn(Quote::direct).singleElement().satisfies(x -> assertThat(x.text()).isEqualTo("لن نتراجع عن قرارنا"));
  }

  @Test
  void aNewReportBetweenTheTwoMarksIsNoNesting() {
    // second review of the fix: a reporting word before the second complementiser opens the
    // writer's new report; its quotation is kept apart, not merged with the open one
    for (String[] c : new String[][] {
        {"وقال الوزير إن \"الحكومة لن تتراجع عن قرارها، وأكد أن \"الإصلاحات ستتواصل\".", "الإصلاحات ستتواصل"},
        {"وقال الوزير إن \"الوضع صعب جدا، مشيرا إلى أن \"الحل سياسي\".", "الحل سياسي"},
        {"قال الرئيس إن \"الحكومة ماضية في الإصلاح، وأضاف أن \"لا تراجع عن ذلك\".", "لا تراجع عن ذلك"},
        {"وأوضح المتحدث أن \"الوزارة تعمل بجد، وتابع بأن \"الخطة ستنفذ قريبا\".", "الخطة ستنفذ قريبا"}}) {
      assertThat(quotes(c[0])).as(c[0]).filteredOn(Quote::direct).extracting(Quote::text).containsExactly(c[1]);
    }
  }

  @Test
  void clearAsAnAdjectiveIsNoReportingVerb() {
    // (4) "الحلال بيّن": the predicate "clear", no quotation
    assertThat(quotes("فالحلال بيّن والحرام بيّن، وديننا دين وسطية واعتدال ورحمة، ولا يمكن أن يستميله أحد.")).isEmpty();
    // the verb after an adjunct ending in a definite noun keeps its report
    assertThat(quotes("وفي هذا الإطار بيّن مدير الهيئة أن العمل مستمر."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("مدير الهيئة"));
  }

  @Test
  void earlierInTheDayIsATimeAdverbialNotASubordinator() {
    // (6) في وقت سابق: "earlier", not "at a time when"
    assertThat(quotes("وأعلن وزير الخارجية الأميركي جون كيري في وقت سابق الخميس أنه سيزور المنطقة."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("جون كيري"));
    // "في وقت" + a verb still opens its clause
    assertThat(quotes("في وقت ألقت الشرطة القبض على المتهمين، أكد الوزير أن التحقيق مستمر."))
        .singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("الوزير"));
  }
}

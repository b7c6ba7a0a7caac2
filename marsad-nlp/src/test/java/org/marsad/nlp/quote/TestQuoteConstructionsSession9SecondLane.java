package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 9, second lane: the session-9 rules made stricter, on sentences of the development
 * corpus sample (seed 909) where they gave a wrong speaker or a report that is none; each test
 * failed with the rules before this lane.
 */
class TestQuoteConstructionsSession9SecondLane extends QuoteTestBase {
  @Test
  void textOfAnAgreementIsNoSpeechVerb() {
    // alweeam 351720: نص "text" (no على after it) read as "stipulated", the agreement as the
    // speaker of the participles and the pro-drop verb after it
    List<Quote> q = quotes("ووصف ظريف نص الاتفاق النووي بانه متوازن مضيفا “لم نحصل على كل مطالبنا وكذلك الطرف الاخر وان الغرب كان يهدف لجعل القضية النووية الايرانية قضية امنية الا ان ايران ارادت اثبات انه لا يمكن عبر الضغط ارغامها على الاستسلام”.\nولفت الى انها المرة الاولى في تاريخ مجلس الامن الدولي الذي يلغي قرارا له دون تنفيذه حتى لدقيقة واحدة مصرحا ان “ملف ايران سيخرج خلال الاعوام العشرة القادمة من مجلس الامن الدولي بصورة كاملة وسيتم غلق الملف النووي في اطار القرار 2231 وبرنامج العمل المشترك الشامل”.\n");
    assertThat(q).extracting(Quote::direct).containsExactly(false, true, false, true);
    assertThat(q).extracting(Quote::speaker).containsOnly("ظريف");
    // with its على the verb stays a report (gold.jsonl: "وينص الفصل 31 على أنه "…"")
    List<Quote> law = quotes("وينص الفصل 31 على أنه \" لوكيل الجمهورية إزاء شكاية لم تبلغ حد الكفاية من التعليل أو التبرير، أن يطلب إجراء بحث مؤقتا ضد، مجهول بواسطة حاكم التحقيق إلى أن توجه تهم أو تصدر عند الاقتضاء طلبات ضد شخص معين\".\n");
    assertThat(law).hasSize(1);
    assertThat(law.get(0).speaker()).isEqualTo("الفصل 31");
    // and the noun before a colon introduces the text itself (al-madina: the royal court's statement)
    List<Quote> text = quotes("أصدر الديوان الملكي أمس بيانًا حول توجه خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إلى خارج المملكة في إجازة خاصة..وفيما يلى نص البيان: «بمشيئة الله تعالى سيتوجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ـ حفظه الله ـ اعتباراً من هذا اليوم السبت إلى خارج المملكة في إجازة خاصة».");
    assertThat(text).hasSize(1);
    assertThat(text.get(0).direct()).isTrue();
    assertThat(text.get(0).speaker()).isEqualTo("الديوان الملكي");
  }

  @Test
  void whatAnAgreementStipulatesInARelativeClauseIsPartOfTheReport() {
    // alwatan 231480: "… اتفاقية الاستقدام التي نصت على أن …" is the source's words, not the
    // agreement's own report cutting the source's clause
    List<Quote> q = quotes("وأشار المصدر، الذي فضل عدم ذكر اسمه، إلى أن الفلبين خالفت الاتفاقية الثنائية لعملية تنظيم استقدام العمالة المنزلية بتحديدها عددا معينا من شركات ومكاتب استقدام ورفض البقية من المكاتب والشركات، وهو ما يعد مخالفة صريحه لبنود اتفاقية الاستقدام التي نصت على أن توظيف العمالة المنزلية يكون من خلال مكاتب أو شركات مرخصة في كلا البلدين، دون تحديد عدد معين لتلك المكاتب والشركات.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("المصدر");
    assertThat(q.get(0).text()).endsWith("لتلك المكاتب والشركات");
  }

  @Test
  void marksAfterAColonThatEndAClauseOpenedByLianAreNoWordsOfTheirOwn() {
    // al-madina 623063 (a column): "لأن قضايا التحرش: «تدخل ضمن …»" — the marks are the predicate of
    // the causal clause, not a quotation of the debaters
    List<Quote> q = quotes("كان لتصريح المتحدث الرسمي للهيئة -الشيخ تركي الشليل- وقع الإفاقة من الغيبوبة، فتذكـّر المتجادلون حدودهم وتنبّهوا إلى أنّهم كانوا يخوضون في شؤون الهيئة، لأن قضايا التحرش: «تدخل ضمن القضايا التي تعالجها الرئاسة وفق اختصاصاتها».");
    assertThat(q).noneMatch(Quote::direct);
    assertThat(q).noneMatch(x -> x.text().startsWith("تدخل ضمن"));
  }

  @Test
  void aCommaAfterARoleAndItsNameInMarksEndsTheSubject() {
    // sabq 8wDgde: "الحديث حول" after the comma was read as the member's name in apposition, and
    // the participle's speaker became "حول"
    List<Quote> q = quotes("وأثار عضو مجلس النواب الفلبيني \"لي باكيز\"، الحديث حول هذه الشهادات المزورة، مطالباً الحكومة الفلبينية بالتحقيق في النشاط الإجرامي لتزوير الشهادات وخصوصاً الهندسية، منبهاً أن هذا الأمر يوقع الشهادات الفلبينية تحت أنظار حكومات الشرق الأوسط، والتي ينتشر فيها حاملو الشهادات الوهمية.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("هذا الأمر يوقع الشهادات الفلبينية");
    assertThat(q.get(0).speaker()).isEqualTo("لي باكيز");
  }
}

package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 19 (set 19 as a development set, bench/RESULTS.md lane quotes19): a name with its
 * lineage before a comma and the verb's object after it, and a quotation after the outlet spoken
 * to, made definite. Each test holds the real sentences of set 19.
 */
class TestQuoteConstructionsSet19 extends QuoteTestBase {

  private static Quote quoteStarting(List<Quote> q, String start) {
    return q.stream().filter(x -> x.text().startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void theObjectAfterANameWithItsLineageIsNoSpeaker() {
    // set 19, alriyadh 1071679: "استنكر محافظ الطائف فهد بن عبدالعزيز بن معمر، حادث التفجير
    // الإرهابي": the three words after the comma are استنكر's object, not the governor's name
    // (the session-start code gave "حادث التفجير الإرهابي" for "وأضاف محافظ الطائف")
    List<Quote> q = quotes("استنكر محافظ الطائف فهد بن عبدالعزيز بن معمر، حادث التفجير الإرهابي الجبان الذي وقع في مسجد قوة "
        + "الطوارىء بمنطقة عسير، واستهدف عدداً من المصلين الأبرياء أثناء أدائهم الصلاة. \nوقال بن معمر: \"إن هذا العمل الإرهابي "
        + "يتنافى مع مبادئ الدين الإسلامي والقيم الإنسانية، وهدفه الأول زرع وبث الفتنة بين أفراد المجتمع\". \nوأضاف محافظ "
        + "الطائف أن المملكة بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود -حفظه الله-، ستمضي قدماً بعون الله "
        + "في مكافحة الإرهاب بحزم لاجتثاثه.");
    assertThat(quoteStarting(q, "المملكة بقيادة").speaker()).isEqualTo("فهد بن عبدالعزيز بن معمر");
  }

  @Test
  void aQuotationAfterTheDefiniteOutletSpokenToIsDirect() {
    // set 19, aawsat 415366: "للقناة" is the channel named before, spoken to; the words in marks
    // are the witness's (the session-start code took them as a channel's name and found only the
    // indirect "اعتقدت ان …" inside them, with "للقناة" in the speaker)
    List<Quote> q = quotes("كما تضررت اسطح منازل اخرى.\nوصرح شاهد من سكان الحي للقناة \"اعتقدت ان الطائرة تحلق على علو منخفض\".\n"
        + "وبث التلفزيون صورا للحادث.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.direct()).isTrue();
      assertThat(x.text()).isEqualTo("اعتقدت ان الطائرة تحلق على علو منخفض");
      assertThat(x.speaker()).isEqualTo("شاهد من سكان الحي");
    });
  }

  @Test
  void aDefiniteMediumAfterARoleOrADocumentIsNoAddressee() {
    // unseen okaz 785239 and aleqt (lane quotes19's first version took "للبرنامج", "للشبكة" for the
    // addressee and kept only "المدير التنفيذي"/"تقرير"): the role's complement and the report's issuer
    List<Quote> role = quotes("وقال المدير التنفيذي للبرنامج الوطني للمعارض والمؤتمرات المهندس طارق العيسى: «البرنامج سيقوم بدراسة "
        + "طلبات الشركات والمؤسسات المرخصة لإقامة المعارض».");
    assertThat(role).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("طارق العيسى"));
    // unseen alweeam 350466
    List<Quote> report = quotes("وافاد تقرير للبرنامج الإنمائي للأمم المتحدة أن اليمن يسحب نحو 169 بالمئة من موارده المائية المتجددة.");
    assertThat(report).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("البرنامج الإنمائي للأمم المتحدة"));
  }
}

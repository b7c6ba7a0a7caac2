package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The question frames and answer candidates of the session-25 answer-type harness (bench/RESULTS.md, lane answertype25). */
class AnswerTypeRerankTest {
  private final AnswerTypeRerank at;

  AnswerTypeRerankTest() throws Exception {
    at = new AnswerTypeRerank();
  }

  @Test
  void readsTheQuestionFrameAndLeavesItsWordsOut() {
    AnswerTypeRerank.Question q = at.read("في أي عام توفي ألبرت أينشتاين؟");
    assertThat(q.type()).isEqualTo(AnswerTypeRerank.Type.DATE);
    assertThat(q.stems()).doesNotContain("عام").hasSize(3);
    assertThat(at.read("- أين تقع مصر؟ ال").type()).isEqualTo(AnswerTypeRerank.Type.PLACE);
    assertThat(at.read("كم تبلغ مساحة ايسلندا؟").type()).isEqualTo(AnswerTypeRerank.Type.NUMBER);
    AnswerTypeRerank.Question who = at.read("من هو جبران خليل جبران؟");
    assertThat(who.type()).isEqualTo(AnswerTypeRerank.Type.PERSON);
    assertThat(who.definition()).isTrue();
  }

  @Test
  void aNewsTitleHasNoFrame() {
    assertThat(at.read("وزير الخارجية يزور القاهرة لبحث الأزمة").type()).isNull();
    assertThat(at.read("نابل: حجز 3 أطنان من الموز المهرب").type()).isNull();
  }

  @Test
  void theSiblingWithAYearNearTheQueryWordsScoresHigher() {
    AnswerTypeRerank.Question q = at.read("متى توفي ألبرت أينشتاين؟");
    AnswerTypeRerank.Doc withYear = AnswerTypeRerank.doc("توفي ألبرت أينشتاين في برينستون عام ١٩٥٥ بعد نزيف داخلي.");
    AnswerTypeRerank.Doc without = AnswerTypeRerank.doc("ألبرت أينشتاين عالم فيزياء نظرية، اشتهر بالنسبية وتوفي في برينستون.");
    double withScore = at.score(q, withYear, Map.of(), 1.0, 10);
    assertThat(withScore).isGreaterThan(0.9);
    assertThat(at.score(q, without, Map.of(), 1.0, 10)).isZero();
    assertThat(at.score(at.read("ألبرت أينشتاين"), withYear, Map.of(), 1.0, 10)).isZero();
  }
}

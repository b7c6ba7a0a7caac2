package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NerScorerTest {

  @Test
  void scores_entities_exactly_as_computed_by_hand() {
    // gold: [سيرغي لافروف]PERS  [موسكو]LOC  [الاتحاد الأوروبي]ORG
    String[] gold = {"B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"};
    // predicted: PERS right; LOC labelled ORG (wrong type); ORG cut short (wrong span)
    String[] pred = {"B-PERS", "I-PERS", "O", "B-ORG", "O", "B-ORG", "O"};
    NerScorer s = new NerScorer();
    s.add(gold, pred);
    Map<String, NerScorer.Score> r = s.scores();
    assertThat(r.get("PERS").f1()).isEqualTo(100.0);
    assertThat(r.get("LOC").recall()).isZero();
    assertThat(r.get("ORG").predicted()).isEqualTo(2);
    assertThat(r.get("ORG").correct()).isZero();
    // micro: 1 correct of 3 gold and 3 predicted -> P = R = F1 = 33.33
    assertThat(r.get("micro").precision()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(r.get("micro").recall()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(r.get("micro").f1()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(s.tokens()).isEqualTo(7);
  }

  @Test
  void an_inside_tag_after_outside_starts_an_entity_like_conlleval() {
    assertThat(EntitySpan.fromTags(new String[] {"O", "I-LOC", "I-LOC", "B-LOC", "I-PERS"}))
        .containsExactly(new EntitySpan(1, 3, EntityType.LOC), new EntitySpan(3, 4, EntityType.LOC),
            new EntitySpan(4, 5, EntityType.PERS));
  }
}

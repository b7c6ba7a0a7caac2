package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void scores_a_split_and_a_merge_as_computed_by_hand() {
    // gold: {a,b} {c}; predicted: {a} {b,c}
    BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "y", "c", "y"), Map.of("a", "1", "b", "1", "c", "2"));
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9)); // (1 + 1/2 + 1/2) / 3
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));    // (1/2 + 1/2 + 1) / 3
    assertThat(s.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.items()).isEqualTo(3);
  }

  @Test
  void identical_clusterings_score_one_and_items_missing_from_prediction_are_ignored() {
    BCubed.Score s = BCubed.score(Map.of("a", "p", "b", "p"), Map.of("a", "g", "b", "g", "z", "h"));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.items()).isEqualTo(2);
  }
}

package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationScoresTest {
  @Test
  void figures_by_hand() {
    List<String> gold = List.of("sports", "sports", "sports", "economy", "economy", "politics");
    List<String> pred = List.of("sports", "sports", "economy", "economy", "sports", "sports");
    ClassificationScores s = new ClassificationScores(gold, pred);
    assertThat(s.accuracy()).isCloseTo(3 / 6.0, within(1e-12));
    // sports: P 2/4, R 2/3, F 4/7; economy: P 1/2, R 1/2, F 1/2; politics: 0
    assertThat(s.perClass().get("sports").f1()).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(s.perClass().get("economy").f1()).isCloseTo(0.5, within(1e-12));
    assertThat(s.perClass().get("politics").support()).isEqualTo(1);
    assertThat(s.macroF1()).isCloseTo((4 / 7.0 + 0.5 + 0) / 3, within(1e-12));
    assertThat(s.labels()).containsExactly("economy", "politics", "sports");
    assertThat(s.confusion()[2]).containsExactly(1, 0, 2); // gold sports -> economy 1, sports 2
  }
}

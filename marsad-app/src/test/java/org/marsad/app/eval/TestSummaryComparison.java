package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-article comparison of systems with a baseline, as {@code marsad eval summary} prints it. */
class TestSummaryComparison {
  private static List<SummaryEvaluation.Scores> rouge2(double... values) {
    return java.util.Arrays.stream(values).mapToObj(v -> new SummaryEvaluation.Scores(0, v, 0, 1)).toList();
  }

  @Test
  void every_other_system_is_compared_with_the_baseline_article_by_article() {
    Map<String, List<SummaryEvaluation.Scores>> per = new LinkedHashMap<>();
    per.put(SummaryEvaluation.MARSAD, rouge2(0.50, 0.40, 0.30));
    per.put(SummaryEvaluation.LEAD, rouge2(0.40, 0.40, 0.35));
    per.put(SummaryEvaluation.TEXTRANK, rouge2(0.30, 0.20, 0.10));
    Map<String, PairedComparison> vsLead = SummaryEvaluation.compare(per, SummaryEvaluation.LEAD);
    assertThat(vsLead).containsOnlyKeys(SummaryEvaluation.MARSAD, SummaryEvaluation.TEXTRANK);
    PairedComparison m = vsLead.get(SummaryEvaluation.MARSAD);
    assertThat(new int[] {m.wins(), m.losses(), m.ties()}).containsExactly(1, 1, 1);
    assertThat(m.meanDiff()).isCloseTo((0.10 - 0.05) / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(vsLead.get(SummaryEvaluation.TEXTRANK).losses()).isEqualTo(3);
    assertThat(SummaryEvaluation.mean(per.get(SummaryEvaluation.LEAD)).rouge2())
        .isCloseTo(1.15 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThatThrownBy(() -> SummaryEvaluation.compare(per, "oracle")).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metric math on tiny cases computed by hand. */
class TestRetrievalMetrics {
  private static final List<String> RANKED = List.of("d1", "d2", "d3", "d4");

  @Test
  void reciprocal_rank_of_the_first_relevant_document() {
    assertThat(RetrievalMetrics.reciprocalRank(RANKED, Map.of("d3", 1), 10)).isEqualTo(1.0 / 3);
    assertThat(RetrievalMetrics.reciprocalRank(RANKED, Map.of("d2", 1, "d4", 1), 10)).isEqualTo(0.5);
    assertThat(RetrievalMetrics.reciprocalRank(RANKED, Map.of("d9", 1), 10)).isZero();
  }

  @Test
  void reciprocal_rank_is_cut_at_k() {
    assertThat(RetrievalMetrics.reciprocalRank(RANKED, Map.of("d3", 1), 2)).isZero();
  }

  @Test
  void zero_grades_are_not_relevant() {
    assertThat(RetrievalMetrics.reciprocalRank(RANKED, Map.of("d1", 0, "d2", 1), 10)).isEqualTo(0.5);
  }

  @Test
  void recall_counts_relevant_documents_found_in_the_top_k() {
    Map<String, Integer> judged = Map.of("d1", 1, "d4", 1, "d9", 1);
    assertThat(RetrievalMetrics.recall(RANKED, judged, 1)).isEqualTo(1.0 / 3);
    assertThat(RetrievalMetrics.recall(RANKED, judged, 10)).isEqualTo(2.0 / 3);
    assertThat(RetrievalMetrics.recall(RANKED, Map.of(), 10)).isZero();
  }

  @Test
  void ndcg_with_one_relevant_document_at_rank_two() {
    // DCG = 1/log2(3) = 0.6309; ideal DCG = 1
    assertThat(RetrievalMetrics.ndcg(RANKED, Map.of("d2", 1), 10)).isCloseTo(0.63093, within(1e-5));
  }

  @Test
  void ndcg_with_graded_judgements() {
    // ranked d1(1) d2(0) d3(2): DCG = 1 + 2/log2(4) = 2; ideal (2,1): 2 + 1/log2(3) = 2.63093
    Map<String, Integer> judged = Map.of("d1", 1, "d3", 2);
    assertThat(RetrievalMetrics.ndcg(RANKED, judged, 10)).isCloseTo(2 / 2.63093, within(1e-5));
    assertThat(RetrievalMetrics.ndcg(List.of("d3", "d1"), judged, 10)).isCloseTo(1.0, within(1e-12));
  }
}

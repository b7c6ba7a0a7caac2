package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.app.eval.PairedComparison;
import org.marsad.app.eval.RetrievalMetrics;

/**
 * The four retrieval figures of one ranking variant summed over its queries, with each query's reciprocal rank kept
 * for a paired comparison against the baseline: the loop body the semantic and answer-type harnesses share.
 */
final class QueryScoreSums {
  private final int depth;
  private double mrr, r1, rDepth, ndcg;
  private final List<Double> reciprocalRanks = new ArrayList<>();

  QueryScoreSums(int depth) {
    this.depth = depth;
  }

  void add(List<String> ranked, Map<String, Integer> judged) {
    double one = RetrievalMetrics.reciprocalRank(ranked, judged, depth);
    reciprocalRanks.add(one);
    mrr += one;
    r1 += RetrievalMetrics.recall(ranked, judged, 1);
    rDepth += RetrievalMetrics.recall(ranked, judged, depth);
    ndcg += RetrievalMetrics.ndcg(ranked, judged, depth);
  }

  double[] reciprocalRanks() {
    return reciprocalRanks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** "MRR@10 … R@1 … R@10 … nDCG@10 …", each the mean over the queries added. */
  String figures() {
    int n = reciprocalRanks.size();
    return String.format(Locale.ROOT, "MRR@10 %.4f  R@1 %.4f  R@10 %.4f  nDCG@10 %.4f", mrr / n, r1 / n, rDepth / n, ndcg / n);
  }

  /** The paired comparison of these queries' reciprocal ranks with the baseline's (same queries, same order). */
  String pairedWith(double[] baseline) {
    return PairedComparison.of(reciprocalRanks(), baseline).toString();
  }
}

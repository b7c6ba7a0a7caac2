package org.marsad.app.eval;

import java.util.List;
import java.util.Map;

/**
 * Per-query ranking metrics over a ranked list of document ids and graded judgements
 * (relevance &gt; 0 is relevant). Averaging over queries is the caller's job.
 */
public final class RetrievalMetrics {
  private RetrievalMetrics() {}

  /** 1/rank of the first relevant document within the top {@code k}, else 0. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> judgements, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judgements.getOrDefault(ranked.get(i), 0) > 0) return 1.0 / (i + 1);
    }
    return 0;
  }

  /** Fraction of the relevant documents found in the top {@code k} (0 when none is relevant). */
  public static double recall(List<String> ranked, Map<String, Integer> judgements, int k) {
    long relevant = judgements.values().stream().filter(r -> r > 0).count();
    if (relevant == 0) return 0;
    int found = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judgements.getOrDefault(ranked.get(i), 0) > 0) found++;
    }
    return (double) found / relevant;
  }

  /**
   * nDCG at {@code k} with linear gain (the relevance grade) and log2(rank + 1) discount, as
   * trec_eval computes it; the ideal ranking sorts all judged documents by grade.
   */
  public static double ndcg(List<String> ranked, Map<String, Integer> judgements, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      int g = judgements.getOrDefault(ranked.get(i), 0);
      if (g > 0) dcg += g / log2(i + 2);
    }
    List<Integer> ideal = judgements.values().stream().filter(r -> r > 0)
        .sorted((a, b) -> Integer.compare(b, a)).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += ideal.get(i) / log2(i + 2);
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}

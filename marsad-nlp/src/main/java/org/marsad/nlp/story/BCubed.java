package org.marsad.nlp.story;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin
 * 1998; Amigó et al. 2009): for every item, the share of items in its predicted cluster that
 * share its gold cluster (precision) and the share of its gold cluster that share its
 * predicted cluster (recall), averaged over items present in both maps.
 */
public final class BCubed {
  private BCubed() {}

  /** Result figures. */
  public record Score(double precision, double recall, double f1, int items) {}

  /** Scores predicted (item → cluster) against gold (item → cluster) over their common items. */
  public static Score score(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Map<String, Integer>> overlap = new HashMap<>(); // predicted cluster → gold cluster → count
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    int n = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) continue;
      n++;
      overlap.computeIfAbsent(p, k -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
    }
    if (n == 0) return new Score(0, 0, 0, 0);
    double precision = 0, recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      if (p == null) continue;
      int both = overlap.get(p).get(e.getValue());
      precision += (double) both / predictedSize.get(p);
      recall += (double) both / goldSize.get(e.getValue());
    }
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, n);
  }
}

package org.marsad.nlp.topic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes with add-one (Laplace) smoothing over whatever tokens it is given:
 * the textbook baseline the topic model is measured against (hand-written because it is ten
 * lines of counting and must stay exactly the textbook method). Not thread-safe while training.
 */
public final class MultinomialNaiveBayes {
  private final Map<String, Integer> docsPerLabel = new HashMap<>();
  private final Map<String, Map<String, Integer>> countsPerLabel = new HashMap<>();
  private final Map<String, Long> tokensPerLabel = new HashMap<>();
  private final Map<String, Boolean> vocabulary = new HashMap<>();
  private int docs;

  /** Adds one training document. */
  public void add(String label, List<String> tokens) {
    docs++;
    docsPerLabel.merge(label, 1, Integer::sum);
    Map<String, Integer> counts = countsPerLabel.computeIfAbsent(label, k -> new HashMap<>());
    for (String t : tokens) {
      counts.merge(t, 1, Integer::sum);
      vocabulary.put(t, Boolean.TRUE);
    }
    tokensPerLabel.merge(label, (long) tokens.size(), Long::sum);
  }

  /** The label maximising log P(label) + sum log P(token | label); unseen tokens are ignored. */
  public String predict(List<String> tokens) {
    if (docs == 0) throw new IllegalStateException("naive Bayes has not been trained");
    double v = vocabulary.size();
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Integer> e : docsPerLabel.entrySet()) {
      String label = e.getKey();
      Map<String, Integer> counts = countsPerLabel.get(label);
      double denom = tokensPerLabel.get(label) + v;
      double score = Math.log(e.getValue() / (double) docs);
      for (String t : tokens) {
        if (!vocabulary.containsKey(t)) continue;
        score += Math.log((counts.getOrDefault(t, 0) + 1) / denom);
      }
      if (score > bestScore || (score == bestScore && label.compareTo(best) < 0)) {
        bestScore = score;
        best = label;
      }
    }
    return best;
  }
}

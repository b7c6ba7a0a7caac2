package org.marsad.nlp.story;

import java.util.HashMap;
import java.util.Map;

/**
 * A sparse, L2-normalised TF-IDF vector. Immutable once built; the map is never exposed for
 * writing so a vector can be shared by several clusters.
 */
public final class TermVector {
  private final Map<String, Double> weights;

  private TermVector(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** Builds a unit vector from raw weights (zero vectors stay empty). */
  public static TermVector normalised(Map<String, Double> raw) {
    double norm = 0;
    for (double w : raw.values()) norm += w * w;
    if (norm == 0) return new TermVector(Map.of());
    double n = Math.sqrt(norm);
    Map<String, Double> unit = new HashMap<>(raw.size() * 2);
    raw.forEach((t, w) -> unit.put(t, w / n));
    return new TermVector(unit);
  }

  /** Cosine similarity with another unit vector (iterates over the smaller one). */
  public double cosine(TermVector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    return dot;
  }

  /** Read-only view of the weights. */
  public Map<String, Double> weights() {
    return java.util.Collections.unmodifiableMap(weights);
  }

  public boolean isEmpty() {
    return weights.isEmpty();
  }
}

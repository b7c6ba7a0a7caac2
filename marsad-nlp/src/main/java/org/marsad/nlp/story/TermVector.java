package org.marsad.nlp.story;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sparse, L2-normalised TF-IDF vector. Immutable once built; the map is never exposed for
 * writing so a vector can be shared by several clusters.
 */
public final class TermVector {
  private final Map<String, Double> weights;
  /**
   * The same entries as parallel arrays, in the map's iteration order: cluster scoring walks
   * these instead of the map's entries (no entry objects, no unboxing), and in the same order,
   * so sums come out bit for bit the same.
   */
  private final String[] terms;
  private final double[] values;

  private TermVector(Map<String, Double> weights) {
    this.weights = weights;
    this.terms = new String[weights.size()];
    this.values = new double[weights.size()];
    int i = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      terms[i] = e.getKey();
      values[i++] = e.getValue();
    }
  }

  /** The terms, in the iteration order of {@link #weights()} (shared array: do not modify). */
  String[] terms() {
    return terms;
  }

  /** The weights of {@link #terms()}, index for index (shared array: do not modify). */
  double[] values() {
    return values;
  }

  /**
   * A saved unit vector, rebuilt with its terms in their saved order (the order {@link #terms()} gave when it was
   * written), so sums over it come out bit for bit as they did before the save.
   */
  static TermVector restored(String[] terms, double[] values) {
    Map<String, Double> w = new LinkedHashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) w.put(terms[i], values[i]);
    return new TermVector(w);
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

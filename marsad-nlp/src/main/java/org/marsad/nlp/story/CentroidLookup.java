package org.marsad.nlp.story;

import java.util.Map;

/**
 * A read-mostly copy of an event's centroid weights for scoring: open addressing over parallel
 * arrays (term, its cached hash, weight), so a lookup probes an int array and compares one string
 * instead of following a hash-map node and unboxing a {@code Double}. Scoring an article looks up
 * each of its terms in every candidate event, and most lookups miss, so this is where the story
 * step spends its time. The event's {@code HashMap} stays the source of truth (its iteration
 * order decides pruning and the saved state); this copy only answers {@link #get}, with the same
 * {@code double} values, so scores are bit for bit the same.
 */
final class CentroidLookup {
  private static final double MISSING = Double.NaN;

  private String[] terms = new String[16];
  private int[] hashes = new int[16];
  private double[] weights = new double[16];
  private int size;

  /** The weight of {@code term}, or NaN when absent (weights are sums of positive TF-IDF values, never NaN). */
  double get(String term) {
    int h = term.hashCode();
    int mask = terms.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      String t = terms[i];
      if (t == null) return MISSING;
      if (hashes[i] == h && (t == term || t.equals(term))) return weights[i];
    }
  }

  /** Sets the weight of {@code term}. */
  void put(String term, double weight) {
    if (2 * (size + 1) > terms.length) grow();
    int h = term.hashCode();
    int mask = terms.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      String t = terms[i];
      if (t == null) {
        terms[i] = term;
        hashes[i] = h;
        weights[i] = weight;
        size++;
        return;
      }
      if (hashes[i] == h && (t == term || t.equals(term))) {
        weights[i] = weight;
        return;
      }
    }
  }

  /** Replaces the content with {@code centroid}'s entries. */
  void setAll(Map<String, Double> centroid) {
    clear();
    centroid.forEach(this::put);
  }

  /** Empties the copy and gives back its memory (a closed event keeps no centroid). */
  void clear() {
    terms = new String[16];
    hashes = new int[16];
    weights = new double[16];
    size = 0;
  }

  private void grow() {
    String[] oldTerms = terms;
    double[] oldWeights = weights;
    terms = new String[oldTerms.length * 2];
    hashes = new int[terms.length];
    weights = new double[terms.length];
    size = 0;
    for (int i = 0; i < oldTerms.length; i++) if (oldTerms[i] != null) put(oldTerms[i], oldWeights[i]);
  }

  /** Spreads the string hash over the low bits the table uses. */
  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}

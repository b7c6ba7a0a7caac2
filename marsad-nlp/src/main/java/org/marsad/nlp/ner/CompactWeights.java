package org.marsad.nlp.ner;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP perceptron/maxent model laid out for fast lookup while tagging: a
 * feature string is hashed to 64 bits and found by open addressing in one {@code long[]}, and
 * its weights for every outcome sit in one row of a flat {@code float[]}. OpenNLP's own
 * {@code HashMap<String, Context>} costs several dependent memory reads per feature (bucket,
 * node, key string, context, its two arrays); profiling showed that lookup to be most of the
 * tagging time. The 64-bit hash stands in for the string: two model features sharing a hash
 * is unlikely (about 10⁻⁸ for a million features), and a feature that is not in the model
 * would have to hit one to be misread.
 */
final class CompactWeights {
  private static final long EMPTY = 0;

  private final long[] keys;
  private final int[] rows;
  private final float[] weights;
  private final int outcomes;
  private final int mask;

  CompactWeights(Map<String, Context> model, int outcomes) {
    this.outcomes = outcomes;
    int capacity = Integer.highestOneBit(Math.max(16, model.size() * 2)) * 2;
    this.keys = new long[capacity];
    this.rows = new int[capacity];
    this.mask = capacity - 1;
    this.weights = new float[model.size() * outcomes];
    int row = 0;
    for (Map.Entry<String, Context> e : model.entrySet()) {
      long h = hash(e.getKey());
      int slot = (int) h & mask;
      while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
      keys[slot] = h;
      rows[slot] = row;
      int[] o = e.getValue().getOutcomes();
      double[] p = e.getValue().getParameters();
      for (int k = 0; k < o.length; k++) weights[row * outcomes + o[k]] = (float) p[k];
      row++;
    }
  }

  /**
   * Weights given by feature hash ({@link #hash}): feature {@code f}'s weight for outcome
   * {@code o} is {@code weights[f * outcomes + o]} (the layout of {@link CrfStage}'s file).
   */
  CompactWeights(long[] featureHashes, float[] weights, int outcomes) {
    this.outcomes = outcomes;
    int capacity = Integer.highestOneBit(Math.max(16, featureHashes.length * 2)) * 2;
    this.keys = new long[capacity];
    this.rows = new int[capacity];
    this.mask = capacity - 1;
    this.weights = weights;
    for (int row = 0; row < featureHashes.length; row++) {
      long h = featureHashes[row];
      int slot = (int) h & mask;
      while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
      keys[slot] = h;
      rows[slot] = row;
    }
  }

  /**
   * One table for two models' weights: for every feature of either, a row of {@code a}'s
   * weights followed by {@code b}'s (zeros for the model that lacks the feature). Two models
   * over mostly the same features (a CRF-stacked model's stages) can then be scored with one
   * lookup per feature.
   */
  static CompactWeights joined(CompactWeights a, CompactWeights b) {
    int outs = a.outcomes + b.outcomes;
    long[] hashes = new long[a.weights.length / a.outcomes + b.weights.length / b.outcomes];
    int n = 0;
    for (long k : a.keys) if (k != EMPTY) hashes[n++] = k;
    for (long k : b.keys) if (k != EMPTY && a.rowOf(k) < 0) hashes[n++] = k;
    hashes = java.util.Arrays.copyOf(hashes, n);
    float[] w = new float[n * outs];
    for (int r = 0; r < n; r++) {
      int ra = a.rowOf(hashes[r]);
      if (ra >= 0) System.arraycopy(a.weights, ra * a.outcomes, w, r * outs, a.outcomes);
      int rb = b.rowOf(hashes[r]);
      if (rb >= 0) System.arraycopy(b.weights, rb * b.outcomes, w, r * outs + a.outcomes, b.outcomes);
    }
    return new CompactWeights(hashes, w, outs);
  }

  /** Weights per feature (the row width). */
  int outcomes() {
    return outcomes;
  }

  /** The row of a feature hash, or -1. */
  private int rowOf(long h) {
    int slot = (int) h & mask;
    long k;
    while ((k = keys[slot]) != EMPTY) {
      if (k == h) return rows[slot];
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Adds the feature's weights to {@code sums} (one per outcome); unknown features add nothing. */
  void add(double[] sums, String feature) {
    addHashed(sums, hash(feature));
  }

  /**
   * Adds the weights of the feature named {@code prefix + a + sep + b} without building that
   * string: the hash is folded over the parts in turn, which gives the hash of the whole.
   */
  void add(double[] sums, String prefix, String a, String sep, String b) {
    addHashed(sums, finish(fold(fold(fold(fold(SEED, prefix), a), sep), b)));
  }

  private void addHashed(double[] sums, long h) {
    int slot = (int) h & mask;
    long k;
    while ((k = keys[slot]) != EMPTY) {
      if (k == h) {
        int base = rows[slot] * outcomes;
        for (int o = 0; o < outcomes; o++) sums[o] += weights[base + o];
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static final long SEED = 0xcbf29ce484222325L;

  /** A 64-bit hash of the string's chars (never {@link #EMPTY}): FNV-1a, then a final mix. */
  static long hash(String s) {
    return finish(fold(SEED, s));
  }

  private static long fold(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long finish(long h) {
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return h == EMPTY ? 1 : h;
  }
}

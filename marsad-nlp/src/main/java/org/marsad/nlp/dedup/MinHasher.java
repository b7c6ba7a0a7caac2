package org.marsad.nlp.dedup;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets by one-permutation hashing with rotation densification
 * (Li, Owen and Zhang 2012; Shrivastava and Li 2014): each shingle is hashed once and falls into
 * one of {@code bands × rows} bins, each bin keeps its minimum, and an empty bin borrows the
 * value of the next non-empty bin to its right (plus an offset per hop). Two sets agree on a bin
 * with probability equal to their Jaccard similarity, like classic MinHash, at the cost of one
 * hash per shingle instead of one per shingle and function. The hash is a fixed SplitMix64
 * mix, so signatures are reproducible across runs and machines.
 */
final class MinHasher {
  private static final long SEED = 0x5EED0F4D5AL;
  private static final long EMPTY = Long.MAX_VALUE;
  private static final long HOP = 0x9E3779B97F4A7C15L;

  private final int bands;
  private final int rows;

  MinHasher(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
  }

  /** One key per band; band b's key is a hash of its rows and b (so all bands share one map). */
  long[] bandKeys(int[] shingles) {
    int bins = bands * rows;
    long[] min = new long[bins];
    Arrays.fill(min, EMPTY);
    for (int sh : shingles) {
      long h = Hashing.mix(sh ^ SEED);
      int bin = (int) Long.remainderUnsigned(h, bins);
      long v = h >>> 8; // value within the bin, independent enough of the bin choice for our purpose
      if (v < min[bin]) min[bin] = v;
    }
    long[] dense = densify(min);
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long k = b;
      for (int r = 0; r < rows; r++) k = Hashing.mix(k ^ dense[b * rows + r]);
      keys[b] = k;
    }
    return keys;
  }

  private static long[] densify(long[] min) {
    int n = min.length;
    long[] out = min.clone();
    boolean any = false;
    for (long v : min) if (v != EMPTY) { any = true; break; }
    if (!any) return out;
    for (int i = 0; i < n; i++) {
      if (min[i] != EMPTY) continue;
      int j = i, hops = 0;
      while (min[j] == EMPTY) { j = (j + 1) % n; hops++; }
      out[i] = Hashing.mix(min[j] + hops * HOP);
    }
    return out;
  }
}

package org.marsad.nlp.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.text.ArabicNormalizer;

/**
 * Distributional word classes learnt from unlabelled text, used as tagger features so that a
 * name the labelled data never showed still looks like the names it did ({@code كيرشوف} lands
 * with other foreign surnames because it is used like them in news text).
 *
 * <p>How: every frequent word is described by its co-occurrence counts with the
 * {@value #CONTEXTS} most frequent words at −2, −1, +1 and +2, weighted by positive pointwise
 * mutual information (context counts smoothed to the power 0.75, as in word2vec), projected to
 * {@value #DIM} dimensions by a sparse random projection and L2-normalised; spherical k-means
 * (k-means++ seeding) groups them into {@value #FINE} fine classes, whose centroids are grouped
 * again into {@value #COARSE} coarse classes. Everything is seeded, so the same text gives the
 * same classes. Words are match-normalised ({@link ArabicNormalizer#match}).
 *
 * <p>File format ({@link #write}, {@link #read}): {@code word<TAB>fine<TAB>coarse} per line.
 */
public final class WordClusters {
  static final int FINE = 256;
  static final int COARSE = 32;
  private static final int DIM = 128;
  private static final int NONZERO = 8;
  private static final int CONTEXTS = 600;
  private static final int[] OFFSETS = {-2, -1, 1, 2};
  private static final int ITERATIONS = 10;

  private final Map<String, Integer> classes; // (coarse << 16) | fine

  private WordClusters(Map<String, Integer> classes) {
    this.classes = classes;
  }

  /** Word → {@code (coarse << 16) | fine}, for storage in the lexicon. */
  Map<String, Integer> packed() {
    return classes;
  }

  static WordClusters of(Map<String, Integer> packed) {
    return new WordClusters(packed);
  }

  /** Number of words with a class. */
  public int size() {
    return classes.size();
  }

  /**
   * Learns classes for the {@code maxWords} most frequent words (seen at least {@code minCount}
   * times) of tokenised sentences.
   */
  public static WordClusters learn(List<String[]> sentences, int maxWords, int minCount, long seed) {
    return learn(sentences, maxWords, minCount, seed, FINE, COARSE);
  }

  /** As {@link #learn(List, int, int, long)} with the given numbers of fine and coarse classes. */
  static WordClusters learn(List<String[]> sentences, int maxWords, int minCount, long seed, int fineClasses,
      int coarseClasses) {
    List<int[]> ids = new ArrayList<>(sentences.size());
    Map<String, Integer> index = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String[] s : sentences) {
      int[] row = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        String w = ArabicNormalizer.match(s[i]);
        Integer id = index.get(w);
        if (id == null) {
          id = words.size();
          index.put(w, id);
          words.add(w);
        }
        row[i] = id;
      }
      ids.add(row);
    }
    int[] freq = new int[words.size()];
    for (int[] row : ids) for (int id : row) freq[id]++;
    Integer[] byFreq = new Integer[words.size()];
    for (int i = 0; i < byFreq.length; i++) byFreq[i] = i;
    Arrays.sort(byFreq, (a, b) -> freq[b] != freq[a] ? Integer.compare(freq[b], freq[a]) : words.get(a).compareTo(words.get(b)));
    // rank[id]: frequency rank; targets are the first maxWords, contexts the first CONTEXTS.
    int[] rank = new int[words.size()];
    for (int r = 0; r < byFreq.length; r++) rank[byFreq[r]] = r;
    int nTargets = 0;
    while (nTargets < Math.min(maxWords, byFreq.length) && freq[byFreq[nTargets]] >= minCount) nTargets++;

    Random rnd = new Random(seed);
    int nCtx = Math.min(CONTEXTS, byFreq.length);
    int slots = OFFSETS.length * nCtx;
    // Exact co-occurrence counts with the most frequent words at each offset.
    int[] cooc = new int[nTargets * slots];
    long[] slotTotals = new long[slots];
    for (int[] row : ids) {
      for (int i = 0; i < row.length; i++) {
        int t = rank[row[i]];
        if (t >= nTargets) continue;
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          if (j < 0 || j >= row.length) continue;
          int c = rank[row[j]];
          if (c >= nCtx) continue;
          cooc[t * slots + o * nCtx + c]++;
          slotTotals[o * nCtx + c]++;
        }
      }
    }
    // Positive PMI with context-distribution smoothing (counts^0.75), then a sparse random
    // projection to DIM dimensions (dot products are kept approximately).
    double smoothedTotal = 0;
    double[] smoothed = new double[slots];
    for (int c = 0; c < slots; c++) smoothedTotal += smoothed[c] = Math.pow(slotTotals[c], 0.75);
    int[][] pos = new int[slots][NONZERO];
    float[][] sign = new float[slots][NONZERO];
    for (int c = 0; c < slots; c++) {
      for (int k = 0; k < NONZERO; k++) {
        pos[c][k] = rnd.nextInt(DIM);
        sign[c][k] = rnd.nextBoolean() ? 1f : -1f;
      }
    }
    float[][] vec = new float[nTargets][DIM];
    for (int t = 0; t < nTargets; t++) {
      long rowTotal = 0;
      for (int c = 0; c < slots; c++) rowTotal += cooc[t * slots + c];
      if (rowTotal == 0) continue;
      float[] v = vec[t];
      for (int c = 0; c < slots; c++) {
        int n = cooc[t * slots + c];
        if (n == 0) continue;
        double pmi = Math.log((n / (double) rowTotal) / (smoothed[c] / smoothedTotal));
        if (pmi <= 0) continue;
        for (int k = 0; k < NONZERO; k++) v[pos[c][k]] += (float) (sign[c][k] * pmi);
      }
    }
    for (float[] v : vec) normalise(v);

    int[] fine = kmeans(vec, fineClasses, ITERATIONS, rnd);
    float[][] centroids = centroids(vec, fine, fineClasses);
    int[] coarse = kmeans(centroids, coarseClasses, ITERATIONS * 2, rnd);
    Map<String, Integer> classes = new HashMap<>(nTargets * 2);
    for (int t = 0; t < nTargets; t++) classes.put(words.get(byFreq[t]), (coarse[fine[t]] << 16) | fine[t]);
    return new WordClusters(classes);
  }

  private static void normalise(float[] v) {
    double s = 0;
    for (float x : v) s += x * x;
    if (s == 0) return;
    float inv = (float) (1 / Math.sqrt(s));
    for (int i = 0; i < v.length; i++) v[i] *= inv;
  }

  /** Spherical k-means (cosine) with k-means++ seeding (centres drawn ∝ squared distance). */
  private static int[] kmeans(float[][] x, int k, int iterations, Random rnd) {
    int n = x.length, d = x[0].length;
    k = Math.min(k, n);
    float[][] c = new float[k][];
    c[0] = x[rnd.nextInt(n)].clone();
    double[] dist = new double[n];
    java.util.Arrays.fill(dist, Double.MAX_VALUE);
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        float dot = 0;
        for (int q = 0; q < d; q++) dot += x[i][q] * c[j - 1][q];
        dist[i] = Math.min(dist[i], Math.max(0, 2 - 2 * dot)); // squared distance of unit vectors
        total += dist[i];
      }
      double pick = rnd.nextDouble() * total;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= dist[i];
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      c[j] = x[chosen].clone();
    }
    int[] assign = new int[n];
    for (int it = 0; it < iterations; it++) {
      for (int i = 0; i < n; i++) {
        float[] xi = x[i];
        int best = 0;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          float[] cj = c[j];
          float dot = 0;
          for (int q = 0; q < d; q++) dot += xi[q] * cj[q];
          if (dot > bestDot) {
            bestDot = dot;
            best = j;
          }
        }
        assign[i] = best;
      }
      float[][] next = centroids(x, assign, k);
      for (int j = 0; j < k; j++) if (next[j] != null) c[j] = next[j];
    }
    return assign;
  }

  private static float[][] centroids(float[][] x, int[] assign, int k) {
    int d = x[0].length;
    float[][] c = new float[k][];
    for (int i = 0; i < x.length; i++) {
      float[] cj = c[assign[i]];
      if (cj == null) c[assign[i]] = cj = new float[d];
      for (int q = 0; q < d; q++) cj[q] += x[i][q];
    }
    for (int j = 0; j < k; j++) {
      if (c[j] == null) c[j] = new float[d];
      normalise(c[j]);
    }
    return c;
  }

  /** Writes {@code word<TAB>fine<TAB>coarse} lines, sorted by word. */
  public void write(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(classes).entrySet()) {
        int v = e.getValue();
        w.write(e.getKey() + "\t" + (v & 0xFFFF) + "\t" + (v >>> 16) + "\n");
      }
    }
  }

  /** Reads {@link #write} output. */
  public static WordClusters read(Path in) throws IOException {
    Map<String, Integer> m = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] p = line.split("\t");
        if (p.length != 3) continue;
        m.put(p[0], (Integer.parseInt(p[2]) << 16) | Integer.parseInt(p[1]));
      }
    }
    return new WordClusters(m);
  }
}

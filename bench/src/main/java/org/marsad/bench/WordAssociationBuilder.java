package org.marsad.bench;

import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * Builds a small distributional word-association model (session 25, bench/RESULTS.md): positive
 * PMI co-occurrence vectors (context-distribution smoothing 0.75) of Marsad's light stems, reduced
 * by a randomized truncated SVD ({@link RandomizedSvd}; {@code -Dmethod=rp}: random projection
 * instead, i.e. random indexing, which needs no linear algebra and gave much noisier neighbours),
 * then the top-k neighbours of each frequent word above a cosine floor.
 *
 * <pre>java -cp "bench/target/marsad-bench.jar:bench/target/lib/*" org.marsad.bench.WordAssociationBuilder CORPUS.txt OUT.tsv [VECTORS.bin]
 *   (-Ddim=200 -Dwindow=4 -DminCount=5 -DminNeighbourCount=10 -Dk=10 -Dfloor=0.3 -Dseed=25 -Deig=0.5 -Dpower=2)</pre>
 * CORPUS.txt is one document per line ({@code bench/word-assoc-corpus.py}). OUT.tsv has one line
 * per word: {@code stem TAB surface TAB neighbour-surface:cosine …}, the surface being the stem's
 * most frequent normalised spelling (what a query analyses again). VECTORS.bin (optional, for
 * the re-scoring experiments of {@link RetrievalSemantic}) holds every vocabulary word's unit
 * vector. Deterministic for a given seed.
 */
public final class WordAssociationBuilder {
  static final int DIM = Integer.getInteger("dim", 200);
  static final int WINDOW = Integer.getInteger("window", 4);
  static final int MIN_COUNT = Integer.getInteger("minCount", 5);
  static final int MIN_NEIGHBOUR_COUNT = Integer.getInteger("minNeighbourCount", 10);
  static final int K = Integer.getInteger("k", 10);
  static final double FLOOR = Double.parseDouble(System.getProperty("floor", "0.3"));
  static final long SEED = Long.getLong("seed", 25);
  /** Non-zero entries of each context's random vector. */
  static final int NONZERO = 8;
  /** Context-distribution smoothing of PPMI (Levy, Goldberg, Dagan 2015). */
  static final double ALPHA = 0.75;
  /** "svd" (randomized truncated SVD of the PPMI matrix) or "rp" (random projection). */
  static final String METHOD = System.getProperty("method", "svd");
  static final int POWER_ITERATIONS = Integer.getInteger("power", 2);
  /** Exponent of the singular values in the word vectors (0: U alone, as Levy et al. 2015 advise for similarity). */
  static final double EIGEN_WEIGHT = Double.parseDouble(System.getProperty("eig", "0.5"));

  private WordAssociationBuilder() {}

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    List<int[]> docs = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    List<String> words = new ArrayList<>();
    List<Map<String, Integer>> surfaces = new ArrayList<>();
    int[] counts = new int[1 << 20];
    Analyzer exact = ArabicNewsAnalyzer.exact();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      List<String> surface = tokens(exact, line);
      int[] doc = new int[surface.size()];
      for (int i = 0; i < doc.length; i++) {
        String s = surface.get(i);
        String stem = ArabicLightStemmer.stem(s);
        if (stem.length() < 2 || !hasArabicLetter(stem)) {
          doc[i] = -1;
          continue;
        }
        Integer id = ids.get(stem);
        if (id == null) {
          id = words.size();
          ids.put(stem, id);
          words.add(stem);
          surfaces.add(new HashMap<>());
          if (id >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[id]++;
        surfaces.get(id).merge(s, 1, Integer::sum);
        doc[i] = id;
      }
      docs.add(doc);
    }
    // Vocabulary: words seen at least MIN_COUNT times, renumbered by falling frequency.
    final int[] c = counts;
    Integer[] order = IntStream.range(0, words.size()).boxed().filter(i -> c[i] >= MIN_COUNT)
        .sorted((a, b) -> Integer.compare(c[b], c[a])).toArray(Integer[]::new);
    int v = order.length;
    int[] remap = new int[words.size()];
    Arrays.fill(remap, -1);
    for (int i = 0; i < v; i++) remap[order[i]] = i;
    long tokens = 0;
    for (int[] doc : docs) {
      for (int i = 0; i < doc.length; i++) {
        if (doc[i] >= 0) doc[i] = remap[doc[i]];
        if (doc[i] >= 0) tokens++;
      }
    }
    System.err.printf(Locale.ROOT, "%d documents, %d vocabulary tokens, %d word types, vocabulary %d (count >= %d)%n",
        docs.size(), tokens, words.size(), v, MIN_COUNT);
    PairCounts pairs = new PairCounts(1 << 22);
    for (int[] doc : docs) {
      for (int i = 0; i < doc.length; i++) {
        if (doc[i] < 0) continue;
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(doc.length - 1, i + WINDOW); j++) {
          if (j != i && doc[j] >= 0 && doc[j] != doc[i]) pairs.add((long) doc[i] * v + doc[j]);
        }
      }
    }
    double[] rowSum = new double[v];
    double[] ctxSmoothed = new double[v];
    double total = 0;
    for (int p = 0; p < pairs.keys.length; p++) {
      if (pairs.counts[p] == 0) continue;
      rowSum[(int) (pairs.keys[p] / v)] += pairs.counts[p];
      total += pairs.counts[p];
    }
    double smoothedTotal = 0;
    for (int i = 0; i < v; i++) smoothedTotal += ctxSmoothed[i] = Math.pow(rowSum[i], ALPHA);
    int[][] ctxIndex = new int[v][NONZERO];
    float[][] ctxSign = new float[v][NONZERO];
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < v; i++) {
      for (int n = 0; n < NONZERO; n++) {
        ctxIndex[i][n] = random.nextInt(DIM);
        ctxSign[i][n] = random.nextBoolean() ? 1f : -1f;
      }
    }
    List<int[]> ppmiAt = new ArrayList<>();
    List<Float> ppmiValue = new ArrayList<>();
    long positive = 0;
    for (int p = 0; p < pairs.keys.length; p++) {
      if (pairs.counts[p] == 0) continue;
      int w = (int) (pairs.keys[p] / v);
      int x = (int) (pairs.keys[p] % v);
      double pmi = Math.log(pairs.counts[p] * total / (rowSum[w] * (ctxSmoothed[x] / smoothedTotal * total)));
      if (pmi <= 0) continue;
      positive++;
      ppmiAt.add(new int[] {w, x});
      ppmiValue.add((float) pmi);
    }
    float[][] vec;
    if ("svd".equals(METHOD)) {
      int[] rows = new int[ppmiAt.size()];
      int[] cols = new int[rows.length];
      float[] vals = new float[rows.length];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = ppmiAt.get(i)[0];
        cols[i] = ppmiAt.get(i)[1];
        vals[i] = ppmiValue.get(i);
      }
      vec = RandomizedSvd.leftVectors(v, rows, cols, vals, DIM, POWER_ITERATIONS, EIGEN_WEIGHT, SEED);
    } else {
      vec = new float[v][DIM];
      for (int i = 0; i < ppmiAt.size(); i++) {
        int w = ppmiAt.get(i)[0];
        int x = ppmiAt.get(i)[1];
        float pmi = ppmiValue.get(i);
        for (int n = 0; n < NONZERO; n++) vec[w][ctxIndex[x][n]] += pmi * ctxSign[x][n];
      }
    }
    for (float[] r : vec) normalise(r);
    System.err.printf(Locale.ROOT, "%d distinct pairs, %d with positive PMI; vectors in %.1f s%n",
        pairs.size, positive, (System.nanoTime() - t0) / 1e9);
    String[] surface = new String[v];
    for (int i = 0; i < v; i++) {
      surface[i] = surfaces.get(order[i]).entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
    int nv = 0;
    while (nv < v && c[order[nv]] >= MIN_NEIGHBOUR_COUNT) nv++;
    final int candidates = nv;
    String[] lines = new String[candidates];
    IntStream.range(0, candidates).parallel().forEach(i -> {
      int[] best = new int[K];
      float[] sim = new float[K];
      Arrays.fill(sim, Float.NEGATIVE_INFINITY);
      for (int j = 0; j < candidates; j++) {
        if (j == i) continue;
        float s = dot(vec[i], vec[j]);
        if (s < FLOOR || s <= sim[K - 1]) continue;
        int at = K - 1;
        while (at > 0 && sim[at - 1] < s) {
          sim[at] = sim[at - 1];
          best[at] = best[at - 1];
          at--;
        }
        sim[at] = s;
        best[at] = j;
      }
      StringBuilder b = new StringBuilder();
      for (int n = 0; n < K && sim[n] >= FLOOR; n++) {
        b.append(n == 0 ? "" : " ").append(surface[best[n]]).append(':').append(String.format(Locale.ROOT, "%.3f", sim[n]));
      }
      lines[i] = b.length() == 0 ? null : words.get(order[i]) + "\t" + surface[i] + "\t" + b;
    });
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      out.write(String.format(Locale.ROOT, "# stem<TAB>surface<TAB>neighbour:cosine ... ; %s; dim %d window %d minCount %d "
          + "minNeighbourCount %d k %d floor %.2f seed %d; PPMI (alpha %.2f) reduced by %s (power %d, eig %.2f); bench WordAssociationBuilder%n",
          Path.of(args[0]).getFileName(), DIM, WINDOW, MIN_COUNT, MIN_NEIGHBOUR_COUNT, K, FLOOR, SEED, ALPHA, METHOD, POWER_ITERATIONS, EIGEN_WEIGHT));
      int written = 0;
      for (String l : lines) {
        if (l == null) continue;
        out.write(l);
        out.write('\n');
        written++;
      }
      System.err.printf(Locale.ROOT, "%d of %d words (count >= %d) have a neighbour >= %.2f; total %.1f s%n",
          written, candidates, MIN_NEIGHBOUR_COUNT, FLOOR, (System.nanoTime() - t0) / 1e9);
    }
    if (args.length > 2) {
      try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(Path.of(args[2]))))) {
        out.writeInt(v);
        out.writeInt(DIM);
        for (int i = 0; i < v; i++) {
          out.writeUTF(words.get(order[i]));
          out.writeInt(c[order[i]]);
          for (float f : vec[i]) out.writeFloat(f);
        }
      }
    }
  }

  /** The analyser's terms of {@code text} (RetrievalExpansion's reading, on the body field). */
  static List<String> tokens(Analyzer a, String text) {
    return RetrievalExpansion.terms(a, "body", text);
  }

  static boolean hasArabicLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '\u0621' && ch <= '\u064A') return true;
    }
    return false;
  }

  static void normalise(float[] r) {
    double n = 0;
    for (float f : r) n += f * f;
    if (n == 0) return;
    float inv = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < r.length; i++) r[i] *= inv;
  }

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** Counts of (word, context) pairs: an open-addressing table of long keys. */
  static final class PairCounts {
    long[] keys;
    int[] counts;
    int size;

    PairCounts(int capacity) {
      keys = new long[capacity];
      counts = new int[capacity];
    }

    void add(long key) {
      if (size * 2 > keys.length) grow();
      int mask = keys.length - 1;
      int at = (int) (mix(key) & mask);
      while (counts[at] != 0 && keys[at] != key) at = (at + 1) & mask;
      if (counts[at] == 0) {
        keys[at] = key;
        size++;
      }
      counts[at]++;
    }

    private void grow() {
      long[] k = keys;
      int[] n = counts;
      keys = new long[k.length * 2];
      counts = new int[k.length * 2];
      size = 0;
      int mask = keys.length - 1;
      for (int i = 0; i < k.length; i++) {
        if (n[i] == 0) continue;
        int at = (int) (mix(k[i]) & mask);
        while (counts[at] != 0) at = (at + 1) & mask;
        keys[at] = k[i];
        counts[at] = n[i];
        size++;
      }
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }
  }
}

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
import java.util.TreeMap;
import org.marsad.text.ArabicNormalizer;

/**
 * Brown word clusters (Brown et al. 1992): a binary hierarchy of word classes learnt from
 * unlabelled text by maximising the likelihood of a class bigram model, each word named by its
 * path from the root ({@code 0110…}). Prefixes of the path are coarser classes; NER taggers use
 * prefixes of several lengths as features (Miller et al. 2004, Ratinov and Roth 2009).
 *
 * <p>Written by hand: there is no maintained Java implementation. Words are clustered in the form
 * the tagger's stem features see them: match-normalised ({@link ArabicNormalizer#match}), with
 * conjunction, preposition and article stripped ({@link ArabicClitics#stem}), so training and
 * tagging agree and و/ب/ل/ال forms of a name pool their counts.
 *
 * <p>Algorithm, in two steps: (1) the exchange algorithm (Kneser and Ney 1993; Martin, Liermann
 * and Ney 1998) puts every word with at least {@code minCount} occurrences into one of {@code C}
 * classes: starting from the {@code C} most frequent words in classes of their own and the others
 * spread by a seeded random draw, each word in turn moves to the class that most increases
 * {@code Σ f(N(g,h)) − Σ f(N_left(g)) − Σ f(N_right(h))}, {@code f(x) = x log x}, over the class
 * bigram counts (the class bigram log-likelihood up to a constant; equivalently Brown's average
 * mutual information); (2) the {@code C} classes are merged bottom-up, each time the pair whose
 * merge loses least of that objective, as Brown's algorithm does (the merge costs of unaffected
 * pairs are updated in O(1) per merge, as in Liang 2005), which gives the binary tree. The output
 * has the shape of Liang's {@code wcluster} (one path per class, words sharing their class's
 * path); C classes at the leaves, so paths can be longer than {@code log2 C}. Deterministic for a
 * seed. Bigrams are counted within lines; a word below {@code minCount} breaks the chain.
 *
 * <p>File format ({@link #write}, {@link #read}): {@code path<TAB>word<TAB>count} per line, as
 * Liang's tool writes it.
 */
public final class BrownClusters {
  /** Paths are stored packed in an int: a leading 1 bit, then the path; longer paths are cut. */
  static final int MAX_DEPTH = 30;

  private final Map<String, String> paths;
  private final Map<String, Integer> counts;

  private BrownClusters(Map<String, String> paths, Map<String, Integer> counts) {
    this.paths = paths;
    this.counts = counts;
  }

  /** The form a token is clustered (and looked up) as: match-normalised, clitics stripped. */
  public static String form(String token) {
    return ArabicClitics.stem(ArabicNormalizer.match(token));
  }

  /** The path of a clustered form ({@link #form}), or null. */
  public String path(String form) {
    return paths.get(form);
  }

  /** Clustered form → path. */
  Map<String, String> paths() {
    return java.util.Collections.unmodifiableMap(paths);
  }

  /** Clusters given as form → path (counts unknown). */
  static BrownClusters of(Map<String, String> paths) {
    return new BrownClusters(new HashMap<>(paths), new HashMap<>());
  }

  /**
   * The objective the exchange step maximises, over {@code lines} with these classes (one class
   * per distinct path): {@code Σ f(N(g,h)) − Σ f(N_left(g)) − Σ f(N_right(h))}, bigrams of
   * clustered words within a line.
   */
  double objective(List<String[]> lines) {
    Map<String, Integer> classOf = new HashMap<>();
    Map<String, Integer> pathId = new HashMap<>();
    paths.forEach((w, p) -> classOf.put(w, pathId.computeIfAbsent(p, k -> pathId.size())));
    int c = pathId.size();
    long[][] n = new long[c][c];
    long[] left = new long[c], right = new long[c];
    for (String[] line : lines) {
      int prev = -1;
      for (String t : line) {
        Integer cur = classOf.get(form(t));
        if (cur != null && prev >= 0) {
          n[prev][cur]++;
          left[prev]++;
          right[cur]++;
        }
        prev = cur == null ? -1 : cur;
      }
    }
    double d = 0;
    for (int g = 0; g < c; g++) {
      for (int h = 0; h < c; h++) d += f(n[g][h]);
      d -= f(left[g]) + f(right[g]);
    }
    return d;
  }

  /** Number of clustered words. */
  public int size() {
    return paths.size();
  }

  /** Number of distinct paths (classes with at least one word). */
  public int classCount() {
    return (int) paths.values().stream().distinct().count();
  }

  /** Clustered form → packed path ({@link #pack}), for the model's lexicon. */
  Map<String, Integer> packed() {
    Map<String, Integer> m = new HashMap<>(paths.size() * 2);
    paths.forEach((w, p) -> m.put(w, pack(p)));
    return m;
  }

  /** {@code 1} followed by the path's bits (at most {@value #MAX_DEPTH}). */
  static int pack(String path) {
    int n = Math.min(path.length(), MAX_DEPTH);
    int v = 1;
    for (int i = 0; i < n; i++) v = (v << 1) | (path.charAt(i) == '1' ? 1 : 0);
    return v;
  }

  /** The path of a {@link #pack}ed value. */
  static String unpack(int packed) {
    return Integer.toBinaryString(packed).substring(1);
  }

  /**
   * Learns clusters from tokenised lines (raw tokens; {@link #form} is applied here).
   *
   * @param classes    number of leaf classes C
   * @param minCount   words seen fewer times are not clustered
   * @param iterations passes of the exchange algorithm over the vocabulary
   */
  public static BrownClusters learn(List<String[]> lines, int classes, int minCount, int iterations, long seed) {
    // Vocabulary: forms with at least minCount occurrences, by count then form (deterministic ids).
    Map<String, Integer> freq = new HashMap<>();
    Map<String, String> formOf = new HashMap<>();
    List<String[]> formLines = new ArrayList<>(lines.size());
    for (String[] line : lines) {
      String[] f = new String[line.length];
      for (int i = 0; i < line.length; i++) {
        f[i] = formOf.computeIfAbsent(line[i], BrownClusters::form);
        freq.merge(f[i], 1, Integer::sum);
      }
      formLines.add(f);
    }
    List<String> vocab = new ArrayList<>();
    freq.forEach((w, c) -> {
      if (c >= minCount) vocab.add(w);
    });
    vocab.sort((a, b) -> freq.get(a).equals(freq.get(b)) ? a.compareTo(b) : Integer.compare(freq.get(b), freq.get(a)));
    int v = vocab.size();
    Map<String, Integer> id = new HashMap<>(v * 2);
    for (int i = 0; i < v; i++) id.put(vocab.get(i), i);

    // Word bigram counts (sparse, both directions).
    Map<Long, int[]> pairs = new HashMap<>();
    for (String[] f : formLines) {
      int prev = -1;
      for (String w : f) {
        Integer cur = id.get(w);
        if (cur != null && prev >= 0) pairs.computeIfAbsent(((long) prev << 32) | cur, k -> new int[1])[0]++;
        prev = cur == null ? -1 : cur;
      }
    }
    formLines = null;
    Bigrams bg = new Bigrams(v, pairs);
    pairs = null;

    int c = Math.min(classes, v);
    int[] cls = new int[v];
    Random rnd = new Random(seed);
    for (int w = 0; w < v; w++) cls[w] = w < c ? w : rnd.nextInt(c);
    ClassCounts cc = new ClassCounts(c, bg, cls);
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) if (cc.exchange(w)) moved++;
      if (moved == 0) break;
    }
    String[] classPath = hierarchy(cc);
    Map<String, String> paths = new HashMap<>(v * 2);
    Map<String, Integer> counts = new HashMap<>(v * 2);
    for (int w = 0; w < v; w++) {
      paths.put(vocab.get(w), classPath[cls[w]]);
      counts.put(vocab.get(w), freq.get(vocab.get(w)));
    }
    return new BrownClusters(paths, counts);
  }

  private static double f(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }

  /** Word bigram counts in compressed rows: successors and predecessors of each word. */
  private static final class Bigrams {
    final int[] succStart, succWord, succCount, predStart, predWord, predCount;
    final int[] selfCount;

    Bigrams(int v, Map<Long, int[]> pairs) {
      long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      int n = keys.length;
      succStart = new int[v + 1];
      predStart = new int[v + 1];
      succWord = new int[n];
      succCount = new int[n];
      predWord = new int[n];
      predCount = new int[n];
      selfCount = new int[v];
      for (long k : keys) {
        succStart[(int) (k >>> 32) + 1]++;
        predStart[(int) k + 1]++;
      }
      for (int i = 0; i < v; i++) {
        succStart[i + 1] += succStart[i];
        predStart[i + 1] += predStart[i];
      }
      int[] sFill = Arrays.copyOf(succStart, v), pFill = Arrays.copyOf(predStart, v);
      for (long k : keys) {
        int a = (int) (k >>> 32), b = (int) k, cnt = pairs.get(k)[0];
        succWord[sFill[a]] = b;
        succCount[sFill[a]++] = cnt;
        predWord[pFill[b]] = a;
        predCount[pFill[b]++] = cnt;
        if (a == b) selfCount[a] = cnt;
      }
    }
  }

  /** Class bigram counts under an assignment, and the exchange step. */
  private static final class ClassCounts {
    final int c;
    final long[][] n; // n[g][h]: bigrams class g then class h
    final long[] left, right; // row and column sums
    final int[] size;
    final Bigrams bg;
    final int[] cls;
    // Scratch for one word: its bigram counts with each class (itself excluded).
    private final long[] toClass, fromClass;
    private final int[] toList, fromList;
    private int toN, fromN;

    ClassCounts(int c, Bigrams bg, int[] cls) {
      this.c = c;
      this.bg = bg;
      this.cls = cls;
      n = new long[c][c];
      left = new long[c];
      right = new long[c];
      size = new int[c];
      toClass = new long[c];
      fromClass = new long[c];
      toList = new int[c];
      fromList = new int[c];
      for (int w = 0; w < cls.length; w++) {
        size[cls[w]]++;
        for (int k = bg.succStart[w]; k < bg.succStart[w + 1]; k++) {
          long cnt = bg.succCount[k];
          n[cls[w]][cls[bg.succWord[k]]] += cnt;
          left[cls[w]] += cnt;
          right[cls[bg.succWord[k]]] += cnt;
        }
      }
    }

    /** Moves word w to its best class; true if it moved. */
    boolean exchange(int w) {
      int from = cls[w];
      if (size[from] == 1) return false; // keep every class non-empty
      gather(w);
      long self = bg.selfCount[w];
      long outTotal = self, inTotal = self;
      for (int i = 0; i < toN; i++) outTotal += toClass[toList[i]];
      for (int i = 0; i < fromN; i++) inTotal += fromClass[fromList[i]];
      move(w, from, outTotal, inTotal, self, -1);
      int best = from;
      double bestGain = gain(from, outTotal, inTotal, self);
      for (int k = 0; k < c; k++) {
        if (k == from) continue;
        double g = gain(k, outTotal, inTotal, self);
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = k;
        }
      }
      move(w, best, outTotal, inTotal, self, +1);
      cls[w] = best;
      clear();
      return best != from;
    }

    private void gather(int w) {
      toN = fromN = 0;
      for (int k = bg.succStart[w]; k < bg.succStart[w + 1]; k++) {
        int u = bg.succWord[k];
        if (u == w) continue;
        int h = cls[u];
        if (toClass[h] == 0) toList[toN++] = h;
        toClass[h] += bg.succCount[k];
      }
      for (int k = bg.predStart[w]; k < bg.predStart[w + 1]; k++) {
        int u = bg.predWord[k];
        if (u == w) continue;
        int g = cls[u];
        if (fromClass[g] == 0) fromList[fromN++] = g;
        fromClass[g] += bg.predCount[k];
      }
    }

    private void clear() {
      for (int i = 0; i < toN; i++) toClass[toList[i]] = 0;
      for (int i = 0; i < fromN; i++) fromClass[fromList[i]] = 0;
    }

    /** Adds (sign +1) or removes (−1) the word's bigrams to/from class k. */
    private void move(int w, int k, long outTotal, long inTotal, long self, int sign) {
      for (int i = 0; i < toN; i++) n[k][toList[i]] += sign * toClass[toList[i]];
      for (int i = 0; i < fromN; i++) n[fromList[i]][k] += sign * fromClass[fromList[i]];
      n[k][k] += sign * self;
      left[k] += sign * outTotal;
      right[k] += sign * inTotal;
      size[k] += sign;
    }

    /** Change of the objective if the (removed) word joined class k. */
    private double gain(int k, long outTotal, long inTotal, long self) {
      double d = 0;
      long[] row = n[k];
      for (int i = 0; i < toN; i++) {
        int h = toList[i];
        if (h == k) continue;
        d += f(row[h] + toClass[h]) - f(row[h]);
      }
      for (int i = 0; i < fromN; i++) {
        int g = fromList[i];
        if (g == k) continue;
        d += f(n[g][k] + fromClass[g]) - f(n[g][k]);
      }
      d += f(row[k] + toClass[k] + fromClass[k] + self) - f(row[k]);
      d -= f(left[k] + outTotal) - f(left[k]);
      d -= f(right[k] + inTotal) - f(right[k]);
      return d;
    }
  }

  /**
   * Merges the classes bottom-up (least loss of the objective first) and returns each class's
   * path from the root. The merged class keeps the lower index and is the left (0) branch.
   */
  private static String[] hierarchy(ClassCounts cc) {
    int c = cc.c;
    long[][] n = new long[c][];
    for (int i = 0; i < c; i++) n[i] = cc.n[i].clone();
    long[] left = cc.left.clone(), right = cc.right.clone();
    boolean[] active = new boolean[c];
    Arrays.fill(active, true);
    double[][] delta = new double[c][c];
    for (int i = 0; i < c; i++) for (int j = i + 1; j < c; j++) delta[i][j] = mergeGain(n, left, right, active, i, j);
    // Tree: node ids 0..c-1 are the classes, then one per merge.
    int[] nodeOf = new int[c];
    for (int i = 0; i < c; i++) nodeOf[i] = i;
    int[] leftChild = new int[2 * c], rightChild = new int[2 * c];
    int next = c;
    for (int step = 0; step < c - 1; step++) {
      int a = -1, b = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < c; i++) {
        if (!active[i]) continue;
        for (int j = i + 1; j < c; j++) {
          if (active[j] && delta[i][j] > best) {
            best = delta[i][j];
            a = i;
            b = j;
          }
        }
      }
      // Pairs not involving a or b: their row/column terms for a and b go, the merged class's come.
      for (int i = 0; i < c; i++) {
        if (!active[i] || i == a || i == b) continue;
        for (int j = i + 1; j < c; j++) {
          if (active[j] && j != a && j != b) delta[i][j] -= term(n, i, j, a) + term(n, i, j, b);
        }
      }
      for (int h = 0; h < c; h++) {
        if (!active[h]) continue;
        if (h != a && h != b) {
          n[a][h] += n[b][h];
          n[h][a] += n[h][b];
        }
      }
      n[a][a] += n[a][b] + n[b][a] + n[b][b];
      left[a] += left[b];
      right[a] += right[b];
      active[b] = false;
      for (int i = 0; i < c; i++) {
        if (!active[i] || i == a) continue;
        for (int j = i + 1; j < c; j++) if (active[j] && j != a) delta[i][j] += term(n, i, j, a);
      }
      for (int i = 0; i < c; i++) {
        if (!active[i] || i == a) continue;
        double g = mergeGain(n, left, right, active, Math.min(i, a), Math.max(i, a));
        delta[Math.min(i, a)][Math.max(i, a)] = g;
      }
      leftChild[next] = nodeOf[a];
      rightChild[next] = nodeOf[b];
      nodeOf[a] = next++;
    }
    String[] path = new String[c];
    fill(next - 1, "", leftChild, rightChild, c, path);
    return path;
  }

  private static void fill(int node, String p, int[] l, int[] r, int c, String[] path) {
    if (node < c) {
      path[node] = p;
      return;
    }
    fill(l[node], p + "0", l, r, c, path);
    fill(r[node], p + "1", l, r, c, path);
  }

  /** The part of a merge's gain for (i, j) that depends on class h's row and column. */
  private static double term(long[][] n, int i, int j, int h) {
    return f(n[i][h] + n[j][h]) - f(n[i][h]) - f(n[j][h]) + f(n[h][i] + n[h][j]) - f(n[h][i]) - f(n[h][j]);
  }

  /** Change of the objective if classes i and j were merged (always ≤ 0). */
  static double mergeGain(long[][] n, long[] left, long[] right, boolean[] active, int i, int j) {
    double d = 0;
    for (int h = 0; h < n.length; h++) if (active[h] && h != i && h != j) d += term(n, i, j, h);
    d += f(n[i][i] + n[i][j] + n[j][i] + n[j][j]) - f(n[i][i]) - f(n[i][j]) - f(n[j][i]) - f(n[j][j]);
    d -= f(left[i] + left[j]) - f(left[i]) - f(left[j]);
    d -= f(right[i] + right[j]) - f(right[i]) - f(right[j]);
    return d;
  }

  /** Writes {@code path<TAB>word<TAB>count} lines, sorted by path then word. */
  public void write(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    TreeMap<String, String> sorted = new TreeMap<>();
    paths.forEach((w, p) -> sorted.put(p + "\t" + w, w));
    try (BufferedWriter wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        wr.write(e.getKey() + "\t" + counts.getOrDefault(e.getValue(), 0) + "\n");
      }
    }
  }

  /** Reads {@link #write} output (or Liang's {@code wcluster} paths file). */
  public static BrownClusters read(Path in) throws IOException {
    Map<String, String> paths = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] p = line.split("\t");
        if (p.length < 2 || !p[0].matches("[01]*")) throw new IOException(in + ": not a Brown cluster file (path<TAB>word<TAB>count): " + line);
        paths.put(p[1], p[0]);
        counts.put(p[1], p.length > 2 ? Integer.parseInt(p[2]) : 0);
      }
    }
    return new BrownClusters(paths, counts);
  }

  /** True if the file's first line looks like a Brown cluster file (a 0/1 path, a tab). */
  public static boolean isBrownFile(Path in) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      return line != null && line.matches("[01]+\t[^\t]+(\t\\d+)?");
    }
  }
}

package org.marsad.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The second stage of a CRF-stacked model ({@code marsad train ner --stages crf}): a linear-chain
 * CRF over the first stage's Arabic features plus the stacked values of {@link StackedContext},
 * trained with Tribuo ({@link CrfTrainer}) and decoded here with its exported weights.
 *
 * <p>Why a decoder of our own rather than Tribuo's model at run time: Tribuo keeps the weights as
 * a dense labels × features matrix of doubles (29 MB in its protobuf form for 146k features) and
 * its {@code predict} builds an example object per word, sorts its feature names and looks each up
 * in a map (about 30k tokens per CPU-second for the whole path in session 4). Here the weights
 * are a {@link CompactWeights} table (64-bit feature hash → one row of floats), the emission
 * scores come from {@link WordScoreCache} (weights summed once per distinct word, no feature
 * strings), and Viterbi over 9 labels is a few hundred additions per word. Tribuo is then needed
 * only to train.
 *
 * <p>Scores: emission of label y at word i = bias(y) + the sum of the weights of the word's
 * features ({@link #features}); a path's score adds transition(y<sub>i−1</sub>, y<sub>i</sub>);
 * no start or end transitions. That, and the tie-breaking in {@link #viterbi} (first label wins),
 * is Tribuo's {@code ChainHelper.viterbi}, so the exported model gives Tribuo's tags
 * ({@code marsad train ner --check} compares them).
 *
 * <p>File format (big-endian, {@link DataOutputStream}): magic {@code MCRF}, version, label count
 * L, the L labels, L biases and L × L transitions (doubles, [previous][current]), feature count
 * N, N feature hashes ({@link CompactWeights#hash} of the feature string), the weight scale s
 * (double), then N × L weights, feature by feature, each a 16-bit integer q standing for q × s
 * (s = the largest |weight| / 32767, so a weight is off by at most s / 2). Sixteen bits rather
 * than a float's 32 make the file 26 instead of 44 bytes a feature; on the development part the
 * tags are still exactly Tribuo's (bench/RESULTS.md). Immutable and safe to share; a
 * {@link Decoder} is per thread.
 */
final class CrfStage {
  private static final int MAGIC = 0x4D435246; // "MCRF"
  private static final int VERSION = 2;
  /** OpenNLP's window over the additional context, which {@link #keeps} narrows. */
  static final int WINDOW = 8;
  /** Window of the first-stage tags (the session-4 experiment's {@code p1-1}, {@code p1}, {@code p1+1}). */
  static final int TAG_WINDOW = 1;

  private final String[] labels;
  private final double[] bias;
  private final double[][] transitions;
  private final long[] hashes;
  private final float[] weights;

  private CrfStage(String[] labels, double[] bias, double[][] transitions, long[] hashes, float[] weights) {
    this.labels = labels;
    this.bias = bias;
    this.transitions = transitions;
    this.hashes = hashes;
    this.weights = weights;
  }

  /**
   * A weight table (one row of label weights per feature hash), built on each call: the tagger
   * builds one table joined with the name finder's ({@link CompactWeights#joined}) and keeps
   * only that.
   */
  CompactWeights weights() {
    return new CompactWeights(hashes, weights, labels.length);
  }

  /**
   * This stage without its feature weights: what decoding needs once the weights are in a table
   * joined with the first stage's ({@link CompactWeights#joined}), which {@link NerTagger}
   * keeps instead (the weights were a second copy of 6.5 MB in the shipped model).
   * {@link #weights()} and {@link #decoder} of the result have no features.
   */
  CrfStage withoutFeatureWeights() {
    return new CrfStage(labels, bias, transitions, new long[0], new float[0]);
  }

  /**
   * The tags of a sentence given each word's feature sums per label (without the bias), read
   * from column {@code offset} on: bias added, Viterbi, valid IOB2.
   */
  String[] decode(double[][] featureSums, int offset) {
    double[][] e = new double[featureSums.length][labels.length];
    for (int i = 0; i < e.length; i++) for (int y = 0; y < labels.length; y++) e[i][y] = featureSums[i][offset + y] + bias[y];
    int[] path = viterbi(e, transitions);
    String[] out = new String[path.length];
    for (int i = 0; i < path.length; i++) out[i] = labels[path[i]];
    return validIob(out);
  }

  /** Reads the exported form. */
  static CrfStage read(byte[] bytes) {
    Exported e = Exported.parse(bytes);
    float[] weights = new float[e.weights.length];
    for (int k = 0; k < weights.length; k++) weights[k] = (float) (e.weights[k] * e.scale);
    return new CrfStage(e.labels, e.bias, e.transitions, e.hashes, weights);
  }

  /** The exported form's parts as stored: 16-bit weights, {@code weights[f * labels + y]}, times {@code scale}. */
  private record Exported(String[] labels, double[] bias, double[][] transitions, long[] hashes, double scale, short[] weights) {

    static Exported parse(byte[] bytes) {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
        if (in.readInt() != MAGIC) throw new IllegalArgumentException("not a Marsad CRF stage");
        int version = in.readInt();
        if (version != VERSION) throw new IllegalArgumentException("unknown CRF stage version " + version);
        int l = in.readInt();
        String[] labels = new String[l];
        for (int y = 0; y < l; y++) labels[y] = in.readUTF();
        double[] bias = new double[l];
        for (int y = 0; y < l; y++) bias[y] = in.readDouble();
        double[][] transitions = new double[l][l];
        for (double[] row : transitions) for (int y = 0; y < l; y++) row[y] = in.readDouble();
        int n = in.readInt();
        long[] hashes = new long[n];
        for (int f = 0; f < n; f++) hashes[f] = in.readLong();
        double scale = in.readDouble();
        short[] weights = new short[n * l];
        for (int k = 0; k < weights.length; k++) weights[k] = in.readShort();
        return new Exported(labels, bias, transitions, hashes, scale, weights);
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to read the CRF stage", e);
      }
    }
  }

  /**
   * The exported form of a trained CRF.
   *
   * @param labels      label names (IOB2 tags) in weight order
   * @param bias        per label
   * @param transitions [previous label][current label]
   * @param features    feature strings
   * @param weights     feature {@code f}'s weight for label {@code y} at {@code f * labels + y}
   */
  static byte[] write(String[] labels, double[] bias, double[][] transitions, String[] features, float[] weights) {
    long[] hashes = new long[features.length];
    for (int f = 0; f < hashes.length; f++) hashes[f] = CompactWeights.hash(features[f]);
    double max = 0;
    for (float w : weights) max = Math.max(max, Math.abs(w));
    double scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    short[] q = new short[weights.length];
    for (int k = 0; k < q.length; k++) q[k] = (short) Math.round(weights[k] / scale);
    return write(labels, bias, transitions, hashes, scale, q);
  }

  private static byte[] write(String[] labels, double[] bias, double[][] transitions, long[] hashes, double scale, short[] q) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(labels.length);
      for (String l : labels) out.writeUTF(l);
      for (double b : bias) out.writeDouble(b);
      for (double[] row : transitions) for (double t : row) out.writeDouble(t);
      out.writeInt(hashes.length);
      for (long h : hashes) out.writeLong(h);
      out.writeDouble(scale);
      for (short w : q) out.writeShort(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The exported form without the features whose weights for every label are below
   * {@code threshold} in absolute value (their stored 16-bit weights times the scale, so pruning
   * a file gives the same bytes as pruning at export). Such a feature moves no label's score by
   * more than the threshold, so dropping it changes few decisions and much of the size: most
   * features of a cutoff-1 CRF are seen once and keep weights near 0. Same scale, same order.
   */
  static byte[] pruned(byte[] exported, double threshold) {
    Exported e = Exported.parse(exported);
    int l = e.labels.length;
    int n = e.hashes.length;
    long[] keptHashes = new long[n];
    short[] kept = new short[n * l];
    int m = 0;
    for (int f = 0; f < n; f++) {
      boolean keep = false;
      for (int y = 0; y < l; y++) keep |= Math.abs(e.weights[f * l + y]) * e.scale >= threshold;
      if (!keep) continue;
      keptHashes[m] = e.hashes[f];
      System.arraycopy(e.weights, f * l, kept, m * l, l);
      m++;
    }
    return write(e.labels, e.bias, e.transitions, Arrays.copyOf(keptHashes, m), e.scale, Arrays.copyOf(kept, m * l));
  }

  /** Features the CRF has weights for. */
  int featureCount() {
    return hashes.length;
  }

  /** Whether the CRF has weights for this feature string (by its hash; a linear scan, for tests). */
  boolean hasFeature(String feature) {
    long h = CompactWeights.hash(feature);
    for (long x : hashes) if (x == h) return true;
    return false;
  }

  /** The label names (IOB2 tags), in weight order. */
  String[] labels() {
    return labels.clone();
  }

  /**
   * Whether a feature of OpenNLP's additional-context window is a CRF feature: the seen-name
   * values at the word only, the first-stage tags within ±{@value #TAG_WINDOW}, the document
   * values at the word only ({@link StackedContext#keepWindowed(String, int, int)}).
   */
  static boolean keeps(String windowedFeature) {
    return StackedContext.keepWindowed(windowedFeature, 0, TAG_WINDOW);
  }

  /**
   * The feature strings of every word of a sentence, as the CRF is trained on them: the Arabic
   * features ({@link ArabicNameFeatureGenerator}) and the additional context (seen names and
   * stacked values) in OpenNLP's window naming, narrowed by {@link #keeps}; each string once. The
   * decoder scores the same features without building them ({@link WordScoreCache}).
   */
  static String[][] features(ArabicNameFeatureGenerator generator, String[] tokens, String[][] context) {
    AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
    additional.setCurrentContext(context);
    WindowFeatureGenerator window = new WindowFeatureGenerator(additional, WINDOW, WINDOW);
    String[][] out = new String[tokens.length][];
    List<String> all = new ArrayList<>();
    Set<String> f = new LinkedHashSet<>();
    generator.clearAdaptiveData();
    for (int i = 0; i < tokens.length; i++) {
      f.clear();
      all.clear();
      generator.createFeatures(all, tokens, i, null);
      f.addAll(all);
      all.clear();
      window.createFeatures(all, tokens, i, null);
      for (String x : all) if (keeps(x)) f.add(x);
      out[i] = f.toArray(String[]::new);
    }
    generator.clearAdaptiveData();
    return out;
  }

  /**
   * The best label sequence given each word's label scores: Tribuo's Viterbi (a path's score is
   * the sum of its emission and transition scores; on a tie the lower label index wins).
   *
   * @param emission    [word][label] scores, bias included
   * @param transitions [previous][current]
   */
  static int[] viterbi(double[][] emission, double[][] transitions) {
    int n = emission.length;
    if (n == 0) return new int[0];
    int l = transitions.length;
    double[] cost = emission[0].clone();
    double[] next = new double[l];
    int[][] back = new int[n][l];
    for (int i = 1; i < n; i++) {
      double[] local = emission[i];
      for (int y = 0; y < l; y++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < l; p++) {
          double s = transitions[p][y] + cost[p] + local[y]; // Tribuo's order of additions
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next[y] = best;
        back[i][y] = arg;
      }
      double[] t = cost;
      cost = next;
      next = t;
    }
    int[] path = new int[n];
    int last = 0;
    for (int y = 1; y < l; y++) if (cost[y] > cost[last]) last = y;
    path[n - 1] = last;
    for (int i = n - 1; i > 0; i--) path[i - 1] = back[i][path[i]];
    return path;
  }

  /**
   * A decoder of the CRF alone with its own weight table and word-score cache, over the CRF's
   * features exactly (the reference the tagger's joined path is tested against); not
   * thread-safe.
   */
  Decoder decoder(ArabicNameFeatureGenerator generator) {
    return new Decoder(new WordScoreCache(generator, weights(), labels, WINDOW, CrfStage::keeps));
  }

  /** Tags sentences with the CRF; one per thread (its cache is not shared). */
  final class Decoder {
    private final WordScoreCache cache;

    private Decoder(WordScoreCache cache) {
      this.cache = cache;
    }

    /** The label scores of every word (bias and features, no transitions). */
    double[][] emission(String[] tokens, String[][] context) {
      double[][] e = cache.score(tokens, context);
      for (double[] row : e) for (int y = 0; y < row.length; y++) row[y] += bias[y];
      return e;
    }

    /** The CRF's labels, exactly as Viterbi chose them. */
    String[] rawTags(String[] tokens, String[][] context) {
      int[] path = viterbi(emission(tokens, context), transitions);
      String[] out = new String[path.length];
      for (int i = 0; i < path.length; i++) out[i] = labels[path[i]];
      return out;
    }

    /**
     * The CRF's tags as valid IOB2: an {@code I-X} that does not continue an X entity starts one
     * ({@code B-X}), which is how the CoNLL scorer reads it anyway.
     */
    String[] tags(String[] tokens, String[][] context) {
      return validIob(rawTags(tokens, context));
    }
  }

  /** The tags with every {@code I-X} that does not continue an X entity made {@code B-X} (a copy). */
  static String[] validIob(String[] tags) {
    String[] t = tags.clone();
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("I-") && (i == 0 || t[i - 1].length() < 2 || !t[i - 1].substring(2).equals(t[i].substring(2)))) {
        t[i] = "B-" + t[i].substring(2);
      }
    }
    return t;
  }
}

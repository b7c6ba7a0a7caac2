package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The decision-independent scores of a sentence for a model with {@link ArabicNameFeatureGenerator}
 * features, summed per word rather than per feature string. Of the ≈ 90 features of a word,
 * all but a handful depend on one word only: the word itself or the word 1 or 2 positions before
 * or after it. So for each distinct token the weights of those features are summed once per
 * relative position (−2…+2) and cached; a word's score is then five cached rows plus the few
 * features that join two words (bigrams, gazetteer pairs), plus OpenNLP's additional-context
 * window, whose features come from a dozen distinct strings and are cached per string and
 * offset. A JFR profile of the string-per-feature path put most of the tagging time in building
 * and hashing those strings and in the cache misses of one weight-table lookup each.
 *
 * <p>The sums are the same weights as the string path's, added in another order, so a score can
 * differ from it in the last bits of the double ({@code GreedyNameDecoderTest} bounds the
 * difference); a decision could only change where two outcomes tie to within that, and the tags
 * of CLEANANERCorp TEST and of the original ANERcorp test part are identical to the string
 * path's (bench/RESULTS.md).
 *
 * <p>Bounded: the cache is emptied when it holds {@value #MAX_WORDS} words (news vocabulary is
 * Zipfian, so the frequent words are back within a few sentences). Not thread-safe.
 */
final class WordScoreCache {
  static final int MAX_WORDS = 20_000;

  private final ArabicNameFeatureGenerator features;
  private final NerLexicon lexicon;
  private final CompactWeights weights;
  private final String[] outcomeNames;
  private final int outcomes;
  private final int window;
  private final java.util.function.Predicate<String> keep;
  private final Map<String, Word> words = new HashMap<>();
  /** Scores of the padding for a missing neighbour, by position {@code d + 2}. */
  private final double[][] padding = new double[5][];
  /** Additional-context scores by context string, then offset {@code k + window} of its word. */
  private final Map<String, double[][]> windowed = new HashMap<>();
  private final AdditionalContextFeatureGenerator contextFeature = new AdditionalContextFeatureGenerator();
  private final List<String> scratch = new ArrayList<>();
  /** Scores of the outcome two words back ({@code ppo}), by outcome. */
  private final double[][] beforeLast;
  /** The words of the sentence last scored (for {@link #addPrevious}). */
  private Word[] sentence = new Word[0];
  /** Where {@link #pairSink} adds. */
  private double[] target;
  private final ArabicNameFeatureGenerator.FeatureSink pairSink;

  /**
   * One token's forms, its scores at each position relative to the tagged word (index d + 2),
   * and, filled when first needed, the scores of the previous-outcome features at this word for
   * each previous outcome.
   */
  private record Word(String token, WordForms forms, double[][] byPosition, double[][] afterOutcome) {}

  /**
   * @param features the model's feature generator (for its word lists and feature groups)
   * @param outcomes the model's outcomes, in weight-row order
   * @param window   the additional context's window on each side
   */
  WordScoreCache(ArabicNameFeatureGenerator features, CompactWeights weights, String[] outcomes, int window) {
    this(features, weights, outcomes, window, StackedContext::keepWindowed);
  }

  /**
   * As above, keeping the additional-context window features {@code keep} accepts (the name
   * finder's: {@link StackedContext#keepWindowed(String)}; the CRF stage's: {@link CrfStage#keeps}).
   */
  WordScoreCache(ArabicNameFeatureGenerator features, CompactWeights weights, String[] outcomes, int window,
      java.util.function.Predicate<String> keep) {
    this.keep = keep;
    this.features = features;
    this.lexicon = features.lexicon();
    this.weights = weights;
    this.outcomeNames = outcomes;
    this.outcomes = outcomes.length;
    this.window = window;
    this.pairSink = (prefix, a, sep, b) -> weights.add(target, prefix, a, sep, b);
    this.beforeLast = new double[this.outcomes][];
    for (int o = 0; o < this.outcomes; o++) beforeLast[o] = sum(List.of(GreedyNameDecoder.beforeLastFeature(outcomes[o])));
    for (int d = -2; d <= 2; d++) {
      if (d == 0) continue;
      scratch.clear();
      ArabicNameFeatureGenerator.neighbourGroup(scratch, d, null);
      padding[d + 2] = sum(scratch);
    }
  }

  /**
   * The score of every outcome for every word of {@code tokens} from all features that do not
   * depend on earlier decisions: the Arabic features and the window of
   * {@code additionalContext} (OpenNLP's additional context, may be null).
   */
  double[][] score(String[] tokens, String[][] additionalContext) {
    int n = tokens.length;
    Word[] w = new Word[n];
    WordForms[] forms = new WordForms[n];
    for (int i = 0; i < n; i++) {
      w[i] = word(tokens[i]);
      forms[i] = w[i].forms();
    }
    double[][] scores = new double[n][outcomes];
    for (int i = 0; i < n; i++) {
      double[] s = scores[i];
      for (int d = -2; d <= 2; d++) {
        int j = i + d;
        add(s, j >= 0 && j < n ? w[j].byPosition()[d + 2] : padding[d + 2]);
      }
      target = s;
      ArabicNameFeatureGenerator.pairGroup(pairSink, forms, i);
    }
    if (additionalContext != null) addWindow(scores, additionalContext);
    sentence = w;
    return scores;
  }

  /**
   * Adds the scores of the previous-outcome features for word {@code i} of the sentence last
   * passed to {@link #score}: {@code po}, {@code pow}, {@code powf} for the previous outcome
   * {@code po} (cached per word and outcome) and {@code ppo} for the one before.
   */
  void addPrevious(double[] sums, int i, int po, int ppo) {
    Word w = sentence[i];
    double[] after = w.afterOutcome()[po];
    if (after == null) {
      scratch.clear();
      GreedyNameDecoder.afterOutcomeFeatures(scratch, outcomeNames[po], w.token());
      after = w.afterOutcome()[po] = sum(scratch);
    }
    add(sums, after);
    add(sums, beforeLast[ppo]);
  }


  /** Each context string of word j adds its offset's scores to every word within the window. */
  void addWindow(double[][] scores, String[][] additionalContext) {
    int n = scores.length;
    for (int j = 0; j < n; j++) {
      for (String c : additionalContext[j]) {
        double[][] byOffset = windowed.computeIfAbsent(c, this::windowScores);
        for (int i = Math.max(0, j - window); i <= Math.min(n - 1, j + window); i++) {
          double[] row = byOffset[j - i + window];
          if (row != null) add(scores[i], row);
        }
      }
    }
  }

  /**
   * The scores of context string {@code c} seen from {@code k} words away, as OpenNLP's
   * {@link WindowFeatureGenerator} over {@link AdditionalContextFeatureGenerator} names them
   * (after {@link StackedContext#keepWindowed}); null for an offset with no feature.
   */
  private double[][] windowScores(String c) {
    scratch.clear();
    contextFeature.setCurrentContext(new String[][] {{c}});
    contextFeature.createFeatures(scratch, new String[] {""}, 0, null);
    List<String> base = List.copyOf(scratch);
    double[][] out = new double[2 * window + 1][];
    for (int k = -window; k <= window; k++) {
      String prefix = k < 0 ? WindowFeatureGenerator.PREV_PREFIX + (-k) : k > 0 ? WindowFeatureGenerator.NEXT_PREFIX + k : "";
      scratch.clear();
      for (String f : base) if (keep.test(prefix + f)) scratch.add(prefix + f);
      // null where the window keeps nothing (a stacked model's document values away from their word)
      out[k + window] = scratch.isEmpty() ? null : sum(scratch);
    }
    return out;
  }

  private Word word(String token) {
    Word w = words.get(token);
    if (w != null) return w;
    if (words.size() >= MAX_WORDS) words.clear();
    WordForms forms = WordForms.of(token, lexicon);
    double[][] byPosition = new double[5][];
    for (int d = -2; d <= 2; d++) {
      scratch.clear();
      if (d == 0) features.ownGroup(scratch, forms);
      else ArabicNameFeatureGenerator.neighbourGroup(scratch, d, forms);
      byPosition[d + 2] = sum(scratch);
    }
    w = new Word(token, forms, byPosition, new double[outcomes][]);
    words.put(token, w);
    return w;
  }

  private double[] sum(List<String> featureStrings) {
    double[] s = new double[outcomes];
    for (String f : featureStrings) weights.add(s, f);
    return s;
  }

  private static void add(double[] into, double[] row) {
    for (int o = 0; o < into.length; o++) into[o] += row[o];
  }

  /** Words cached now (for tests). */
  int size() {
    return words.size();
  }
}

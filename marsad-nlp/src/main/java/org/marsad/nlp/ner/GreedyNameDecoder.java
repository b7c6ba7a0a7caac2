package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Left-to-right greedy decoding (beam 1) of an OpenNLP name-finder model, for speed. It uses the
 * same features as OpenNLP's {@code NameFinderME} (the model's context generator plus the
 * additional context in a ±8 window, then the previous-outcome features {@code po}, {@code pow},
 * {@code powf}, {@code ppo}) and keeps only the best valid outcome at each word, but:
 * <ul>
 *   <li>the features that do not depend on earlier decisions are scored once per word, and only
 *       the four previous-outcome features are added per decision (a beam re-scores everything
 *       for every entry);</li>
 *   <li>for models with Marsad's Arabic features those scores come from {@link WordScoreCache}
 *       (weights summed once per distinct word, no feature strings); other models build
 *       OpenNLP's feature strings;</li>
 *   <li>it sums the model's weights directly (no probability normalisation, which does not
 *       change the best outcome of a perceptron), read from {@link CompactWeights}.</li>
 * </ul>
 * Not thread-safe (one per thread); the model it reads is shared.
 */
final class GreedyNameDecoder {
  private static final String OTHER = "other";
  private static final int WINDOW = 8;

  private final NameContextGenerator contexts;
  private final AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
  private final CompactWeights weights;
  private final String[] outcomes;
  private final int other;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  private final double[] sums;
  private final boolean[] tried;
  /** The per-word scorer for models with Marsad's Arabic features, else null (string features). */
  private final WordScoreCache cache;

  GreedyNameDecoder(TokenNameFinderModel model) {
    this(model, weightsOf(model));
  }

  /** A decoder reading {@code weights} (built once per model by {@link #weightsOf}, shareable). */
  GreedyNameDecoder(TokenNameFinderModel model, CompactWeights weights) {
    this(model, weights, null);
  }

  /**
   * A decoder whose word scores come from {@code joined}, a table whose rows start with this
   * model's weights and go on with another model's ({@link CompactWeights#joined}); the rows
   * {@link #scores} returns then carry both models' sums, and decisions read the first part.
   * For a CRF-stacked model, whose stages share most features. {@code joinedOutcomes} names
   * the columns (this model's outcomes first).
   */
  GreedyNameDecoder(TokenNameFinderModel model, CompactWeights joined, String[] joinedOutcomes) {
    this(outcomesOf(model), model.getFactory().createSequenceCodec(), model.getFactory().createContextGenerator(),
        model.getFactory() instanceof ArabicNameFinderFactory f ? (ArabicNameFeatureGenerator) f.createFeatureGenerators() : null,
        joined, joinedOutcomes);
    if (joinedOutcomes != null && cache == null) throw new IllegalArgumentException("a joined weight table needs Marsad's Arabic features");
  }

  /**
   * A decoder over a joined table ({@link #GreedyNameDecoder(TokenNameFinderModel, CompactWeights, String[])})
   * given only what it reads of a model with Marsad's Arabic features: its outcomes, its codec
   * and its lexicon. Without the model's context generator (which only the string path uses),
   * so that a tagger keeps no OpenNLP model (its weight map and artifacts) once the joined table
   * is built.
   */
  static GreedyNameDecoder overJoined(String[] outcomes, SequenceCodec<String> codec, NerLexicon lexicon,
      CompactWeights joined, String[] joinedOutcomes) {
    return new GreedyNameDecoder(outcomes, codec, null, new ArabicNameFeatureGenerator(lexicon), joined, joinedOutcomes);
  }

  private GreedyNameDecoder(String[] outcomes, SequenceCodec<String> codec, NameContextGenerator contexts,
      ArabicNameFeatureGenerator features, CompactWeights weights, String[] joinedOutcomes) {
    this.weights = weights;
    this.outcomes = outcomes;
    this.other = Arrays.asList(outcomes).indexOf(OTHER);
    if (other < 0) throw new IllegalArgumentException("name-finder model without the outcome " + OTHER);
    this.codec = codec;
    this.validator = codec.createSequenceValidator();
    this.contexts = contexts;
    if (contexts != null) contexts.addFeatureGenerator(new WindowFeatureGenerator(additional, WINDOW, WINDOW));
    this.sums = new double[outcomes.length];
    this.tried = new boolean[outcomes.length];
    this.cache = features != null
        ? new WordScoreCache(features, weights, joinedOutcomes != null ? joinedOutcomes : outcomes, WINDOW) : null;
  }

  /**
   * The decision-independent scores of a sentence (with a joined table, both models' columns);
   * {@link #decide} must follow for the same sentence. Models with Marsad's features only.
   */
  double[][] scores(String[] tokens, String[][] additionalContext) {
    return cache.score(tokens, additionalContext);
  }

  /** Adds the additional-context window's scores of {@code context} to {@code scores} (all columns). */
  void addContext(double[][] scores, String[][] context) {
    cache.addWindow(scores, context);
  }

  @SuppressWarnings("unchecked")
  static CompactWeights weightsOf(TokenNameFinderModel model) {
    AbstractModel m = model.getArtifact("nameFinder.model");
    return new CompactWeights((Map<String, Context>) m.getDataStructures()[1], m.getNumOutcomes());
  }

  /** The name finder's outcome names, in the order of its weights. */
  static String[] outcomesOf(TokenNameFinderModel model) {
    AbstractModel m = model.getArtifact("nameFinder.model");
    return (String[]) m.getDataStructures()[2];
  }

  /** Forgets adaptive feature data (the shipped features keep none across sentences). */
  void clearAdaptiveData() {
    if (contexts != null) contexts.clearAdaptiveData();
  }

  Span[] find(String[] tokens, String[][] additionalContext) {
    return decide(tokens, cache != null ? cache.score(tokens, additionalContext) : stringScores(tokens, additionalContext));
  }

  /**
   * The greedy decisions over a sentence's decision-independent scores (rows may be wider than
   * the outcomes: only the first columns are read), from {@link #scores} for that sentence.
   */
  Span[] decide(String[] tokens, double[][] independent) {
    int n = tokens.length;
    int[] chosen = new int[n];
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      int po = i > 0 ? chosen[i - 1] : other;
      int ppo = i > 1 ? chosen[i - 2] : other;
      System.arraycopy(independent[i], 0, sums, 0, sums.length);
      if (cache != null) {
        cache.addPrevious(sums, i, po, ppo);
      } else {
        List<String> f = new ArrayList<>(4);
        afterOutcomeFeatures(f, outcomes[po], tokens[i]);
        f.add(beforeLastFeature(outcomes[ppo]));
        for (String feature : f) weights.add(sums, feature);
      }
      chosen[i] = best(i, tokens, names);
      names[i] = outcomes[chosen[i]];
    }
    return codec.decode(Arrays.asList(names));
  }

  /** OpenNLP's features of the previous outcome {@code po} at {@code token}: po, pow, powf. */
  static void afterOutcomeFeatures(List<String> f, String po, String token) {
    f.add("po=" + po);
    f.add("pow=" + po + "," + token);
    f.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(token));
  }

  /** OpenNLP's feature of the outcome two words back. */
  static String beforeLastFeature(String ppo) {
    return "ppo=" + ppo;
  }

  /** The decision-independent scores from the model's context generator, one feature string at a time. */
  double[][] stringScores(String[] tokens, String[][] additionalContext) {
    additional.setCurrentContext(additionalContext);
    double[][] scores = new double[tokens.length][outcomes.length];
    for (int i = 0; i < tokens.length; i++) {
      for (String f : contexts.getContext(i, tokens, null, additionalContext)) weights.add(scores[i], f);
    }
    return scores;
  }

  /** The same scores by {@link WordScoreCache} (null for models without Marsad's Arabic features). */
  double[][] cachedScores(String[] tokens, String[][] additionalContext) {
    return cache == null ? null : cache.score(tokens, additionalContext);
  }

  /** The highest-scoring outcome the codec allows after the outcomes chosen so far. */
  private int best(int i, String[] tokens, String[] chosen) {
    Arrays.fill(tried, false);
    String[] before = Arrays.copyOf(chosen, i);
    for (int round = 0; round < outcomes.length; round++) {
      int b = -1;
      for (int k = 0; k < outcomes.length; k++) if (!tried[k] && (b < 0 || sums[k] > sums[b])) b = k;
      tried[b] = true;
      if (validator.validSequence(i, tokens, before, outcomes[b])) return b;
    }
    return other;
  }
}

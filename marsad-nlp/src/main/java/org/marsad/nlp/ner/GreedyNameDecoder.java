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
 * Left-to-right greedy decoding (beam 1) of an OpenNLP name-finder model, for speed. It produces
 * the same features as OpenNLP's {@code NameFinderME} (the model's context generator plus the
 * additional context in a ±8 window, then the previous-outcome features {@code po}, {@code pow},
 * {@code powf}, {@code ppo}) and keeps only the best valid outcome at each word, but:
 * <ul>
 *   <li>the features that do not depend on earlier decisions are scored once per word, and only
 *       the four previous-outcome features are added per decision (a beam re-scores everything
 *       for every entry);</li>
 *   <li>it sums the model's weights directly (no probability normalisation, which does not
 *       change the best outcome of a perceptron), read from {@link CompactWeights}.</li>
 * </ul>
 * Not thread-safe (one per thread); the model it reads is shared.
 */
final class GreedyNameDecoder {
  private static final String OTHER = "other";

  private final NameContextGenerator contexts;
  private final AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
  private final CompactWeights weights;
  private final String[] outcomes;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  private final double[] sums;
  private final boolean[] tried;

  GreedyNameDecoder(TokenNameFinderModel model) {
    this(model, weightsOf(model));
  }

  /** A decoder reading {@code weights} (built once per model by {@link #weightsOf}, shareable). */
  GreedyNameDecoder(TokenNameFinderModel model, CompactWeights weights) {
    this.weights = weights;
    this.outcomes = outcomesOf(model);
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.contexts = model.getFactory().createContextGenerator();
    contexts.addFeatureGenerator(new WindowFeatureGenerator(additional, 8, 8));
    this.sums = new double[outcomes.length];
    this.tried = new boolean[outcomes.length];
  }

  @SuppressWarnings("unchecked")
  static CompactWeights weightsOf(TokenNameFinderModel model) {
    AbstractModel m = model.getArtifact("nameFinder.model");
    return new CompactWeights((Map<String, Context>) m.getDataStructures()[1], m.getNumOutcomes());
  }

  private static String[] outcomesOf(TokenNameFinderModel model) {
    AbstractModel m = model.getArtifact("nameFinder.model");
    return (String[]) m.getDataStructures()[2];
  }

  /** Forgets adaptive feature data (the shipped features keep none across sentences). */
  void clearAdaptiveData() {
    contexts.clearAdaptiveData();
  }

  Span[] find(String[] tokens, String[][] additionalContext) {
    additional.setCurrentContext(additionalContext);
    int n = tokens.length;
    String[] chosen = new String[n];
    List<String> sequence = new ArrayList<>(n);
    double[] base = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      Arrays.fill(base, 0);
      for (String f : contexts.getContext(i, tokens, null, additionalContext)) add(base, f);
      String po = i > 0 ? chosen[i - 1] : OTHER;
      String ppo = i > 1 ? chosen[i - 2] : OTHER;
      System.arraycopy(base, 0, sums, 0, sums.length);
      add(sums, "po=" + po);
      add(sums, "pow=" + po + "," + tokens[i]);
      add(sums, "powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]));
      add(sums, "ppo=" + ppo);
      chosen[i] = best(i, tokens, chosen);
      sequence.add(chosen[i]);
    }
    return codec.decode(sequence);
  }

  private void add(double[] s, String feature) {
    weights.add(s, feature);
  }

  /** The highest-scoring outcome the codec allows after the outcomes chosen so far. */
  private String best(int i, String[] tokens, String[] chosen) {
    Arrays.fill(tried, false);
    String[] before = Arrays.copyOf(chosen, i);
    for (int round = 0; round < outcomes.length; round++) {
      int b = -1;
      for (int k = 0; k < outcomes.length; k++) if (!tried[k] && (b < 0 || sums[k] > sums[b])) b = k;
      tried[b] = true;
      if (validator.validSequence(i, tokens, before, outcomes[b])) return outcomes[b];
    }
    return OTHER;
  }
}

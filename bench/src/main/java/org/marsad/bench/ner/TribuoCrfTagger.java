package org.marsad.bench.ner;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * A linear-chain CRF (Tribuo's {@link CRFTrainer}, AdaGrad SGD) over string features per word.
 * Features seen fewer than {@code cutoff} times in training are dropped before Tribuo sees
 * them (Tribuo keeps a dense label × feature weight matrix, so the feature count is the model
 * size). Feature strings are interned through the kept-feature map: ~11 M feature occurrences
 * would otherwise be ~11 M distinct String objects.
 */
public final class TribuoCrfTagger {
  private static final LabelFactory LABELS = new LabelFactory();

  private final CRFModel model;

  private TribuoCrfTagger(CRFModel model) {
    this.model = model;
  }

  /**
   * Trains on sentences given as features per word and gold tags.
   *
   * @param epochs passes of SGD over the data
   * @param cutoff minimum training count of a feature
   * @param seed   Tribuo's shuffling seed
   */
  public static TribuoCrfTagger train(List<String[][]> features, List<String[]> tags, int epochs, int cutoff, long seed) {
    return train(features, tags, epochs, cutoff, seed, new AdaGrad(0.1, 0.1));
  }

  /** As above with another optimiser (e.g. a larger AdaGrad rate, or parameter averaging). */
  public static TribuoCrfTagger train(List<String[][]> features, List<String[]> tags, int epochs, int cutoff, long seed,
      StochasticGradientOptimiser optimiser) {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    Map<String, int[]> counts = new HashMap<>();
    for (String[][] s : features) for (String[] w : s) for (String f : w) counts.computeIfAbsent(f, k -> new int[1])[0]++;
    Map<String, String> kept = new HashMap<>();
    counts.forEach((f, c) -> {
      if (c[0] >= cutoff) kept.put(f, f);
    });
    counts.clear();
    List<SequenceExample<Label>> examples = new ArrayList<>(features.size());
    for (int k = 0; k < features.size(); k++) {
      String[][] s = features.get(k);
      List<Example<Label>> words = new ArrayList<>(s.length);
      for (int i = 0; i < s.length; i++) words.add(example(new Label(tags.get(k)[i]), s[i], kept));
      examples.add(new SequenceExample<>(words));
    }
    MutableSequenceDataset<Label> ds = new MutableSequenceDataset<>(
        new ListDataSourceShim(examples), new SimpleDataSourceProvenance("ner-train", OffsetDateTime.now(), LABELS), LABELS);
    CRFTrainer trainer = new CRFTrainer(optimiser, epochs, Integer.MAX_VALUE, 1, seed);
    return new TribuoCrfTagger((CRFModel) trainer.train(ds, java.util.Map.of()));
  }

  private static ArrayExample<Label> example(Label label, String[] f, Map<String, String> kept) {
    List<String> names = new ArrayList<>(f.length);
    for (String x : f) {
      String c = kept == null ? x : kept.get(x);
      if (c != null) names.add(c);
    }
    if (names.isEmpty()) names.add("bias"); // Tribuo rejects featureless examples
    String[] n = names.toArray(String[]::new);
    double[] v = new double[n.length];
    java.util.Arrays.fill(v, 1.0);
    return new ArrayExample<>(label, n, v);
  }

  /** Tags one sentence (Viterbi). */
  public String[] tag(String[][] features) {
    if (features.length == 0) return new String[0];
    List<Example<Label>> words = new ArrayList<>(features.length);
    for (String[] f : features) words.add(example(LABELS.getUnknownOutput(), f, null));
    List<Prediction<Label>> p = model.predict(new SequenceExample<>(words));
    String[] out = new String[features.length];
    for (int i = 0; i < out.length; i++) out[i] = p.get(i).getOutput().getLabel();
    return out;
  }

  /** Size of the model in Tribuo's protobuf form (what shipping it as is would cost). */
  public long serializedBytes() {
    return model.serialize().toByteArray().length;
  }

  /** Number of features the model kept. */
  public int featureCount() {
    return model.getFeatureIDMap().size();
  }

  /** Adapts a list to the constructor's iterable-with-provenance form. */
  private static final class ListDataSourceShim implements Iterable<SequenceExample<Label>> {
    private final List<SequenceExample<Label>> list;

    ListDataSourceShim(List<SequenceExample<Label>> list) {
      this.list = list;
    }

    public java.util.Iterator<SequenceExample<Label>> iterator() {
      return list.iterator();
    }
  }
}

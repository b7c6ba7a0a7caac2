package org.marsad.nlp.ner;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.CRFTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.sequence.MutableSequenceDataset;
import org.tribuo.sequence.SequenceExample;

/**
 * Trains the CRF second stage with Tribuo's linear-chain CRF ({@link CRFTrainer}: AdaGrad SGD,
 * initial rate {@value #RATE}, {@value #EPOCHS} epochs, one example per step, Tribuo's shuffling
 * seeded) and exports its weights for {@link CrfStage}. The settings are those of the session-4
 * experiment ({@code bench/run NerCrfExperiments … stack:perc:5:20d:5:2}). Features seen fewer
 * than {@value #CUTOFF} times in training (or the cutoff given) are dropped before Tribuo sees
 * them: Tribuo keeps a dense labels × features matrix, so the feature count is the model's size.
 *
 * <p>The only class of the package that uses Tribuo (an optional dependency of this module):
 * tagging never loads it.
 */
final class CrfTrainer {
  static final int EPOCHS = 5;
  static final int CUTOFF = 2;
  static final double RATE = 0.1;
  private static final LabelFactory LABELS = new LabelFactory();

  private CrfTrainer() {}

  /** A trained CRF: Tribuo's model (for checking the export) and its exported form. */
  record Trained(CRFModel model, byte[] exported) {
    /** Tribuo's own Viterbi tags of one sentence given its feature strings. */
    String[] tribuoTags(String[][] features) {
      if (features.length == 0) return new String[0];
      List<Example<Label>> words = new ArrayList<>(features.length);
      for (String[] f : features) words.add(example(LABELS.getUnknownOutput(), f));
      List<Prediction<Label>> p = model.predict(new SequenceExample<>(words));
      String[] out = new String[features.length];
      for (int i = 0; i < out.length; i++) out[i] = p.get(i).getOutput().getLabel();
      return out;
    }
  }

  /**
   * Trains on sentences given as feature strings per word ({@link CrfStage#features}) and gold
   * IOB2 tags.
   *
   * @param seed Tribuo's shuffling seed (the training is otherwise deterministic)
   */
  static Trained train(List<String[][]> features, List<String[]> tags, long seed) {
    return train(features, tags, seed, CUTOFF, 0);
  }

  /**
   * As above, with features seen fewer than {@code cutoff} times dropped before training and,
   * after it, those whose weights are all below {@code prune} in absolute value
   * ({@link CrfStage#pruned}).
   */
  static Trained train(List<String[][]> features, List<String[]> tags, long seed, int cutoff, double prune) {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    Map<String, int[]> counts = new HashMap<>();
    for (String[][] s : features) for (String[] w : s) for (String f : w) counts.computeIfAbsent(f, k -> new int[1])[0]++;
    List<SequenceExample<Label>> examples = new ArrayList<>(features.size());
    for (int k = 0; k < features.size(); k++) {
      String[][] s = features.get(k);
      List<Example<Label>> words = new ArrayList<>(s.length);
      for (int i = 0; i < s.length; i++) {
        List<String> kept = new ArrayList<>(s[i].length);
        for (String f : s[i]) if (counts.get(f)[0] >= cutoff) kept.add(f);
        words.add(example(new Label(tags.get(k)[i]), kept.toArray(String[]::new)));
      }
      if (!words.isEmpty()) examples.add(new SequenceExample<>(words));
    }
    counts.clear();
    MutableSequenceDataset<Label> ds = new MutableSequenceDataset<>(examples,
        new SimpleDataSourceProvenance("marsad-ner-stage2", OffsetDateTime.now(), LABELS), LABELS);
    CRFTrainer trainer = new CRFTrainer(new AdaGrad(RATE, 0.1), EPOCHS, Integer.MAX_VALUE, 1, seed);
    CRFModel model = (CRFModel) trainer.train(ds, Map.of());
    return new Trained(model, prune > 0 ? CrfStage.pruned(export(model), prune) : export(model));
  }

  /** One word for Tribuo: every feature with value 1. */
  private static ArrayExample<Label> example(Label label, String[] f) {
    // Tribuo rejects a featureless example; a name no model has stands in (it adds nothing).
    String[] names = f.length == 0 ? new String[] {"<none>"} : f;
    double[] v = new double[names.length];
    java.util.Arrays.fill(v, 1.0);
    return new ArrayExample<>(label, names, v);
  }

  /**
   * The model's labels, biases, transitions and feature weights in {@link CrfStage}'s format.
   * Tribuo exposes the feature weights ({@link CRFModel#getFeatureWeights(int)}) but not the
   * biases and transitions, so its parameter object is read by reflection; its {@code get()}
   * returns {biases, feature × label weights, label × label transitions}.
   */
  static byte[] export(CRFModel model) {
    Tensor[] p;
    try {
      java.lang.reflect.Field f = CRFModel.class.getDeclaredField("parameters");
      f.setAccessible(true);
      p = ((org.tribuo.math.Parameters) f.get(model)).get();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Unexpected Tribuo CRFModel layout", e);
    }
    DenseVector biases = (DenseVector) p[0];
    DenseMatrix featureLabel = (DenseMatrix) p[1]; // labels × features
    DenseMatrix labelLabel = (DenseMatrix) p[2]; // [previous][current]
    ImmutableOutputInfo<Label> info = model.getOutputIDInfo();
    ImmutableFeatureMap fm = model.getFeatureIDMap();
    int l = info.size();
    int n = fm.size();
    String[] labels = new String[l];
    double[] bias = new double[l];
    double[][] transitions = new double[l][l];
    for (int y = 0; y < l; y++) {
      labels[y] = info.getOutput(y).getLabel();
      bias[y] = biases.get(y);
      for (int z = 0; z < l; z++) transitions[y][z] = labelLabel.get(y, z);
    }
    String[] names = new String[n];
    float[] weights = new float[n * l];
    for (int id = 0; id < n; id++) {
      names[id] = fm.get(id).getName();
      for (int y = 0; y < l; y++) weights[id * l + y] = (float) featureLabel.get(y, id);
    }
    return CrfStage.write(labels, bias, transitions, names, weights);
  }
}

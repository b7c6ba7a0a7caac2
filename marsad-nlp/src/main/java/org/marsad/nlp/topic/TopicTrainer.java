package org.marsad.nlp.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the topic model: an OpenNLP document categoriser over {@link TopicFeatures} (the
 * features are computed here, so the model's own feature generator is plain bag-of-words
 * over them). Training is deterministic: the same examples in the same order give the same
 * model bytes' behaviour.
 */
public final class TopicTrainer {
  /** The learner: OpenNLP's L-BFGS maximum entropy with L2 regularisation. */
  public static final String ALGORITHM = "MAXENT_QN";
  public static final int ITERATIONS = 150;
  public static final int CUTOFF = 5;
  public static final double L2 = 1.0;

  private final TrainingParameters params;

  /** The product settings. */
  public TopicTrainer() {
    this(ALGORITHM, ITERATIONS, CUTOFF, L2);
  }

  /** Explicit settings (for experiments and tests). */
  public TopicTrainer(String algorithm, int iterations, int cutoff, double l2) {
    params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("L2Cost", l2);
    params.put("L1Cost", 0.0);
    params.put("PrintMessages", false);
  }

  /** Trains a classifier on the examples (at least two labels needed). */
  public TopicClassifier train(List<LabelledText> examples) {
    List<DocumentSample> samples = new ArrayList<>(examples.size());
    for (LabelledText e : examples) {
      samples.add(new DocumentSample(e.label().key(), TopicFeatures.of(e.title(), e.text())));
    }
    try {
      DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
      DoccatModel model = DocumentCategorizerME.train("ar", ObjectStreamUtils.createObjectStream(samples), params, factory);
      return new TopicClassifier(model);
    } catch (IOException e) {
      throw new UncheckedIOException("topic model training failed", e); // in-memory streams only
    }
  }
}

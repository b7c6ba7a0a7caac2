package org.marsad.nlp.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Arabic name finder. Training is deterministic: OpenNLP's perceptron and maxent
 * trainers have no randomness, and the only use of the seed is to shuffle the sentence order
 * when it is not 0 (seed 0 keeps the file order, which keeps the previous-map feature's
 * document context intact).
 */
public final class NerTrainer {
  /** Parts the training data is cut into for the jackknifed seen-name lists. */
  static final int FOLDS = 10;

  private NerTrainer() {}

  /**
   * Training options.
   *
   * @param algorithm  OpenNLP trainer: PERCEPTRON, MAXENT (GIS), MAXENT_QN (L-BFGS)
   * @param iterations training iterations
   * @param cutoff     features seen fewer times than this are dropped (keeps the model small)
   * @param beamSize   beam width the model decodes with (1 = greedy)
   * @param seed       0 keeps the sentence order, anything else shuffles it with this seed
   * @param gazetteer  ANETAC-style gazetteer whose words feed the lexicon features, or null
   * @param clusters   word-class file from {@link WordClusters#write}, or null (no class features)
   */
  public record Options(String algorithm, int iterations, int cutoff, int beamSize, long seed, Path gazetteer, Path clusters) {
    public static Options defaults() {
      return new Options("PERCEPTRON", 100, 2, 3, 0, null, null);
    }

    public Options withClusters(Path c) {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, gazetteer, c);
    }

    public Options withIterations(int n) {
      return new Options(algorithm, n, cutoff, beamSize, seed, gazetteer, clusters);
    }

    public Options withSeed(long s) {
      return new Options(algorithm, iterations, cutoff, beamSize, s, gazetteer, clusters);
    }

    public Options withGazetteer(Path g) {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, g, clusters);
    }

    public Options withAlgorithm(String a) {
      return new Options(a, iterations, cutoff, beamSize, seed, gazetteer, clusters);
    }

    public Options withCutoff(int c) {
      return new Options(algorithm, iterations, c, beamSize, seed, gazetteer, clusters);
    }

    public Options withBeamSize(int b) {
      return new Options(algorithm, iterations, cutoff, b, seed, gazetteer, clusters);
    }
  }

  /** Trains a model on tagged sentences. */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences, Options o) throws IOException {
    NerLexicon.Builder lb = new NerLexicon.Builder().addTrainingSentences(sentences);
    if (o.gazetteer() != null) lb.addGazetteer(o.gazetteer());
    if (o.clusters() != null) lb.addClusters(WordClusters.read(o.clusters()));
    NerLexicon lexicon = lb.build();

    List<TaggedSentence> order = new ArrayList<>(sentences);
    if (o.seed() != 0) Collections.shuffle(order, new Random(o.seed()));
    // Jackknifed seen-name context: each fold gets the list built from the other folds.
    List<SeenNames> seen = SeenNames.jackknifed(order, FOLDS);
    List<NameSample> samples = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      TaggedSentence s = order.get(i);
      samples.add(toSample(s, seen.get(i).context(s.tokens()), i == 0));
    }

    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put("BeamSize", o.beamSize());
    p.put("PrintMessages", false);
    return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), p,
        new ArabicNameFinderFactory(lexicon));
  }

  /** Trains and writes the model file. */
  public static void trainToFile(List<TaggedSentence> sentences, Options o, Path out) throws IOException {
    TokenNameFinderModel model = train(sentences, o);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
  }

  static NameSample toSample(TaggedSentence s, String[][] context, boolean clearAdaptive) {
    List<EntitySpan> spans = EntitySpan.fromTags(s.tags());
    Span[] names = new Span[spans.size()];
    for (int i = 0; i < names.length; i++) {
      EntitySpan e = spans.get(i);
      names[i] = new Span(e.start(), e.end(), e.type().name());
    }
    return new NameSample(null, s.tokens(), names, context, clearAdaptive);
  }
}

package org.marsad.bench;

import java.nio.file.Path;
import java.util.List;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerEvaluation;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.ner.NerTrainer;
import org.marsad.nlp.ner.TaggedSentence;

/**
 * Model selection for the NER tagger on a held-out DEV part of the training file (its last
 * 400 sentences); the test files are not used here.
 * Usage: bench/run NerExperiments TRAIN_FILE GAZETTEER|- CLUSTERS|- ALGO:ITER:CUTOFF:BEAM[:STAGES] ...
 * (STAGES 2: the stacked two-stage model {@code marsad train ner} ships; default 1)
 */
public final class NerExperiments {
  private NerExperiments() {}

  /** OpenNLP's default name-finder features (the reference point), perceptron. */
  private static void trainBaseline(List<TaggedSentence> train, NerTrainer.Options o, Path out) throws Exception {
    List<opennlp.tools.namefind.NameSample> samples = new java.util.ArrayList<>();
    for (TaggedSentence s : train) {
      List<org.marsad.nlp.ner.EntitySpan> spans = org.marsad.nlp.ner.EntitySpan.fromTags(s.tags());
      opennlp.tools.util.Span[] names = spans.stream()
          .map(e -> new opennlp.tools.util.Span(e.start(), e.end(), e.type().name())).toArray(opennlp.tools.util.Span[]::new);
      samples.add(new opennlp.tools.namefind.NameSample(s.tokens(), names, false));
    }
    opennlp.tools.util.TrainingParameters p = new opennlp.tools.util.TrainingParameters();
    p.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, o.iterations());
    p.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, o.cutoff());
    p.put("BeamSize", o.beamSize());
    opennlp.tools.namefind.TokenNameFinderModel m = opennlp.tools.namefind.NameFinderME.train("ar", null,
        opennlp.tools.util.ObjectStreamUtils.createObjectStream(samples), p, new opennlp.tools.namefind.TokenNameFinderFactory());
    try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out)) {
      m.serialize(os);
    }
  }

  public static void main(String[] args) throws Exception {
    List<TaggedSentence> all = NerCorpus.read(Path.of(args[0]));
    Path gaz = args[1].equals("-") ? null : Path.of(args[1]);
    Path clusters = args[2].equals("-") ? null : Path.of(args[2]);
    int dev = 400;
    List<TaggedSentence> train = all.subList(0, all.size() - dev);
    List<TaggedSentence> held = all.subList(all.size() - dev, all.size());
    for (int k = 3; k < args.length; k++) {
      String[] c = args[k].split(":");
      NerTrainer.Options o = NerTrainer.Options.defaults().withAlgorithm(c[0]).withIterations(Integer.parseInt(c[1]))
          .withCutoff(Integer.parseInt(c[2])).withBeamSize(Integer.parseInt(c[3])).withGazetteer(gaz).withClusters(clusters)
          .withStages(c.length > 4 ? Integer.parseInt(c[4]) : 1);
      long t0 = System.nanoTime();
      NerTagger tagger;
      Path saved = Path.of(System.getProperty("java.io.tmpdir"), "ner-dev-" + args[k].replace(':', '_') + (gaz != null ? "-gaz" : "")
          + (clusters != null ? "-" + clusters.getFileName() : "") + ".bin");
      if (java.nio.file.Files.exists(saved)) {
        tagger = NerTagger.load(saved);
      } else {
        if (c[0].equals("BASELINE")) trainBaseline(train, o, saved);
        else NerTrainer.trainToFile(train, o, saved);
        tagger = NerTagger.load(saved);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      for (int w = 0; w < 4; w++) System.out.printf("warm-up %.0f tok/s%n", NerEvaluation.run(tagger, held).tokensPerSecond());
      NerEvaluation e = NerEvaluation.run(tagger, held);
      StringBuilder sb = new StringBuilder();
      e.scores().forEach((t, s) -> sb.append(String.format(" %s=%.1f", t, s.f1())));
      System.out.printf("%s gaz=%s clusters=%s train=%.0fs dev:%s  %.0f tok/s, %.0f tok/cpu-s%n", args[k], gaz != null, clusters, secs, sb,
          e.tokensPerSecond(), e.tokensPerCpuSecond());
      for (int size : new int[] {10, 20}) {
        NerEvaluation d = NerEvaluation.runInDocuments(tagger, held, size);
        StringBuilder db = new StringBuilder();
        d.scores().forEach((t, s) -> db.append(String.format(" %s=%.1f", t, s.f1())));
        System.out.printf("  with document consistency, %d-sentence documents:%s%n", size, db);
      }
    }
  }
}

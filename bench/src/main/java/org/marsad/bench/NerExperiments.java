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
 * Usage: bench/run NerExperiments TRAIN_FILE GAZETTEER|- ALGO:ITER:CUTOFF:BEAM ...
 */
public final class NerExperiments {
  private NerExperiments() {}

  public static void main(String[] args) throws Exception {
    List<TaggedSentence> all = NerCorpus.read(Path.of(args[0]));
    Path gaz = args[1].equals("-") ? null : Path.of(args[1]);
    int dev = 400;
    List<TaggedSentence> train = all.subList(0, all.size() - dev);
    List<TaggedSentence> held = all.subList(all.size() - dev, all.size());
    for (int k = 2; k < args.length; k++) {
      String[] c = args[k].split(":");
      NerTrainer.Options o = NerTrainer.Options.defaults().withAlgorithm(c[0]).withIterations(Integer.parseInt(c[1]))
          .withCutoff(Integer.parseInt(c[2])).withBeamSize(Integer.parseInt(c[3])).withGazetteer(gaz);
      long t0 = System.nanoTime();
      NerTagger tagger = new NerTagger(NerTrainer.train(train, o));
      double secs = (System.nanoTime() - t0) / 1e9;
      for (int w = 0; w < 4; w++) System.out.printf("warm-up %.0f tok/s%n", NerEvaluation.run(tagger, held).tokensPerSecond());
      NerEvaluation e = NerEvaluation.run(tagger, held);
      StringBuilder sb = new StringBuilder();
      e.scores().forEach((t, s) -> sb.append(String.format(" %s=%.1f", t, s.f1())));
      System.out.printf("%s gaz=%s train=%.0fs dev:%s  %.0f tok/s%n", args[k], gaz != null, secs, sb, e.tokensPerSecond());
    }
  }
}

package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerEvaluation;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.ner.NerTrainer;
import org.marsad.nlp.ner.TaggedSentence;

/**
 * Sweeps the CRF pruning threshold of one trained CRF-stacked model ({@code marsad train ner
 * --crf-prune} after training, without retraining): for each threshold, writes the pruned model
 * to {@code OUT_PREFIX-T.bin} and prints its CRF features, file size and micro-F1 on the
 * development file, sentence by sentence and in 20-sentence documents (as {@code marsad eval ner
 * [--documents 20]}).
 * bench/run NerCrfPrune MODEL DEV_FILE OUT_PREFIX THRESHOLD...
 */
public final class NerCrfPrune {
  private NerCrfPrune() {}

  public static void main(String[] args) throws Exception {
    Path model = Path.of(args[0]);
    List<TaggedSentence> dev = NerCorpus.read(Path.of(args[1]));
    String prefix = args[2];
    for (int k = 3; k < args.length; k++) {
      double t = Double.parseDouble(args[k]);
      Path out = Path.of(prefix + "-" + args[k] + ".bin");
      int kept = NerTrainer.pruneCrf(model, t, out);
      NerTagger tagger = NerTagger.load(out);
      double sentences = NerEvaluation.run(tagger, dev).microF1();
      double documents = NerEvaluation.runInDocuments(tagger, dev, 20).microF1();
      System.out.printf(Locale.ROOT, "threshold %s: %,d CRF features, %,d bytes; micro-F1 %.2f sentence by sentence, %.2f in 20-sentence documents%n",
          args[k], kept, Files.size(out), sentences, documents);
    }
  }
}

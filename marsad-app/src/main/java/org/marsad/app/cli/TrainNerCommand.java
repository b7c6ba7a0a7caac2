package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerTrainer;
import org.marsad.nlp.ner.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad train ner}: trains the Arabic name finder (deterministic for given options). */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train the named-entity model on a token<space>tag file (blank line between sentences).")
public final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--train", required = true, description = "Training file (IOB2, e.g. cleananercorp_TRAIN.txt).")
  Path train;

  @Option(names = "--out", required = true, description = "Model file to write.")
  Path out;

  @Option(names = "--gazetteer", description = "ANETAC-style gazetteer (CLASS english arabic per line) for the name-word features.")
  Path gazetteer;

  @Option(names = "--clusters", description = "Word classes from `marsad train clusters` (k-means, or Brown with --brown: detected from the file) for the word-class features.")
  Path clusters;

  @Option(names = "--clusters-crf-only",
      description = "With --stages crf: the --clusters features feed the CRF second stage only, not the name finder.")
  boolean clustersCrfOnly;

  @Option(names = "--seed", defaultValue = "0", description = "0 keeps the sentence order; otherwise shuffle with this seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON, MAXENT (GIS) or MAXENT_QN (L-BFGS) (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--cutoff", defaultValue = "2", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--beam", defaultValue = "3", description = "Beam size the model decodes with (default: ${DEFAULT-VALUE}).")
  int beam;

  @Option(names = "--stages", defaultValue = "1",
      description = "1: one name finder; 2: stacked, a second name finder over the first stage's tags in the document; crf: stacked with a CRF second stage (both stacked kinds run a 5-fold cross-validation inside) (default: ${DEFAULT-VALUE}).")
  String stages;

  @Option(names = "--crf-cutoff", defaultValue = "2",
      description = "With --stages crf: drop the CRF's features seen fewer times in training (default: ${DEFAULT-VALUE}).")
  int crfCutoff;

  @Option(names = "--crf-prune", defaultValue = "0",
      description = "With --stages crf: after training, drop the CRF's features whose weights are all below this in absolute value (default: ${DEFAULT-VALUE}, none).")
  double crfPrune;

  @Option(names = "--check", description = "With --stages crf: after training, tag this file (documents of 20 sentences) with Tribuo's CRF and with the exported one and print how many tags differ.")
  Path check;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(train)) throw new IllegalArgumentException(train + ": no such file");
    if (gazetteer != null && !Files.isRegularFile(gazetteer)) throw new IllegalArgumentException(gazetteer + ": no such file");
    if (clusters != null && !Files.isRegularFile(clusters)) throw new IllegalArgumentException(clusters + ": no such file");
    if (check != null && !Files.isRegularFile(check)) throw new IllegalArgumentException(check + ": no such file");
    boolean crf = stages.equals("crf");
    OptionCheck.require(spec, crf || stages.equals("1") || stages.equals("2"), "--stages must be 1, 2 or crf, not " + stages);
    List<TaggedSentence> sentences = NerCorpus.read(train);
    NerTrainer.Options o = new NerTrainer.Options(algorithm, iterations, cutoff, beam, seed, gazetteer, clusters, crf ? 2 : Integer.parseInt(stages), crf,
        crfCutoff, crfPrune, clustersCrfOnly && crf);
    long t0 = System.nanoTime();
    NerTrainer.trainToFile(sentences, o, out, check == null ? List.of() : NerCorpus.read(check), System.out);
    System.out.printf("trained %s (%s) on %d sentences in %.0f s: %s (%d bytes)%n", algorithm,
        crf ? "2 stages, CRF second" : stages.equals("1") ? "1 stage" : "2 stages", sentences.size(), (System.nanoTime() - t0) / 1e9, out, Files.size(out));
    return MarsadCli.EXIT_OK;
  }
}

package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.bench.ner.StackedFeatures;
import org.marsad.bench.ner.TribuoCrfTagger;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerFeatures;
import org.marsad.nlp.ner.NerScorer;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.ner.NerTrainer;
import org.marsad.nlp.ner.TaggedSentence;

/**
 * NER experiments beyond OpenNLP's perceptron, on the same development part as
 * {@link NerExperiments} (the last 400 sentences of the training file; trained on the rest;
 * the test files are not used):
 * <ul>
 *   <li>{@code crf:EPOCHS:CUTOFF[:RATE[:avg]]} — Tribuo linear-chain CRF over the shipped tagger's features
 *       ({@link NerFeatures}: the Arabic feature generator and the jackknifed seen-name lists);</li>
 *   <li>{@code stack:STAGE1:FOLDS:DOCSIZE:EPOCHS:CUTOFF[:RATE[:avg]]} — two-stage stacking (Krishnan &amp;
 *       Manning 2006): a CRF whose features add how a first-stage tagger labelled the same word
 *       elsewhere in the pseudo-document ({@link StackedFeatures}). STAGE1 is {@code perc}
 *       (the shipped perceptron, 100 iterations, cutoff 2, beam 1) or {@code crfE_C}. The
 *       first-stage labels of the training part come from FOLDS-fold cross-validation (each
 *       fold tagged by a model trained on the other folds, with its own lexicon); the
 *       development part is tagged by a first stage trained on the whole training part.
 *       DOCSIZE {@code 20d}: document-level values only (no batch-level {@code c…} values), as
 *       the product can compute them for one article.</li>
 * </ul>
 * Usage: {@code bench/run NerCrfExperiments TRAIN_FILE GAZETTEER|- VARIANT...}, or
 * {@code … final:STAGE1:FOLDS:DOCSIZE:E:C TEST_FILE[@FROM_LINE]...} for the one scoring of a
 * chosen system on test files ({@link #finalRun}). First-stage
 * labels are cached under {@code java.io.tmpdir/nercrf-*}.
 */
public final class NerCrfExperiments {
  private static final int DEV = 400;

  private NerCrfExperiments() {}

  public static void main(String[] args) throws Exception {
    List<TaggedSentence> all = NerCorpus.read(Path.of(args[0]));
    Path gaz = args[1].equals("-") ? null : Path.of(args[1]);
    if (args[2].startsWith("final:")) {
      finalRun(all, gaz, args[2].split(":"), java.util.Arrays.copyOfRange(args, 3, args.length));
      return;
    }
    List<TaggedSentence> train = all.subList(0, all.size() - DEV);
    List<TaggedSentence> dev = all.subList(all.size() - DEV, all.size());
    for (int a = 2; a < args.length; a++) {
      String[] c = args[a].split(":");
      long t0 = System.nanoTime();
      NerFeatures fx = NerFeatures.forTraining(train, gaz);
      List<String[][]> trainF = fx.jackknifedFeatures(train);
      List<String[][]> devF = featuresOf(fx, dev);
      List<String[]> gold = train.stream().map(TaggedSentence::tags).toList();
      if (c[0].equals("stack")) {
        String[] stage1 = c[1].split("_");
        // DOCSIZE with a "d" suffix (20d): document-level values only, no batch-level ones
        boolean batch = !c[3].endsWith("d");
        int folds = Integer.parseInt(c[2]), docSize = Integer.parseInt(c[3].replace("d", ""));
        String key = "stage1-" + c[1] + "-" + folds; // the first stage does not depend on the rest
        List<String[]> cv = cached(key + "-cv", () -> crossValidated(train, gaz, stage1, folds));
        List<String[]> onDev = cached(key + "-dev", () -> stage1Tags(train, dev, gaz, stage1));
        System.out.printf("  stage 1 (%s) on dev:%s%n", c[1], scores(dev, onDev));
        trainF = StackedFeatures.add(trainF, cv, docSize, batch);
        devF = StackedFeatures.add(devF, onDev, docSize, batch);
        String[] rest = java.util.Arrays.copyOfRange(c, 4, c.length);
        c = new String[rest.length + 1];
        c[0] = "crf";
        System.arraycopy(rest, 0, c, 1, rest.length);
      }
      TribuoCrfTagger crf = TribuoCrfTagger.train(trainF, gold, Integer.parseInt(c[1]), Integer.parseInt(c[2]), 1, optimiser(c));
      double secs = (System.nanoTime() - t0) / 1e9;
      List<String[]> predicted = null;
      double cps = 0;
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int rep = 0; rep < 3; rep++) { // the third pass is timed: tagging only
        long c0 = mx.getCurrentThreadCpuTime();
        predicted = new ArrayList<>();
        for (String[][] s : devF) predicted.add(crf.tag(s));
        long cpu = mx.getCurrentThreadCpuTime() - c0;
        cps = dev.stream().mapToInt(TaggedSentence::size).sum() * 1e9 / cpu;
      }
      System.out.printf("%s gaz=%s features=%d train+features=%.0fs dev:%s  %.0f tok/cpu-s (CRF decoding only)%n", args[a], gaz != null,
          crf.featureCount(), secs, scores(dev, predicted), cps);
      System.out.printf("  + the shipped document-consistency pass, 20-sentence documents:%s%n", scores(dev, consistent(dev, predicted, 20)));
    }
  }

  /**
   * The one scoring of the chosen system on held-out test files: {@code final:STAGE1:FOLDS:DOCSIZE:E:C}
   * trains on the whole training file (first stage cross-validated as above) and tags each
   * test file ({@code FILE[@FROM_LINE]}) in DOCSIZE-sentence pseudo-documents, timing the
   * whole path (features, first stage, stacked features, second stage) on the third pass.
   */
  private static void finalRun(List<TaggedSentence> train, Path gaz, String[] c, String[] tests) throws IOException {
    String[] stage1 = c[1].split("_");
    int folds = Integer.parseInt(c[2]), docSize = Integer.parseInt(c[3]);
    long t0 = System.nanoTime();
    List<String[]> cv = crossValidated(train, gaz, stage1, folds);
    NerFeatures fx = NerFeatures.forTraining(train, gaz);
    TribuoCrfTagger s2 = TribuoCrfTagger.train(StackedFeatures.add(fx.jackknifedFeatures(train), cv, docSize),
        train.stream().map(TaggedSentence::tags).toList(), Integer.parseInt(c[4]), Integer.parseInt(c[5]), 1, optimiser(new String[] {"crf", c[4], c[5]}));
    System.out.printf("final %s: trained in %.0f s, %d stage-2 features, stage-2 model %d bytes as Tribuo protobuf%n", String.join(":", c),
        (System.nanoTime() - t0) / 1e9, s2.featureCount(), s2.serializedBytes());
    Stage1 first = stage1Model(train, gaz, stage1);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (String t : tests) {
      String[] fl = t.split("@");
      List<TaggedSentence> test = fl.length > 1 ? NerCorpus.read(Path.of(fl[0]), Integer.parseInt(fl[1])) : NerCorpus.read(Path.of(fl[0]));
      List<String[]> s1 = null, s2tags = null;
      double cps = 0, tps = 0;
      for (int rep = 0; rep < 3; rep++) {
        long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        List<String[][]> base = featuresOf(fx, test);
        s1 = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) s1.add(first.tag(test.get(i).tokens(), base.get(i)));
        List<String[][]> stacked = StackedFeatures.add(base, s1, docSize);
        s2tags = new ArrayList<>();
        for (String[][] f : stacked) s2tags.add(s2.tag(f));
        long tokens = test.stream().mapToInt(TaggedSentence::size).sum();
        cps = tokens * 1e9 / (mx.getCurrentThreadCpuTime() - c0);
        tps = tokens * 1e9 / (System.nanoTime() - w0);
      }
      System.out.printf("%s: %d sentences%n  stage 1 alone:%s%n  stacked:%s%n  %.0f tok/s wall, %.0f tok/cpu-s (whole path, one thread)%n", t,
          test.size(), scores(test, s1), scores(test, s2tags), tps, cps);
      NerScorer scorer = new NerScorer();
      for (int i = 0; i < test.size(); i++) scorer.add(test.get(i).tags(), s2tags.get(i));
      scorer.scores().forEach((type, sc) -> System.out.printf("    %-5s P %.2f R %.2f F1 %.2f gold %d pred %d correct %d%n", type,
          sc.precision(), sc.recall(), sc.f1(), sc.gold(), sc.predicted(), sc.correct()));
    }
  }

  /** A trained first stage. */
  private interface Stage1 {
    String[] tag(String[] tokens, String[][] features);
  }

  private static Stage1 stage1Model(List<TaggedSentence> fit, Path gaz, String[] stage1) throws IOException {
    if (stage1[0].equals("perc")) {
      Path model = Files.createTempFile("nercrf-stage1-", ".bin");
      NerTrainer.trainToFile(fit, NerTrainer.Options.defaults().withBeamSize(1).withGazetteer(gaz), model);
      NerTagger tagger = NerTagger.load(model);
      Files.delete(model);
      return (tokens, f) -> tagger.tagInContext(tokens);
    }
    int epochs = Integer.parseInt(stage1[0].substring(3)), cutoff = Integer.parseInt(stage1[1]);
    NerFeatures fx = NerFeatures.forTraining(fit, gaz);
    TribuoCrfTagger crf = TribuoCrfTagger.train(fx.jackknifedFeatures(fit), fit.stream().map(TaggedSentence::tags).toList(),
        epochs, cutoff, 1);
    // The lexicon is built from the same sentences, so the caller's base features are these.
    return (tokens, f) -> crf.tag(f);
  }

  /** {@code crf:E:C[:RATE[:avg]]}: AdaGrad with that initial rate (0.1 by default), optionally averaged. */
  private static org.tribuo.math.StochasticGradientOptimiser optimiser(String[] c) {
    double rate = c.length > 3 ? Double.parseDouble(c[3]) : 0.1;
    org.tribuo.math.StochasticGradientOptimiser o = new org.tribuo.math.optimisers.AdaGrad(rate, 0.1);
    return c.length > 4 && c[4].equals("avg") ? new org.tribuo.math.optimisers.ParameterAveraging(o) : o;
  }

  private static List<String[]> consistent(List<TaggedSentence> corpus, List<String[]> tags, int size) {
    List<String[]> out = new ArrayList<>(tags.size());
    for (int from = 0; from < corpus.size(); from += size) {
      int to = Math.min(corpus.size(), from + size);
      out.addAll(NerFeatures.documentConsistency(corpus.subList(from, to).stream().map(TaggedSentence::tokens).toList(),
          tags.subList(from, to)));
    }
    return out;
  }

  private static List<String[][]> featuresOf(NerFeatures fx, List<TaggedSentence> s) {
    List<String[][]> out = new ArrayList<>(s.size());
    for (TaggedSentence x : s) out.add(fx.features(x.tokens()));
    return out;
  }

  private static String scores(List<TaggedSentence> gold, List<String[]> predicted) {
    NerScorer scorer = new NerScorer();
    for (int i = 0; i < gold.size(); i++) scorer.add(gold.get(i).tags(), predicted.get(i));
    StringBuilder sb = new StringBuilder();
    scorer.scores().forEach((t, s) -> sb.append(String.format(" %s=%.1f", t, s.f1())));
    return sb.toString();
  }

  /** First-stage tags of each contiguous fold from a model trained on the other folds. */
  private static List<String[]> crossValidated(List<TaggedSentence> train, Path gaz, String[] stage1, int folds) throws IOException {
    List<String[]> out = new ArrayList<>(train.size());
    int n = train.size();
    for (int k = 0; k < folds; k++) {
      int from = k * n / folds, to = (k + 1) * n / folds;
      List<TaggedSentence> others = new ArrayList<>(train.subList(0, from));
      others.addAll(train.subList(to, n));
      out.addAll(stage1Tags(others, train.subList(from, to), gaz, stage1));
      System.out.printf("  stage-1 fold %d/%d done%n", k + 1, folds);
    }
    return out;
  }

  private static List<String[]> stage1Tags(List<TaggedSentence> fit, List<TaggedSentence> tagged, Path gaz, String[] stage1)
      throws IOException {
    List<String[]> out = new ArrayList<>(tagged.size());
    Stage1 model = stage1Model(fit, gaz, stage1);
    NerFeatures fx = stage1[0].equals("perc") ? null : NerFeatures.forTraining(fit, gaz);
    for (TaggedSentence s : tagged) out.add(model.tag(s.tokens(), fx == null ? null : fx.features(s.tokens())));
    return out;
  }

  private interface Source {
    List<String[]> get() throws IOException;
  }

  /** Tags cached one sentence per line (space-separated) so variants can share a first stage. */
  private static List<String[]> cached(String key, Source source) throws IOException {
    Path f = Path.of(System.getProperty("java.io.tmpdir"), "nercrf-" + key.replace(':', '_') + ".tags");
    if (Files.exists(f)) {
      List<String[]> out = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(line.isEmpty() ? new String[0] : line.split(" "));
      return out;
    }
    List<String[]> tags = source.get();
    List<String> lines = tags.stream().map(t -> String.join(" ", t)).toList();
    Files.write(f, lines, StandardCharsets.UTF_8);
    return tags;
  }
}

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
 * Trains the Arabic name finder, in one stage or stacked in two. Training is deterministic:
 * OpenNLP's perceptron and maxent trainers have no randomness, and the only use of the seed is
 * to shuffle the sentence order when it is not 0 (seed 0 keeps the file order).
 *
 * <p>A two-stage model ({@link Options#stages} 2) is a first-stage model trained on all the
 * sentences, and a second-stage model whose additional context adds {@link StackedContext}: the
 * first stage's tags of the sentence and of the other occurrences of each word in its
 * document. The first-stage tags the second stage trains on come from
 * {@value #STACK_FOLDS}-fold cross-validation (each contiguous fold tagged by a first stage
 * trained, with its own lexicon, on the other folds), so they are as wrong as the first stage is
 * on unseen text; the training file has no article breaks, so its documents are
 * {@value #STACK_DOCUMENT}-sentence runs in file order. The first-stage model file travels inside
 * the second-stage model ({@link ArabicNameFinderFactory#STAGE1_ARTIFACT}).
 */
public final class NerTrainer {
  /** Parts the training data is cut into for the jackknifed seen-name lists. */
  static final int FOLDS = 10;
  /** Cross-validation folds for the first-stage tags a second stage trains on. */
  static final int STACK_FOLDS = 5;
  /** Sentences per pseudo-document when a second stage is trained. */
  static final int STACK_DOCUMENT = 20;

  private NerTrainer() {}

  /**
   * Training options.
   *
   * @param algorithm  OpenNLP trainer: PERCEPTRON, MAXENT (GIS), MAXENT_QN (L-BFGS)
   * @param iterations training iterations
   * @param cutoff     features seen fewer times than this are dropped (keeps the model small)
   * @param beamSize   beam width the model decodes with (1 = greedy)
   * @param seed       0 keeps the sentence order, anything else shuffles it with this seed (and
   *                   seeds the CRF's shuffling, which is seed 1 for 0)
   * @param gazetteer  ANETAC-style gazetteer whose words feed the lexicon features, or null
   * @param clusters   word-class file from {@link WordClusters#write}, or null (no class features)
   * @param stages     1 (one name finder) or 2 (stacked: a second stage over the first's tags);
   *                   both name-finder stages use the options above
   * @param crf        with 2 stages: the second stage is a linear-chain CRF ({@link CrfStage},
   *                   trained by {@link CrfTrainer} with its own fixed settings), not a name finder
   * @param crfCutoff  the CRF's features seen fewer times than this in training are dropped
   *                   before training ({@value CrfTrainer#CUTOFF} unless set)
   * @param crfPrune   after training, the CRF's features whose weights are all below this in
   *                   absolute value are dropped ({@link CrfStage#pruned}; 0: none)
   */
  public record Options(String algorithm, int iterations, int cutoff, int beamSize, long seed, Path gazetteer, Path clusters,
      int stages, boolean crf, int crfCutoff, double crfPrune, boolean clustersCrfOnly) {
    public Options {
      if (stages != 1 && stages != 2) throw new IllegalArgumentException("stages must be 1 or 2, not " + stages);
      if (crf && stages != 2) throw new IllegalArgumentException("a CRF is a second stage: stages must be 2");
      if (crfCutoff < 1) throw new IllegalArgumentException("the CRF cutoff must be at least 1, not " + crfCutoff);
      if (!(crfPrune >= 0)) throw new IllegalArgumentException("the CRF pruning threshold must be >= 0, not " + crfPrune);
    }

    /** Options whose word classes (if any) feed both stages. */
    public Options(String algorithm, int iterations, int cutoff, int beamSize, long seed, Path gazetteer, Path clusters,
        int stages, boolean crf, int crfCutoff, double crfPrune) {
      this(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, false);
    }

    /** With a CRF second stage: the word classes feed the CRF only, not the name finder. */
    public Options withClustersCrfOnly(boolean only) {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, only);
    }

    /** Options with the CRF's own cutoff and no pruning. */
    public Options(String algorithm, int iterations, int cutoff, int beamSize, long seed, Path gazetteer, Path clusters,
        int stages, boolean crf) {
      this(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, stages, crf, CrfTrainer.CUTOFF, 0);
    }

    /** Options with name-finder stages only. */
    public Options(String algorithm, int iterations, int cutoff, int beamSize, long seed, Path gazetteer, Path clusters, int stages) {
      this(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, stages, false);
    }

    /** Single-stage options. */
    public Options(String algorithm, int iterations, int cutoff, int beamSize, long seed, Path gazetteer, Path clusters) {
      this(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, 1, false);
    }

    public static Options defaults() {
      return new Options("PERCEPTRON", 100, 2, 3, 0, null, null, 1, false);
    }

    /** One or two name-finder stages. */
    public Options withStages(int n) {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, n, false, crfCutoff, crfPrune, clustersCrfOnly);
    }

    /** Two stages, the second a CRF (the first: a name finder with these options). */
    public Options withCrfStage() {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, gazetteer, clusters, 2, true, crfCutoff, crfPrune, clustersCrfOnly);
    }

    public Options withClusters(Path c) {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, gazetteer, c, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }

    public Options withIterations(int n) {
      return new Options(algorithm, n, cutoff, beamSize, seed, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }

    public Options withSeed(long s) {
      return new Options(algorithm, iterations, cutoff, beamSize, s, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }

    public Options withGazetteer(Path g) {
      return new Options(algorithm, iterations, cutoff, beamSize, seed, g, clusters, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }

    public Options withAlgorithm(String a) {
      return new Options(a, iterations, cutoff, beamSize, seed, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }

    public Options withCutoff(int c) {
      return new Options(algorithm, iterations, c, beamSize, seed, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }

    /** The CRF second stage's feature cutoff and pruning threshold ({@code marsad train ner --crf-cutoff --crf-prune}). */
    public Options withCrf(int cutoff, double prune) {
      return new Options(algorithm, iterations, this.cutoff, beamSize, seed, gazetteer, clusters, stages, crf, cutoff, prune, clustersCrfOnly);
    }

    public Options withBeamSize(int b) {
      return new Options(algorithm, iterations, cutoff, b, seed, gazetteer, clusters, stages, crf, crfCutoff, crfPrune, clustersCrfOnly);
    }
  }

  /** Trains a model (one stage or both, as {@link Options#stages} says) on tagged sentences. */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences, Options o) throws IOException {
    return train(sentences, o, List.of(), null);
  }

  /**
   * As {@link #train(List, Options)}; for a CRF-stacked model, also checks the export: the
   * {@code check} sentences (documents of {@value #STACK_DOCUMENT}) are tagged by Tribuo's CRF
   * and by the exported {@link CrfStage} over the same first-stage tags, and the number of
   * differing tags is written to {@code log} (0 expected).
   */
  public static TokenNameFinderModel train(List<TaggedSentence> sentences, Options o, List<TaggedSentence> check,
      java.io.PrintStream log) throws IOException {
    if (o.crf()) return trainWithCrf(sentences, o, check, log);
    if (o.stages() == 1) return trainStage(sentences, o, null, null);
    Options single = o.withStages(1);
    List<String[]> stage1 = crossValidated(sentences, single);
    byte[] first = bytes(trainStage(sentences, single, null, null));
    return trainStage(sentences, o, stage1, first);
  }

  /**
   * A CRF-stacked model: the first stage is a name finder trained on all the sentences, and it
   * carries the CRF second stage ({@link ArabicNameFinderFactory#CRF_ARTIFACT}). The CRF is trained
   * on the first-stage tags of {@value #STACK_FOLDS}-fold cross-validation, in
   * {@value #STACK_DOCUMENT}-sentence documents, with the jackknifed seen-name context, as the
   * stacked name finder is.
   */
  private static TokenNameFinderModel trainWithCrf(List<TaggedSentence> sentences, Options o, List<TaggedSentence> check,
      java.io.PrintStream log) throws IOException {
    Options single = o.withStages(1);
    Options finder = o.clustersCrfOnly() ? single.withClusters(null) : single;
    List<String[]> stage1 = crossValidated(sentences, finder);
    NerLexicon lexicon = lexicon(sentences, single);
    ArabicNameFeatureGenerator generator = new ArabicNameFeatureGenerator(lexicon);
    List<SeenNames> seen = SeenNames.jackknifed(sentences, FOLDS);
    List<String[][]> features = new ArrayList<>(sentences.size());
    for (int from = 0; from < sentences.size(); from += STACK_DOCUMENT) {
      List<TaggedSentence> doc = sentences.subList(from, Math.min(sentences.size(), from + STACK_DOCUMENT));
      List<String[]> tokens = doc.stream().map(TaggedSentence::tokens).toList();
      List<String[][]> seenCtx = new ArrayList<>(doc.size());
      for (int k = 0; k < doc.size(); k++) seenCtx.add(seen.get(from + k).context(tokens.get(k)));
      List<String[][]> ctx = StackedContext.add(tokens, seenCtx, stage1.subList(from, from + doc.size()));
      for (int k = 0; k < doc.size(); k++) features.add(CrfStage.features(generator, tokens.get(k), ctx.get(k)));
    }
    CrfTrainer.Trained crf = CrfTrainer.train(features, sentences.stream().map(TaggedSentence::tags).toList(),
        o.seed() == 0 ? 1 : o.seed(), o.crfCutoff(), o.crfPrune());
    features.clear();
    TokenNameFinderModel model = trainStage(sentences, finder, null, null, crf.exported());
    // The classes were left out of the finder's training but the CRF needs them when tagging.
    if (finder != single) model = withLexicon(model, lexicon);
    if (!check.isEmpty() && log != null) checkExport(model, crf, check, log);
    return model;
  }

  /** The model with its stored lexicon replaced (the name finder's weights untouched). */
  private static TokenNameFinderModel withLexicon(TokenNameFinderModel model, NerLexicon lexicon) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes(model)));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals(ArabicNameFinderFactory.LEXICON_ARTIFACT)) b = lexicon.toBytes();
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zip.write(b);
        zip.closeEntry();
      }
    }
    return new TokenNameFinderModel(new java.io.ByteArrayInputStream(out.toByteArray()));
  }

  /** Compares Tribuo's tags with the exported decoder's on {@code check}, given the same first stage. */
  private static void checkExport(TokenNameFinderModel model, CrfTrainer.Trained crf, List<TaggedSentence> check,
      java.io.PrintStream log) {
    NerTagger tagger = new NerTagger(model);
    NerLexicon lexicon = tagger.lexicon();
    ArabicNameFeatureGenerator generator = new ArabicNameFeatureGenerator(lexicon);
    SeenNames seen = lexicon.seenNames();
    NerTagger firstStage = new NerTagger(model, false);
    long tokens = 0, differ = 0;
    NerScorer tribuo = new NerScorer(), exported = new NerScorer();
    for (int from = 0; from < check.size(); from += STACK_DOCUMENT) {
      List<TaggedSentence> doc = check.subList(from, Math.min(check.size(), from + STACK_DOCUMENT));
      List<String[]> words = doc.stream().map(TaggedSentence::tokens).toList();
      List<String[]> mine = tagger.modelTags(words);
      List<String[]> first = firstStage.modelTags(words);
      List<String[][]> ctx = StackedContext.add(words, words.stream().map(seen::context).toList(), first);
      for (int k = 0; k < doc.size(); k++) {
        String[] theirs = crf.tribuoTags(CrfStage.features(generator, words.get(k), ctx.get(k)));
        String[] ours = CrfStage.validIob(theirs);
        for (int i = 0; i < ours.length; i++) if (!ours[i].equals(mine.get(k)[i])) differ++;
        tokens += ours.length;
        tribuo.add(doc.get(k).tags(), theirs);
        exported.add(doc.get(k).tags(), mine.get(k));
      }
    }
    log.printf("CRF export check on %d sentences (%d tokens, documents of %d): %d tags differ from Tribuo's; micro-F1 %.2f (Tribuo) / %.2f (exported)%n",
        check.size(), tokens, STACK_DOCUMENT, differ, tribuo.scores().get("micro").f1(), exported.scores().get("micro").f1());
  }

  private static NerLexicon lexicon(List<TaggedSentence> sentences, Options o) throws IOException {
    NerLexicon.Builder lb = new NerLexicon.Builder().addTrainingSentences(sentences);
    if (o.gazetteer() != null) lb.addGazetteer(o.gazetteer());
    if (o.clusters() != null) {
      if (BrownClusters.isBrownFile(o.clusters())) lb.addBrown(BrownClusters.read(o.clusters()));
      else lb.addClusters(WordClusters.read(o.clusters()));
    }
    return lb.build();
  }

  /**
   * First-stage tags of every sentence, each contiguous fold of {@value #STACK_FOLDS} tagged by a
   * model trained on the other folds.
   */
  static List<String[]> crossValidated(List<TaggedSentence> sentences, Options single) throws IOException {
    int n = sentences.size();
    List<String[]> out = new ArrayList<>(n);
    for (int k = 0; k < STACK_FOLDS; k++) {
      int from = k * n / STACK_FOLDS, to = (k + 1) * n / STACK_FOLDS;
      List<TaggedSentence> others = new ArrayList<>(sentences.subList(0, from));
      others.addAll(sentences.subList(to, n));
      NerTagger tagger = new NerTagger(trainStage(others, single, null, null));
      for (TaggedSentence s : sentences.subList(from, to)) out.add(tagger.tagInContext(s.tokens()));
    }
    return out;
  }

  /**
   * Trains one name finder; with {@code stage1} tags (one array per sentence, file order) it is a
   * second stage over them and carries {@code stage1Model} inside.
   */
  private static TokenNameFinderModel trainStage(List<TaggedSentence> sentences, Options o, List<String[]> stage1,
      byte[] stage1Model) throws IOException {
    return trainStage(sentences, o, stage1, stage1Model, null);
  }

  /** As above; with {@code crf}, the model carries that exported CRF as its second stage. */
  private static TokenNameFinderModel trainStage(List<TaggedSentence> sentences, Options o, List<String[]> stage1,
      byte[] stage1Model, byte[] crf) throws IOException {
    NerLexicon lexicon = lexicon(sentences, o);

    List<Integer> order = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) order.add(i);
    if (o.seed() != 0) Collections.shuffle(order, new Random(o.seed()));
    // Jackknifed seen-name context: each fold (of the training order) gets the list built from the other folds.
    List<SeenNames> seen = SeenNames.jackknifed(order.stream().map(sentences::get).toList(), FOLDS);
    String[][][] contexts = new String[sentences.size()][][];
    for (int i = 0; i < order.size(); i++) {
      TaggedSentence s = sentences.get(order.get(i));
      contexts[order.get(i)] = seen.get(i).context(s.tokens());
    }
    if (stage1 != null) {
      // Documents are runs of the file order, whatever the training order.
      for (int from = 0; from < sentences.size(); from += STACK_DOCUMENT) {
        int to = Math.min(sentences.size(), from + STACK_DOCUMENT);
        List<String[]> tokens = sentences.subList(from, to).stream().map(TaggedSentence::tokens).toList();
        List<String[][]> stacked = StackedContext.add(tokens, java.util.Arrays.asList(contexts).subList(from, to), stage1.subList(from, to));
        for (int k = from; k < to; k++) contexts[k] = stacked.get(k - from);
      }
    }
    List<NameSample> samples = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) samples.add(toSample(sentences.get(order.get(i)), contexts[order.get(i)], i == 0));

    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put("BeamSize", o.beamSize());
    p.put("PrintMessages", false);
    return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), p,
        crf != null ? ArabicNameFinderFactory.withCrf(lexicon, crf)
            : stage1Model == null ? new ArabicNameFinderFactory(lexicon) : new ArabicNameFinderFactory(lexicon, stage1Model));
  }

  private static byte[] bytes(TokenNameFinderModel model) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    model.serialize(out);
    return out.toByteArray();
  }

  /**
   * Writes a copy of a CRF-stacked model file whose CRF has the features below {@code threshold}
   * pruned ({@link CrfStage#pruned}, as {@code --crf-prune} does at training time), for sweeping
   * thresholds over one trained model; every other entry is copied as it is.
   *
   * @return the CRF features kept
   */
  public static int pruneCrf(Path model, double threshold, Path out) throws IOException {
    int kept = -1;
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(model));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
      for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(ArabicNameFinderFactory.CRF_ARTIFACT)) {
          bytes = CrfStage.pruned(bytes, threshold);
          kept = CrfStage.read(bytes).featureCount();
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    if (kept < 0) throw new IllegalArgumentException(model + " has no CRF stage");
    return kept;
  }

  /** Trains and writes the model file. */
  public static void trainToFile(List<TaggedSentence> sentences, Options o, Path out) throws IOException {
    trainToFile(sentences, o, out, List.of(), null);
  }

  /** Trains and writes the model file; checks a CRF's export on {@code check} as {@link #train(List, Options, List, java.io.PrintStream)}. */
  public static void trainToFile(List<TaggedSentence> sentences, Options o, Path out, List<TaggedSentence> check,
      java.io.PrintStream log) throws IOException {
    TokenNameFinderModel model = train(sentences, o, check, log);
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

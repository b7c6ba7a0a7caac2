package org.marsad.nlp.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shipped tagger's per-word features, offered to learners other than OpenNLP's name
 * finder (the CRF and stacking experiments in the bench module, {@code org.marsad.bench.ner}). It
 * calls {@link ArabicNameFeatureGenerator} and {@link SeenNames} rather than copying them, so
 * every learner sees exactly the features the shipped model sees (minus OpenNLP's own
 * previous-decision features, which a sequence model replaces with its own).
 *
 * <p>Not thread-safe (the generator caches one sentence); use one instance per thread.
 */
public final class NerFeatures {
  private final NerLexicon lexicon;
  private final ArabicNameFeatureGenerator generator;

  private NerFeatures(NerLexicon lexicon) {
    this.lexicon = lexicon;
    this.generator = new ArabicNameFeatureGenerator(lexicon);
  }

  /**
   * The lexicon the shipped trainer builds from training sentences: triggers and seen entity
   * words counted in them, plus gazetteer name words when a gazetteer is given.
   */
  public static NerFeatures forTraining(List<TaggedSentence> train, Path gazetteer) throws IOException {
    NerLexicon.Builder b = new NerLexicon.Builder().addTrainingSentences(train);
    if (gazetteer != null) b.addGazetteer(gazetteer);
    return new NerFeatures(b.build());
  }

  /** Features over a lexicon stored with {@link #lexiconBytes()}. */
  public static NerFeatures fromLexiconBytes(byte[] bytes) {
    return new NerFeatures(NerLexicon.fromBytes(bytes));
  }

  /** The lexicon, serialised (to store it inside a model file). */
  public byte[] lexiconBytes() {
    return lexicon.toBytes();
  }

  /** A fresh instance over the same lexicon (for another thread). */
  public NerFeatures copy() {
    return new NerFeatures(lexicon);
  }

  /** Features of every word of a sentence, with the seen entity words of the whole lexicon. */
  public String[][] features(String[] tokens) {
    return features(tokens, lexicon.seenNames());
  }

  /**
   * Features of the training sentences with the seen entity words jackknifed as the shipped
   * trainer does ({@link NerTrainer#FOLDS} parts, each seeing the list built from the others),
   * so a learner learns how far to trust the list on unseen words.
   */
  public List<String[][]> jackknifedFeatures(List<TaggedSentence> train) {
    List<SeenNames> seen = SeenNames.jackknifed(train, NerTrainer.FOLDS);
    List<String[][]> out = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) out.add(features(train.get(i).tokens(), seen.get(i)));
    return out;
  }

  private String[][] features(String[] tokens, SeenNames seen) {
    String[][] ctx = seen.context(tokens);
    String[][] out = new String[tokens.length][];
    List<String> f = new ArrayList<>(96);
    generator.clearAdaptiveData();
    for (int i = 0; i < tokens.length; i++) {
      f.clear();
      generator.createFeatures(f, tokens, i, null);
      for (String c : ctx[i]) f.add("sn=" + c);
      // The generator can emit one string twice (e.g. a bigram equal at both ends); a CRF
      // wants each feature once.
      out[i] = f.stream().distinct().toArray(String[]::new);
    }
    generator.clearAdaptiveData();
    return out;
  }

  /**
   * The shipped rule-based document-consistency pass ({@link DocumentConsistency#apply}) over
   * one document's tags, for learners whose output should get the same post-processing.
   */
  public static List<String[]> documentConsistency(List<String[]> sentences, List<String[]> tags) {
    return DocumentConsistency.apply(sentences, tags);
  }
}

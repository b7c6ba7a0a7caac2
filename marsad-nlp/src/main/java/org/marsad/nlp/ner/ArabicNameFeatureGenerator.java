package org.marsad.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.marsad.text.ArabicNormalizer;

/**
 * Arabic features for OpenNLP's name finder. For the current word: its match-normalised form,
 * its clitic-stripped stem, prefixes and suffixes of 1–3 letters, the article ال, the
 * proclitic (و ف ب ل ك), the word shape and length; for a window of ±2 words: their forms and
 * stems; word bigrams; gazetteer-name membership and trigger words from {@link NerLexicon}
 * (single and in pairs). The name finder itself adds the previous two decisions, and
 * {@link SeenNames} arrive as OpenNLP additional context. OpenNLP's previous-map feature (how
 * the same word was tagged earlier in the document) was tried and dropped: it cost 0.2 F1 on
 * the development part and spread early mistakes through a document.
 *
 * <p>All of this is cached for the token array the finder passes in: the finder asks for the
 * same word's features once per beam entry, with the same array.
 */
final class ArabicNameFeatureGenerator implements AdaptiveFeatureGenerator {
  private static final String[] TYPE_NAMES = {"P", "L", "O", "M"};
  private static final String PAD_BEFORE = "<s>";
  private static final String PAD_AFTER = "</s>";

  private final NerLexicon lexicon;

  private String[] cached;
  private String[] norm;
  private String[] stem;
  private String[] shape;
  private int[] nameMask;
  private int[] triggerMask;
  private int[] cluster;
  private String[][] features;

  ArabicNameFeatureGenerator(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void createFeatures(List<String> f, String[] tokens, int i, String[] previousOutcomes) {
    if (tokens != cached) prepare(tokens);
    if (features[i] == null) {
      List<String> own = new java.util.ArrayList<>(64);
      wordFeatures(own, tokens, i);
      features[i] = own.toArray(String[]::new);
    }
    java.util.Collections.addAll(f, features[i]);
  }

  /**
   * The features of word {@code i}. None depends on earlier decisions in the sentence (the
   * finder adds those), so they are computed once per word and reused for every beam entry.
   */
  private void wordFeatures(List<String> f, String[] tokens, int i) {
    String w = norm[i];
    String s = stem[i];
    f.add("w=" + w);
    f.add("s=" + s);
    f.add("sh=" + shape[i]);
    f.add("len=" + Math.min(s.length(), 8));
    if (i == 0) f.add("bos");
    int n = s.length();
    for (int k = 1; k <= 3 && k < n; k++) {
      f.add("p" + k + "=" + s.substring(0, k));
      f.add("x" + k + "=" + s.substring(n - k));
    }
    char conj = ArabicClitics.conjunction(w);
    char prep = ArabicClitics.preposition(w);
    if (conj != 0) f.add("cj=" + conj);
    if (prep != 0) f.add("pp=" + prep);
    if (ArabicClitics.hasArticle(w)) f.add("al");
    for (int d = -2; d <= 2; d++) {
      if (d == 0) continue;
      f.add("w" + d + "=" + wordAt(i + d));
      f.add("s" + d + "=" + stemAt(i + d));
    }
    if (i > 0) f.add("sh-1=" + shape[i - 1]);
    if (i + 1 < norm.length) f.add("sh+1=" + shape[i + 1]);
    f.add("b-1=" + stemAt(i - 1) + "|" + s);
    f.add("b+1=" + s + "|" + stemAt(i + 1));
    f.add("w-2-1=" + wordAt(i - 2) + "|" + wordAt(i - 1));
    addMask(f, "g=", nameMask[i]);
    if (i > 0) addMask(f, "g-1=", nameMask[i - 1]);
    if (i + 1 < norm.length) addMask(f, "g+1=", nameMask[i + 1]);
    if (i > 0) addMask(f, "t-1=", triggerMask[i - 1]);
    if (i > 1) addMask(f, "t-2=", triggerMask[i - 2]);
    addMask(f, "t=", triggerMask[i]);
    // Pairs: a name word followed by a name word (first name + surname), a trigger then a name word.
    if (i + 1 < norm.length && nameMask[i] != 0 && nameMask[i + 1] != 0) f.add("gg+1=" + nameMask[i] + "|" + nameMask[i + 1]);
    if (i > 0 && nameMask[i - 1] != 0 && nameMask[i] != 0) f.add("gg-1=" + nameMask[i - 1] + "|" + nameMask[i]);
    if (i > 0 && triggerMask[i - 1] != 0) f.add("tg=" + triggerMask[i - 1] + "|" + nameMask[i]);
    addClusters(f, i);
  }

  private String wordAt(int j) {
    return j < 0 ? PAD_BEFORE : j >= norm.length ? PAD_AFTER : norm[j];
  }

  private String stemAt(int j) {
    return j < 0 ? PAD_BEFORE : j >= stem.length ? PAD_AFTER : stem[j];
  }

  /** Gazetteer bits: low nibble first-word types, high nibble later-word types. */
  private static void addMask(List<String> f, String prefix, int mask) {
    for (int t = 0; t < TYPE_NAMES.length; t++) {
      if ((mask & (1 << t)) != 0) f.add(prefix + TYPE_NAMES[t]);
      if ((mask & (1 << (t + 4))) != 0) f.add(prefix + "i" + TYPE_NAMES[t]);
    }
  }

  private void prepare(String[] tokens) {
    int n = tokens.length;
    norm = new String[n];
    stem = new String[n];
    shape = new String[n];
    nameMask = new int[n];
    triggerMask = new int[n];
    cluster = new int[n];
    features = new String[n][];
    for (int i = 0; i < n; i++) {
      String w = ArabicNormalizer.match(tokens[i]);
      norm[i] = w;
      stem[i] = ArabicClitics.stem(w);
      shape[i] = shape(w);
      String bare = ArabicClitics.withoutConjunction(w);
      String noPrep = ArabicClitics.withoutProclitics(w);
      nameMask[i] = names(w) | names(bare) | names(noPrep) | names(stem[i]);
      triggerMask[i] = lexicon.triggerMask(bare);
      cluster[i] = clusterOf(w, bare, noPrep);
    }
    cached = tokens;
  }

  /** The class of the word as written, else without its conjunction, else without proclitics. */
  private int clusterOf(String w, String bare, String noPrep) {
    int c = lexicon.cluster(w);
    if (c < 0) c = lexicon.cluster(bare);
    if (c < 0) c = lexicon.cluster(noPrep);
    return c;
  }

  /**
   * Word-class features: the fine and coarse class of the word. (Classes of the neighbours and
   * a coarse-class bigram were also tried and cost 1.2 F1 on the development part.)
   */
  private void addClusters(List<String> f, int i) {
    if (!lexicon.hasClusters()) return;
    int c = cluster[i];
    f.add(c < 0 ? "c=?" : "c=" + (c & 0xFFFF));
    f.add(c < 0 ? "cc=?" : "cc=" + (c >>> 16));
  }

  private int names(String w) {
    return lexicon.firstWordMask(w) | (lexicon.laterWordMask(w) << 4);
  }

  /** A coarse word shape: Arabic, Latin (capitalised or not), digits, punctuation, mixed. */
  static String shape(String w) {
    boolean ar = false, lat = false, dig = false, other = false;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c)) ar = true;
      else if (Character.isDigit(c)) dig = true;
      else if (Character.isLetter(c)) lat = true;
      else other = true;
    }
    if (ar && !lat && !dig && !other) return "A";
    if (lat && !ar && !dig && !other) return Character.isUpperCase(w.charAt(0)) ? "Lc" : "L";
    if (dig && !ar && !lat) return other ? "Dp" : "D";
    if (other && !ar && !lat && !dig) return "P";
    return "X";
  }

  @Override
  public void clearAdaptiveData() {
    cached = null;
  }
}

package org.marsad.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

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
  private WordForms[] forms;
  private String[][] features;

  ArabicNameFeatureGenerator(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The word lists the features read. */
  NerLexicon lexicon() {
    return lexicon;
  }

  @Override
  public void createFeatures(List<String> f, String[] tokens, int i, String[] previousOutcomes) {
    if (tokens != cached) prepare(tokens);
    if (features[i] == null) {
      List<String> own = new java.util.ArrayList<>(64);
      wordFeatures(own, i);
      features[i] = own.toArray(String[]::new);
    }
    java.util.Collections.addAll(f, features[i]);
  }

  /**
   * The features of word {@code i}. None depends on earlier decisions in the sentence (the
   * finder adds those), so they are computed once per word and reused for every beam entry.
   * The order is the one the shipped model was trained with (training sums weights in this
   * order, so reordering could change a retrained model); {@link #ownGroup},
   * {@link #neighbourGroup} and {@link #pairGroup} produce the same features grouped by the word
   * they depend on, for {@link WordScoreCache}.
   */
  private void wordFeatures(List<String> f, int i) {
    WordForms w = forms[i];
    headFeatures(f, w);
    if (i == 0) f.add("bos");
    affixFeatures(f, w);
    for (int d = -2; d <= 2; d++) {
      if (d == 0) continue;
      f.add("w" + d + "=" + wordAt(i + d));
      f.add("s" + d + "=" + stemAt(i + d));
    }
    if (i > 0) f.add("sh-1=" + forms[i - 1].shape());
    if (i + 1 < forms.length) f.add("sh+1=" + forms[i + 1].shape());
    bigrams(FeatureSink.into(f), forms, i);
    addMask(f, "g=", w.nameMask());
    if (i > 0) addMask(f, "g-1=", forms[i - 1].nameMask());
    if (i + 1 < forms.length) addMask(f, "g+1=", forms[i + 1].nameMask());
    if (i > 0) addMask(f, "t-1=", forms[i - 1].triggerMask());
    if (i > 1) addMask(f, "t-2=", forms[i - 2].triggerMask());
    addMask(f, "t=", w.triggerMask());
    maskPairs(FeatureSink.into(f), forms, i);
    addClusters(f, w);
    addBrown(f, 0, w);
    for (int d = -2; d <= 2; d++) if (d != 0 && i + d >= 0 && i + d < forms.length) addBrown(f, d, forms[i + d]);
  }

  /** The word's own form, stem, shape and length. */
  private static void headFeatures(List<String> f, WordForms w) {
    String s = w.stem();
    f.add("w=" + w.norm());
    f.add("s=" + s);
    f.add("sh=" + w.shape());
    f.add("len=" + Math.min(s.length(), 8));
  }

  /** Prefixes and suffixes of the stem, the clitics. */
  private static void affixFeatures(List<String> f, WordForms w) {
    String s = w.stem();
    int n = s.length();
    for (int k = 1; k <= 3 && k < n; k++) {
      f.add("p" + k + "=" + s.substring(0, k));
      f.add("x" + k + "=" + s.substring(n - k));
    }
    char conj = ArabicClitics.conjunction(w.norm());
    char prep = ArabicClitics.preposition(w.norm());
    if (conj != 0) f.add("cj=" + conj);
    if (prep != 0) f.add("pp=" + prep);
    if (ArabicClitics.hasArticle(w.norm())) f.add("al");
  }

  /**
   * Receives a feature named {@code prefix + a + sep + b}: the features of two words are passed
   * in parts so that {@link WordScoreCache} can hash them without building the string.
   */
  interface FeatureSink {
    void add(String prefix, String a, String sep, String b);

    /** A sink that adds the joined string to {@code f}. */
    static FeatureSink into(List<String> f) {
      return (prefix, a, sep, b) -> f.add(prefix + a + sep + b);
    }
  }

  /** The stem bigrams (−1,0) and (0,+1) and the word bigram (−2,−1). */
  private static void bigrams(FeatureSink f, WordForms[] forms, int i) {
    String s = forms[i].stem();
    f.add("b-1=", stemAt(forms, i - 1), "|", s);
    f.add("b+1=", s, "|", stemAt(forms, i + 1));
    f.add("w-2-1=", wordAt(forms, i - 2), "|", wordAt(forms, i - 1));
  }

  /** Pairs: a name word followed by a name word (first name + surname), a trigger then a name word. */
  private static void maskPairs(FeatureSink f, WordForms[] forms, int i) {
    int n = forms.length;
    int g = forms[i].nameMask();
    if (i + 1 < n && g != 0 && forms[i + 1].nameMask() != 0) f.add("gg+1=", number(g), "|", number(forms[i + 1].nameMask()));
    if (i > 0 && forms[i - 1].nameMask() != 0 && g != 0) f.add("gg-1=", number(forms[i - 1].nameMask()), "|", number(g));
    if (i > 0 && forms[i - 1].triggerMask() != 0) f.add("tg=", number(forms[i - 1].triggerMask()), "|", number(g));
  }

  /** Masks are below 256 (two nibbles); their decimal strings are made once. */
  private static final String[] NUMBERS = java.util.stream.IntStream.range(0, 256).mapToObj(Integer::toString).toArray(String[]::new);

  private static String number(int mask) {
    return mask >= 0 && mask < NUMBERS.length ? NUMBERS[mask] : Integer.toString(mask);
  }

  /**
   * The features of the word being tagged that depend on that word alone (the same strings
   * {@link #wordFeatures} makes, in another order).
   */
  void ownGroup(List<String> f, WordForms w) {
    headFeatures(f, w);
    affixFeatures(f, w);
    addMask(f, "g=", w.nameMask());
    addMask(f, "t=", w.triggerMask());
    addClusters(f, w);
    addBrown(f, 0, w);
  }

  /**
   * The features the word {@code d} positions away (−2, −1, +1, +2) contributes, or, for
   * {@code w == null}, the padding that stands for a missing word beyond the sentence (no word
   * before is the sentence start, so {@code bos} goes with that padding).
   */
  static void neighbourGroup(List<String> f, int d, WordForms w) {
    f.add("w" + d + "=" + (w != null ? w.norm() : d < 0 ? PAD_BEFORE : PAD_AFTER));
    f.add("s" + d + "=" + (w != null ? w.stem() : d < 0 ? PAD_BEFORE : PAD_AFTER));
    if (w == null && d == -1) f.add("bos");
    if (w == null) return;
    switch (d) {
      case -2 -> addMask(f, "t-2=", w.triggerMask());
      case -1 -> {
        f.add("sh-1=" + w.shape());
        addMask(f, "g-1=", w.nameMask());
        addMask(f, "t-1=", w.triggerMask());
      }
      case 1 -> {
        f.add("sh+1=" + w.shape());
        addMask(f, "g+1=", w.nameMask());
      }
      default -> { }
    }
    addBrown(f, d, w);
  }

  /** The features of word {@code i} that depend on two words. */
  static void pairGroup(FeatureSink f, WordForms[] forms, int i) {
    bigrams(f, forms, i);
    maskPairs(f, forms, i);
  }

  private String wordAt(int j) {
    return wordAt(forms, j);
  }

  private String stemAt(int j) {
    return stemAt(forms, j);
  }

  private static String wordAt(WordForms[] forms, int j) {
    return j < 0 ? PAD_BEFORE : j >= forms.length ? PAD_AFTER : forms[j].norm();
  }

  private static String stemAt(WordForms[] forms, int j) {
    return j < 0 ? PAD_BEFORE : j >= forms.length ? PAD_AFTER : forms[j].stem();
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
    forms = new WordForms[n];
    features = new String[n][];
    for (int i = 0; i < n; i++) forms[i] = WordForms.of(tokens[i], lexicon);
    cached = tokens;
  }

  /**
   * Word-class features: the fine and coarse class of the word. (Classes of the neighbours and
   * a coarse-class bigram were also tried and cost 1.2 F1 on the development part.)
   */
  private void addClusters(List<String> f, WordForms w) {
    if (!lexicon.hasClusters()) return;
    int c = w.cluster();
    f.add(c < 0 ? "c=?" : "c=" + (c & 0xFFFF));
    f.add(c < 0 ? "cc=?" : "cc=" + (c >>> 16));
  }

  /** Path-prefix lengths of the Brown features: at the word and ±1, and at ±2. */
  private static final int[] BROWN_NEAR = {4, 6, 10, 20};
  private static final int[] BROWN_FAR = {4, 6};
  private static final String[] BROWN_TAG = {"bc-2:", "bc-1:", "bc", "bc+1:", "bc+2:"};

  /**
   * Brown-cluster features of the word {@code d} positions away: prefixes of its stem's path
   * (the whole path when shorter), as in Ratinov and Roth (2009). Nothing for an unclustered
   * word or a lexicon without Brown clusters.
   */
  private static void addBrown(List<String> f, int d, WordForms w) {
    String p = w.brown();
    if (p == null) return;
    String tag = BROWN_TAG[d + 2];
    for (int len : d >= -1 && d <= 1 ? BROWN_NEAR : BROWN_FAR) f.add(tag + len + "=" + p.substring(0, Math.min(len, p.length())));
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

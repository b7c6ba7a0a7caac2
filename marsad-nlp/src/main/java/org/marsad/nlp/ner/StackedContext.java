package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * What the second stage of a stacked tagger sees of the first (after Krishnan &amp; Manning 2006):
 * the first stage's tag at each word and, for the word's match-normalised form and its stem,
 * how the first stage tagged the <em>other</em> occurrences of that form in the same document.
 * A name the first stage recognised in one sentence of an article is then evidence for the
 * second stage wherever the name recurs, which the first stage, deciding sentence by sentence,
 * cannot use.
 *
 * <p>The values are strings appended to OpenNLP's additional context (after the
 * {@link SeenNames} values), so the second stage is an ordinary name-finder model. OpenNLP shows
 * every additional-context string in a ±8-word window; for the stacked values that is mostly
 * noise for a perceptron (what the document thinks of the word five places on), so
 * {@link #keepWindowed} narrows it: the first stage's tags at ±{@value #TAG_WINDOW}, the
 * document values at the word only (as in Krishnan &amp; Manning's CRF).
 * <ul>
 *   <li>{@code t=TAG}: the first stage's tag ({@code O}, {@code B-PERS} …);</li>
 *   <li>{@code dw=alone} / {@code ds=alone}: the form (w) or stem (s) occurs nowhere else in the document;</li>
 *   <li>{@code dwm=TYPE}: the type (or {@code O}) most other occurrences received;</li>
 *   <li>{@code dwe=TYPE}: every entity type some other occurrence received.</li>
 * </ul>
 */
final class StackedContext {
  private static final String[] TYPES = {"O", "PERS", "LOC", "ORG", "MISC"};
  /** Words on each side whose first-stage tag a word's features include. */
  static final int TAG_WINDOW = 2;
  private static final String CONTEXT_PREFIX = "ne=";

  private StackedContext() {}

  /**
   * The additional context of each sentence of one document with the stacked values added.
   *
   * @param sentences the document's tokenised sentences
   * @param contexts  each sentence's additional context so far (e.g. {@link SeenNames#context})
   * @param stage1    the first stage's tags of each sentence (from a model that did not train on it)
   */
  static List<String[][]> add(List<String[]> sentences, List<String[][]> contexts, List<String[]> stage1) {
    return addNormalised(DocumentConsistency.normalised(sentences), contexts, stage1);
  }

  /** {@link #add} given the document's match-normalised words ({@link DocumentConsistency#normalised}). */
  static List<String[][]> addNormalised(List<String[]> norms, List<String[][]> contexts, List<String[]> stage1) {
    List<String[][]> keys = new ArrayList<>(norms.size());
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String[]> keysOfWord = new HashMap<>(); // a document repeats its words: stem each once
    for (int k = 0; k < norms.size(); k++) {
      String[] words = norms.get(k);
      String[][] kk = new String[words.length][];
      for (int i = 0; i < words.length; i++) {
        kk[i] = keysOfWord.computeIfAbsent(words[i], StackedContext::keysOfNormalised);
        int t = type(stage1.get(k)[i]);
        for (String key : kk[i]) counts.computeIfAbsent(key, x -> new int[TYPES.length])[t]++;
      }
      keys.add(kk);
    }
    List<String[][]> out = new ArrayList<>(norms.size());
    List<String> v = new ArrayList<>();
    for (int k = 0; k < norms.size(); k++) {
      String[] tags = stage1.get(k);
      String[][] base = contexts.get(k);
      String[][] kk = keys.get(k);
      String[][] ctx = new String[tags.length][];
      for (int i = 0; i < tags.length; i++) {
        v.clear();
        for (String c : base[i]) v.add(c);
        v.add(tagValue(tags[i]));
        int own = type(tags[i]);
        for (String key : kk[i]) summarise(v, key.charAt(0) == 'w' ? 0 : 1, counts.get(key), own);
        ctx[i] = v.toArray(String[]::new);
      }
      out.add(ctx);
    }
    return out;
  }

  /** The counting keys of a match-normalised word: the word (w…) and its stem (s…). */
  private static String[] keysOfNormalised(String norm) {
    return new String[] {"w" + norm, "s" + ArabicClitics.stem(norm)};
  }

  /**
   * The values as constants, so that a document's context strings are not built word by word
   * (and their hash codes, which the decoders' caches look up, are computed once).
   */
  private static final Map<String, String> TAG_VALUES = new HashMap<>();
  private static final String[] ALONE = {"dw=alone", "ds=alone"};
  private static final String[][] MAJORITY = new String[2][TYPES.length];
  private static final String[][] EVERY = new String[2][TYPES.length];

  static {
    for (String t : TYPES) {
      if (t.equals("O")) TAG_VALUES.put(t, "t=O");
      else for (String p : new String[] {"B-", "I-"}) TAG_VALUES.put(p + t, "t=" + p + t);
    }
    for (int kind = 0; kind < 2; kind++) {
      String prefix = kind == 0 ? "dw" : "ds";
      for (int t = 0; t < TYPES.length; t++) {
        MAJORITY[kind][t] = prefix + "m=" + TYPES[t];
        EVERY[kind][t] = prefix + "e=" + TYPES[t];
      }
    }
  }

  private static String tagValue(String tag) {
    String v = TAG_VALUES.get(tag);
    return v != null ? v : "t=" + tag;
  }

  /**
   * Whether a feature of OpenNLP's additional-context window ({@code ne=X} for the word itself,
   * {@code p3ne=X} / {@code n2ne=X} for X three words before / two after) is kept: every
   * {@link SeenNames} value is, a first-stage tag {@code t=} within ±{@value #TAG_WINDOW}, a
   * document value ({@code d…}) at the word only. Training and both decoders apply it, so a
   * single-stage model, which has no stacked values, is unchanged.
   */
  static boolean keepWindowed(String feature) {
    return keepWindowed(feature, Integer.MAX_VALUE, TAG_WINDOW);
  }

  /**
   * As {@link #keepWindowed(String)} with other windows: {@link SeenNames} values within
   * ±{@code seenWindow} words, first-stage tags within ±{@code tagWindow}, document values at the
   * word only. The CRF second stage ({@link CrfStage}) keeps the window of the session-4
   * experiment it was chosen by: seen names at the word (their strings already name the
   * neighbours), tags at ±1.
   */
  static boolean keepWindowed(String feature, int seenWindow, int tagWindow) {
    int i = 0;
    int offset = 0;
    char c0 = feature.isEmpty() ? 0 : feature.charAt(0);
    if ((c0 == 'p' || c0 == 'n') && feature.length() > 1 && Character.isDigit(feature.charAt(1))) {
      i = 1;
      while (i < feature.length() && Character.isDigit(feature.charAt(i))) offset = offset * 10 + feature.charAt(i++) - '0';
    }
    if (!feature.startsWith(CONTEXT_PREFIX, i)) return true;
    int v = i + CONTEXT_PREFIX.length();
    if (feature.startsWith("t=", v)) return offset <= tagWindow;
    if (feature.startsWith("d", v)) return offset == 0;
    return offset <= seenWindow;
  }

  /** {@code window}'s features that {@link #keepWindowed} keeps. */
  static AdaptiveFeatureGenerator filtered(AdaptiveFeatureGenerator window) {
    return new AdaptiveFeatureGenerator() {
      private final List<String> all = new ArrayList<>();

      @Override
      public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        all.clear();
        window.createFeatures(all, tokens, index, previousOutcomes);
        for (String f : all) if (keepWindowed(f)) features.add(f);
      }

      @Override
      public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        window.updateAdaptiveData(tokens, outcomes);
      }

      @Override
      public void clearAdaptiveData() {
        window.clearAdaptiveData();
      }
    };
  }

  /**
   * Majority type of the other occurrences and every entity type some other occurrence had;
   * {@code kind} 0 for the word ({@code dw…}), 1 for the stem ({@code ds…}).
   */
  private static void summarise(List<String> v, int kind, int[] c, int own) {
    int total = 0;
    int best = -1;
    for (int t = 0; t < c.length; t++) {
      int n = c[t] - (t == own ? 1 : 0);
      total += n;
      if (n > 0 && (best < 0 || n > c[best] - (best == own ? 1 : 0))) best = t;
    }
    if (total == 0) {
      v.add(ALONE[kind]);
      return;
    }
    v.add(MAJORITY[kind][best]);
    for (int t = 1; t < c.length; t++) if (c[t] - (t == own ? 1 : 0) > 0) v.add(EVERY[kind][t]);
  }

  /** Index into {@link #TYPES} of an IOB2 tag's type (0 for O or anything unknown). */
  private static int type(String tag) {
    if (tag.length() < 3) return 0;
    EntityType t = EntityType.parse(tag.substring(2));
    return t == null ? 0 : t.ordinal() + 1;
  }
}

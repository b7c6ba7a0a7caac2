package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Words the training data mostly uses inside entities of a type ({@code جنيف} → LOC), given to
 * the name finder as OpenNLP "additional context" for each word and its neighbours. While
 * training, each part of the data sees only the list built from the other parts
 * (jackknifing), so the model learns how far to trust the list on words it has not seen
 * rather than memorising it.
 */
final class SeenNames {
  private static final String[] TYPE_NAMES = {"P", "L", "O", "M"};
  private static final double MIN_RATIO = 0.5;

  private final Map<String, Integer> masks;

  SeenNames(Map<String, Integer> masks) {
    this.masks = masks;
  }

  Map<String, Integer> masks() {
    return masks;
  }

  /**
   * Jackknifed lists for training: the sentences are cut into {@code folds} consecutive parts and
   * each sentence gets the list built from the other parts (element {@code i} for sentence
   * {@code i}; the sentences of one part share one list), so a learner sees how far the list can
   * be trusted on words it has not seen.
   */
  static List<SeenNames> jackknifed(List<TaggedSentence> sentences, int folds) {
    int n = sentences.size();
    List<SeenNames> out = new ArrayList<>(n);
    for (int k = 0; k < folds; k++) {
      int from = k * n / folds, to = (k + 1) * n / folds;
      List<TaggedSentence> others = new ArrayList<>(sentences.subList(0, from));
      others.addAll(sentences.subList(to, n));
      SeenNames seen = build(others);
      for (int i = from; i < to; i++) out.add(seen);
    }
    return out;
  }

  /** Builds the list from tagged sentences. */
  static SeenNames build(List<TaggedSentence> sentences) {
    Map<String, int[]> counts = new HashMap<>(); // per type, then total in slot 4
    for (TaggedSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        String w = ArabicNormalizer.match(s.tokens()[i]);
        String t = s.tags()[i];
        EntityType type = t.length() > 2 ? EntityType.parse(t.substring(2)) : null;
        for (String k : keys(w)) {
          int[] c = counts.computeIfAbsent(k, x -> new int[5]);
          c[4]++;
          if (type != null) c[type.ordinal()]++;
        }
      }
    }
    Map<String, Integer> masks = new HashMap<>();
    counts.forEach((k, c) -> {
      int m = 0;
      for (EntityType t : EntityType.values()) if (c[t.ordinal()] > 0 && c[t.ordinal()] >= MIN_RATIO * c[4]) m |= t.bit();
      if (m != 0) masks.put(k, m);
    });
    return new SeenNames(masks);
  }

  private static List<String> keys(String w) {
    String bare = ArabicClitics.withoutProclitics(w);
    return bare.equals(w) ? List.of(w) : List.of(w, bare);
  }

  private int mask(String w) {
    Integer m = masks.get(w);
    if (m != null) return m;
    return masks.getOrDefault(ArabicClitics.withoutProclitics(w), 0);
  }

  /** OpenNLP additional context: for each word, the types of itself and its neighbours. */
  String[][] context(String[] tokens) {
    String[] norm = new String[tokens.length];
    for (int i = 0; i < norm.length; i++) norm[i] = ArabicNormalizer.match(tokens[i]);
    return contextOfNormalised(norm);
  }

  /** {@link #context} given the words already match-normalised. */
  String[][] contextOfNormalised(String[] norm) {
    int n = norm.length;
    int[] m = new int[n];
    for (int i = 0; i < n; i++) m[i] = mask(norm[i]);
    String[][] out = new String[n][];
    List<String> v = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      v.clear();
      add(v, "0", m[i]);
      if (i > 0) add(v, "-1", m[i - 1]);
      if (i + 1 < n) add(v, "+1", m[i + 1]);
      out[i] = v.toArray(String[]::new);
    }
    return out;
  }

  private static void add(List<String> v, String pos, int mask) {
    for (int t = 0; t < TYPE_NAMES.length; t++) if ((mask & (1 << t)) != 0) v.add(pos + TYPE_NAMES[t]);
  }
}

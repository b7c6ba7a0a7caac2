package org.marsad.bench.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second-stage features in the manner of Krishnan & Manning (2006): how a first-stage tagger
 * labelled the same word elsewhere in the (pseudo-)document and in the whole batch of text,
 * plus its own labels around the word. The word is keyed twice, by its match-normalised form
 * and by its clitic-stripped stem (the values of the base features {@code w=} and {@code s=}),
 * and the word's own occurrence is left out of the counts, so the features say what the rest
 * of the document thinks.
 */
public final class StackedFeatures {
  private static final String[] TYPES = {"O", "PERS", "LOC", "ORG", "MISC"};

  private StackedFeatures() {}

  /**
   * Base features plus stacked features.
   *
   * @param base    per-sentence, per-word base features (must contain {@code w=} and {@code s=})
   * @param stage1  first-stage tags for the same sentences, predicted by a model that did not
   *                train on them
   * @param docSize consecutive sentences forming one pseudo-document
   */
  public static List<String[][]> add(List<String[][]> base, List<String[]> stage1, int docSize) {
    return add(base, stage1, docSize, true);
  }

  /**
   * As {@link #add(List, List, int)}; without {@code batch} the batch-level values ({@code c…})
   * are left out, so only the pseudo-document is used, as when articles are tagged one at a time.
   */
  public static List<String[][]> add(List<String[][]> base, List<String[]> stage1, int docSize, boolean batch) {
    Map<String, int[]> corpus = new HashMap<>();
    if (batch) count(base, stage1, 0, base.size(), corpus);
    List<String[][]> out = new ArrayList<>(base.size());
    for (int from = 0; from < base.size(); from += docSize) {
      int to = Math.min(base.size(), from + docSize);
      Map<String, int[]> doc = new HashMap<>();
      count(base, stage1, from, to, doc);
      for (int k = from; k < to; k++) {
        String[][] b = base.get(k);
        String[] t = stage1.get(k);
        String[][] s = new String[b.length][];
        for (int i = 0; i < b.length; i++) {
          List<String> f = new ArrayList<>(b[i].length + 12);
          java.util.Collections.addAll(f, b[i]);
          f.add("p1=" + t[i]);
          f.add("p1-1=" + (i > 0 ? t[i - 1] : "<s>"));
          f.add("p1+1=" + (i + 1 < t.length ? t[i + 1] : "</s>"));
          int own = type(t[i]);
          for (String key : keys(b[i])) {
            String kind = key.substring(0, 1);
            summarise(f, "d" + kind, doc.get(key), own);
            if (batch) summarise(f, "c" + kind, corpus.get(key), own);
          }
          s[i] = f.toArray(String[]::new);
        }
        out.add(s);
      }
    }
    return out;
  }

  /** Majority type of the other occurrences and every type some other occurrence had. */
  private static void summarise(List<String> f, String prefix, int[] c, int own) {
    if (c == null) return;
    int[] other = c.clone();
    other[own]--;
    int total = 0, best = -1;
    for (int t = 0; t < other.length; t++) {
      total += other[t];
      if (other[t] > 0 && (best < 0 || other[t] > other[best])) best = t;
    }
    if (total == 0) {
      f.add(prefix + "=alone");
      return;
    }
    f.add(prefix + "m=" + TYPES[best]);
    for (int t = 1; t < other.length; t++) if (other[t] > 0) f.add(prefix + "e=" + TYPES[t]);
  }

  private static void count(List<String[][]> base, List<String[]> stage1, int from, int to, Map<String, int[]> into) {
    for (int k = from; k < to; k++) {
      String[][] b = base.get(k);
      String[] t = stage1.get(k);
      for (int i = 0; i < b.length; i++) {
        for (String key : keys(b[i])) into.computeIfAbsent(key, x -> new int[TYPES.length])[type(t[i])]++;
      }
    }
  }

  /** "w…" and "s…" keys from the base features {@code w=} and {@code s=}. */
  private static List<String> keys(String[] f) {
    List<String> k = new ArrayList<>(2);
    for (String x : f) if (x.startsWith("w=") || x.startsWith("s=")) k.add(x.charAt(0) + x.substring(2));
    return k;
  }

  private static int type(String tag) {
    if (tag.length() < 3) return 0;
    return switch (tag.substring(2)) {
      case "PERS" -> 1;
      case "LOC" -> 2;
      case "ORG" -> 3;
      case "MISC" -> 4;
      default -> 0;
    };
  }
}

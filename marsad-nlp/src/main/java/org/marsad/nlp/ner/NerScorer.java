package org.marsad.nlp.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoNLL-style entity-level scoring: an entity counts as correct only when its span and type
 * both match exactly. Add sentences with {@link #add}, then read {@link #scores()}.
 */
public final class NerScorer {
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, gold, predicted
  private long tokens;

  public NerScorer() {
    for (EntityType t : EntityType.values()) counts.put(t, new int[3]);
  }

  /** Scores one sentence's predicted tags against its gold tags. */
  public void add(String[] gold, String[] predicted) {
    if (gold.length != predicted.length) throw new IllegalArgumentException("gold and predicted differ in length");
    tokens += gold.length;
    List<EntitySpan> g = EntitySpan.fromTags(gold);
    Set<EntitySpan> p = new HashSet<>(EntitySpan.fromTags(predicted));
    for (EntitySpan s : g) {
      counts.get(s.type())[1]++;
      if (p.contains(s)) counts.get(s.type())[0]++;
    }
    for (EntitySpan s : p) counts.get(s.type())[2]++;
  }

  /** Tokens scored so far. */
  public long tokens() {
    return tokens;
  }

  /** Per-type scores (in {@link EntityType} order) and the micro average under key "micro". */
  public Map<String, Score> scores() {
    Map<String, Score> out = new LinkedHashMap<>();
    int tp = 0, gold = 0, pred = 0;
    for (EntityType t : EntityType.values()) {
      int[] c = counts.get(t);
      out.put(t.name(), Score.of(c[0], c[1], c[2]));
      tp += c[0];
      gold += c[1];
      pred += c[2];
    }
    out.put("micro", Score.of(tp, gold, pred));
    return out;
  }

  /** Precision, recall and F1 (0–100) with the counts behind them. */
  public record Score(int correct, int gold, int predicted, double precision, double recall, double f1) {
    static Score of(int tp, int gold, int pred) {
      double p = pred == 0 ? 0 : 100.0 * tp / pred;
      double r = gold == 0 ? 0 : 100.0 * tp / gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Score(tp, gold, pred, p, r, f);
    }
  }
}

package org.marsad.nlp.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** EXPERIMENT (session 11): online chain merging behind system properties x.merge*. */
final class ChainMerge {
  static final double T = Double.parseDouble(System.getProperty("x.merge", "-1"));
  static final double EVENT_SIM = Double.parseDouble(System.getProperty("x.mergeEvent", "0"));
  static final double EVENT_COS = Double.parseDouble(System.getProperty("x.mergeCos", "0"));
  static final int RARE = Integer.getInteger("x.mergeRare", 0);
  static final double RARE_DF = Double.parseDouble(System.getProperty("x.rareDf", "0.01"));
  static final boolean JOIN_ONLY = Boolean.getBoolean("x.mergeJoinOnly");
  static final double CHAIN = Double.parseDouble(System.getProperty("x.mergeChain", "-1"));
  static final boolean TRACE = Boolean.getBoolean("x.mergeTrace");

  static void maybeMerge(StoryClusterer sc, EventCluster target, StoryInput in,
                         Map<String, EventCluster> bestOfStory, Map<String, Double> bestScoreOfStory) {
    try {
      if (T < 0) return;
      boolean joined = !target.members.isEmpty();
      if (JOIN_ONLY && !joined) return;
      String own = target.storyId;
      EventCluster ownEvent = joined ? target : bestOfStory.get(own);
      if (ownEvent == null) return;
      if (!joined && bestScoreOfStory.getOrDefault(own, -1.0) < T) return;
      List<String> others = new ArrayList<>();
      for (Map.Entry<String, Double> e : bestScoreOfStory.entrySet()) {
        if (!e.getKey().equals(own) && e.getValue() >= T) others.add(e.getKey());
      }
      for (String other : others) {
        EventCluster o = bestOfStory.get(other);
        if (o.storyId.equals(target.storyId)) continue; // merged already by an earlier one
        double cos = centroidCosine(ownEvent, o);
        double w = sc.settings.entityWeight();
        double sim = (1 - w) * cos + w * overlap(ownEvent, o, sc.settings.linkEntityFloor());
        int rare = sharedRare(sc, ownEvent, o);
        boolean ok = sim >= EVENT_SIM && cos >= EVENT_COS && rare >= RARE;
        double chain = ok && CHAIN >= 0 ? chainSimilarity(sc, target.storyId, o.storyId) : -1;
        if (CHAIN >= 0) ok = ok && chain >= CHAIN;
        if (TRACE) System.err.printf(java.util.Locale.ROOT, "  chain %.3f%n", chain);
        if (TRACE) System.err.printf(java.util.Locale.ROOT, "merge? %s %s | %s(%s) %.3f | %s(%s) %.3f | evsim %.3f cos %.3f rare %d -> %s%n",
            in.title(), joined ? "J" : "L", ownEvent.id, target.storyId, bestScoreOfStory.getOrDefault(own, -1.0), o.id, o.storyId,
            bestScoreOfStory.get(other), sim, cos, rare, ok);
        if (ok) merge(sc, target.storyId, o.storyId);
      }
    } finally {
      sc.articlesSeen++;
      for (String e : in.entityIds()) sc.entityArticles.merge(e, 1, Integer::sum);
    }
  }

  /** Merges the later-created of two stories into the earlier one. */
  static void merge(StoryClusterer sc, String a, String b) {
    int oa = Integer.MAX_VALUE, ob = Integer.MAX_VALUE;
    for (EventCluster c : sc.events) {
      if (c.storyId.equals(a)) oa = Math.min(oa, c.ordinal);
      if (c.storyId.equals(b)) ob = Math.min(ob, c.ordinal);
    }
    String keep = oa <= ob ? a : b, gone = oa <= ob ? b : a;
    sc.storyAlias.put(gone, keep);
    for (EventCluster c : sc.events) if (c.storyId.equals(gone)) c.storyId = keep;
  }

  /** Chain-to-chain: the two stories' summed open centroids and entity sets, scored as an event pair. */
  static double chainSimilarity(StoryClusterer sc, String a, String b) {
    EventCluster ca = new EventCluster("a", -1, a), cb = new EventCluster("b", -1, b);
    java.util.Map<String, Double> sa = new java.util.HashMap<>(), sb = new java.util.HashMap<>();
    for (EventCluster c : sc.events) {
      if (c.isClosed()) continue;
      if (c.storyId.equals(a)) { c.centroid().forEach((k, v) -> sa.merge(k, v, Double::sum)); ca.entityCounts.putAll(c.entityCounts); }
      if (c.storyId.equals(b)) { c.centroid().forEach((k, v) -> sb.merge(k, v, Double::sum)); cb.entityCounts.putAll(c.entityCounts); }
    }
    ca.restoreCentroid(sa);
    cb.restoreCentroid(sb);
    double w = sc.settings.entityWeight();
    return (1 - w) * centroidCosine(ca, cb) + w * overlap(ca, cb, sc.settings.linkEntityFloor());
  }

  static double centroidCosine(EventCluster x, EventCluster y) {
    Map<String, Double> a = x.centroid(), b = y.centroid();
    if (a.size() > b.size()) { Map<String, Double> t = a; a = b; b = t; }
    double dot = 0, na = 0, nb = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double v = b.get(e.getKey());
      if (v != null) dot += e.getValue() * v;
    }
    for (double v : a.values()) na += v * v;
    for (double v : b.values()) nb += v * v;
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  static double overlap(EventCluster x, EventCluster y, int floor) {
    if (x.entityCounts.isEmpty() || y.entityCounts.isEmpty()) return 0;
    int shared = 0;
    for (String e : x.entityCounts.keySet()) if (y.entityCounts.containsKey(e)) shared++;
    return (double) shared / Math.max(floor, Math.min(x.entityCounts.size(), y.entityCounts.size()));
  }

  static int sharedRare(StoryClusterer sc, EventCluster x, EventCluster y) {
    int n = 0;
    for (String e : x.entityCounts.keySet()) {
      if (!y.entityCounts.containsKey(e)) continue;
      int df = sc.entityArticles.getOrDefault(e, 0);
      if (df <= Math.max(2, RARE_DF * sc.articlesSeen)) n++;
    }
    return n;
  }
}

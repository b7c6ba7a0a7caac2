package org.marsad.nlp.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Baseline: TextRank (Mihalcea and Tarau 2004) for sentence extraction. Sentences are nodes,
 * edges weigh shared content terms normalised by {@code log|Si| + log|Sj|}, and the weighted
 * PageRank (damping 0.85) orders them; ties keep reading order.
 */
public final class TextRankRanker implements SentenceRanker {
  private static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 100;
  private static final double EPSILON = 1e-6;

  @Override
  public List<Candidate> rank(String title, List<Candidate> candidates) {
    double[] score = scores(candidates);
    List<Candidate> out = new ArrayList<>(candidates);
    out.sort(Comparator.comparingDouble((Candidate c) -> -score[c.index()]).thenComparingInt(Candidate::index));
    return out;
  }

  /** PageRank score per candidate index. */
  static double[] scores(List<Candidate> cands) {
    int n = cands.size();
    double[][] w = new double[n][n];
    double[] outSum = new double[n];
    List<Set<String>> sets = new ArrayList<>();
    for (Candidate c : cands) sets.add(new HashSet<>(c.terms()));
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double sim = similarity(sets.get(i), sets.get(j));
        w[i][j] = w[j][i] = sim;
        outSum[i] += sim;
        outSum[j] += sim;
      }
    }
    double[] s = new double[n];
    java.util.Arrays.fill(s, 1.0);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] next = new double[n];
      double delta = 0;
      for (int i = 0; i < n; i++) {
        double in = 0;
        for (int j = 0; j < n; j++) if (w[j][i] > 0) in += w[j][i] / outSum[j] * s[j];
        next[i] = (1 - DAMPING) + DAMPING * in;
        delta = Math.max(delta, Math.abs(next[i] - s[i]));
      }
      s = next;
      if (delta < EPSILON) break;
    }
    return s;
  }

  static double similarity(Set<String> a, Set<String> b) {
    if (a.size() < 2 || b.size() < 2) return 0; // log(1) = 0 would divide by zero
    int common = 0;
    for (String t : a) if (b.contains(t)) common++;
    return common / (Math.log(a.size()) + Math.log(b.size()));
  }
}

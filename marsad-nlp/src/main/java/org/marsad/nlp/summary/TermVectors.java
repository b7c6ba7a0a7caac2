package org.marsad.nlp.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** TF-IDF vectors of candidate sentences, with IDF over the article's own sentences. */
public final class TermVectors {
  private TermVectors() {}

  /** One weighted vector per candidate (raw term frequency × (log(N/df) + 1)). */
  public static List<Map<String, Double>> tfidf(List<Candidate> cands) {
    Map<String, Integer> df = new HashMap<>();
    for (Candidate c : cands) for (String t : new HashSet<>(c.terms())) df.merge(t, 1, Integer::sum);
    double n = cands.size();
    return cands.stream().map(c -> {
      Map<String, Double> v = new HashMap<>();
      for (String t : c.terms()) v.merge(t, 1.0, Double::sum);
      v.replaceAll((t, tf) -> tf * (Math.log(n / df.get(t)) + 1));
      return v;
    }).toList();
  }

  static Map<String, Double> sum(List<Map<String, Double>> vectors) {
    Map<String, Double> out = new HashMap<>();
    for (Map<String, Double> v : vectors) v.forEach((t, w) -> out.merge(t, w, Double::sum));
    return out;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    Map<String, Double> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) s += w * w;
    return Math.sqrt(s);
  }
}

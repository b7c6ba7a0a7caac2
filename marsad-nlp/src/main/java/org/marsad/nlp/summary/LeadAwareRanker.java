package org.marsad.nlp.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.terms.ContentTerms;

/**
 * Marsad's ranker. Each sentence gets a relevance score from signals scaled to [0, 1] over
 * the article:
 * <ul>
 *   <li>a position prior {@code (1 + i)^-decay} (news puts the essence first), raised for the
 *       first sentence after a heading (the lead of a sub-story);</li>
 *   <li>optionally, similarity to the article's focus: TF-IDF cosine to the title plus the lead
 *       sentence (sentences that develop what the top of the story announces);</li>
 *   <li>optionally, centrality: TF-IDF cosine to the whole article.</li>
 * </ul>
 * The product settings ({@link #DEFAULT}) weigh focus and centrality 0: on EASC neither raised
 * ROUGE over the position prior at any weight tried (docs/summary.md), so the ranker's work is
 * done by the position prior, the sub-story bonus and the redundancy penalty.
 * Sentences are then picked greedily by maximal marginal
 * relevance (Carbonell and Goldstein 1998): relevance minus similarity to what is already
 * picked, so that a restatement of the lead does not take a second slot.
 */
public final class LeadAwareRanker implements SentenceRanker {
  /**
   * The ranker's settings.
   *
   * @param position    weight of the position prior {@code (1 + i)^-decay}
   * @param centrality  weight of the cosine to the whole article
   * @param focus       weight of the cosine to title + lead sentence
   * @param sectionLead extra prior (as a share of its own) for the first sentence after a heading
   * @param lambda      MMR trade-off: 1 ignores redundancy
   * @param decay       exponent of the position prior
   * @param relative    weight of the relative position {@code 1 − i/n} (early in this article,
   *                    whatever its length)
   * @param longWords   sentences above this many words lose {@code longPenalty} of relevance
   * @param longPenalty see {@code longWords}
   */
  public record Weights(double position, double centrality, double focus, double sectionLead,
      double lambda, double decay, double relative, int longWords, double longPenalty) {
    /** The first version's settings: no relative position, no length penalty. */
    public Weights(double position, double centrality, double focus, double sectionLead, double lambda, double decay) {
      this(position, centrality, focus, sectionLead, lambda, decay, 0, Integer.MAX_VALUE, 0);
    }
  }

  /** The product settings. */
  public static final Weights DEFAULT = new Weights(1.0, 0.0, 0.0, 1.0, 0.9, 0.5, 1.0, 50, 0.2);

  private final Weights w;

  public LeadAwareRanker() {
    this(DEFAULT);
  }

  public LeadAwareRanker(Weights weights) {
    this.w = weights;
  }

  @Override
  public List<Candidate> rank(String title, List<Candidate> cands) {
    int n = cands.size();
    if (n == 0) return List.of();
    List<Map<String, Double>> vec = TermVectors.tfidf(cands);
    Map<String, Double> doc = TermVectors.sum(vec);
    Map<String, Double> focusVec = new HashMap<>(vec.get(0));
    if (title != null) for (String t : ContentTerms.of(title)) focusVec.merge(t, 1.0, Double::sum);

    double[] pos = new double[n], cen = new double[n], foc = new double[n];
    for (int i = 0; i < n; i++) {
      double prior = Math.pow(1 + i, -w.decay());
      pos[i] = prior + (cands.get(i).sectionStart() ? w.sectionLead() * prior : 0);
      cen[i] = TermVectors.cosine(vec.get(i), doc);
      foc[i] = TermVectors.cosine(vec.get(i), focusVec);
    }
    scale(pos);
    scale(cen);
    scale(foc);
    double[] rel = new double[n];
    for (int i = 0; i < n; i++) {
      rel[i] = w.position() * pos[i] + w.centrality() * cen[i] + w.focus() * foc[i]
          + w.relative() * (1.0 - (double) i / n);
      if (cands.get(i).words() > w.longWords()) rel[i] -= w.longPenalty();
    }

    List<Candidate> picked = new ArrayList<>();
    boolean[] used = new boolean[n];
    double[] maxSim = new double[n];
    for (int k = 0; k < n; k++) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (used[i]) continue;
        double mmr = w.lambda() * rel[i] - (1 - w.lambda()) * maxSim[i];
        if (mmr > bestScore) { bestScore = mmr; best = i; }
      }
      used[best] = true;
      picked.add(cands.get(best));
      for (int i = 0; i < n; i++) {
        if (!used[i]) maxSim[i] = Math.max(maxSim[i], TermVectors.cosine(vec.get(i), vec.get(best)));
      }
    }
    return picked;
  }

  private static void scale(double[] v) {
    double max = 0;
    for (double x : v) max = Math.max(max, x);
    if (max > 0) for (int i = 0; i < v.length; i++) v[i] /= max;
  }
}

package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.summary.ExtractiveSummarizer;
import org.marsad.nlp.summary.LeadAwareRanker;
import org.marsad.nlp.summary.LeadRanker;
import org.marsad.nlp.summary.TextRankRanker;

/**
 * Summary evaluation on EASC. Every system gets the same budget per article: the mean word
 * count of that article's reference summaries; it adds its best sentences until the budget
 * is reached and the result is cut to exactly the budget in words. Scores are ROUGE F-measures
 * averaged over the 5 references, then over articles (macro average). {@link #compare} adds the
 * per-article comparison with a baseline ({@link PairedComparison}).
 */
public final class SummaryEvaluation {
  /** Mean ROUGE-1, ROUGE-2 and ROUGE-L F of one system. */
  public record Scores(double rouge1, double rouge2, double rougeL, int articles) {}

  public static final String MARSAD = "marsad";
  public static final String LEAD = "lead";
  public static final String TEXTRANK = "textrank";

  private SummaryEvaluation() {}

  public static Map<String, Scores> run(List<EascCorpus.Item> items) {
    return run(items, LeadAwareRanker.DEFAULT);
  }

  /** The evaluation with explicit weights for Marsad's ranker (for tuning experiments). */
  public static Map<String, Scores> run(List<EascCorpus.Item> items, LeadAwareRanker.Weights weights) {
    return means(perArticle(items, weights));
  }

  /** Each system's macro average ({@link #mean}) of its per-article scores. */
  public static Map<String, Scores> means(Map<String, List<Scores>> perArticle) {
    Map<String, Scores> out = new LinkedHashMap<>();
    perArticle.forEach((name, per) -> out.put(name, mean(per)));
    return out;
  }

  /** The three systems, Marsad's with the given weights. */
  static Map<String, ExtractiveSummarizer> systems(LeadAwareRanker.Weights weights) {
    Map<String, ExtractiveSummarizer> systems = new LinkedHashMap<>();
    systems.put(MARSAD, new ExtractiveSummarizer(new LeadAwareRanker(weights)));
    systems.put(LEAD, new ExtractiveSummarizer(new LeadRanker()));
    systems.put(TEXTRANK, new ExtractiveSummarizer(new TextRankRanker()));
    return systems;
  }

  /** Each system's scores per article, in the order of {@code items}. */
  public static Map<String, List<Scores>> perArticle(List<EascCorpus.Item> items, LeadAwareRanker.Weights weights) {
    Map<String, List<Scores>> out = new LinkedHashMap<>();
    systems(weights).forEach((name, summarizer) -> out.put(name, perArticle(items, summarizer)));
    return out;
  }

  /** ROUGE-2 of every system other than {@code baseline} against the baseline's, article by article. */
  public static Map<String, PairedComparison> compare(Map<String, List<Scores>> perArticle, String baseline) {
    List<Scores> base = perArticle.get(baseline);
    if (base == null) throw new IllegalArgumentException("no system " + baseline);
    Map<String, PairedComparison> out = new LinkedHashMap<>();
    perArticle.forEach((name, per) -> {
      if (!name.equals(baseline)) out.put(name, PairedComparison.of(rouge2(per), rouge2(base)));
    });
    return out;
  }

  /** The ROUGE-2 column of per-article scores. */
  public static double[] rouge2(List<Scores> perArticle) {
    return perArticle.stream().mapToDouble(Scores::rouge2).toArray();
  }

  /** The macro average of per-article scores. */
  public static Scores mean(List<Scores> perArticle) {
    double r1 = 0, r2 = 0, rl = 0;
    for (Scores s : perArticle) {
      r1 += s.rouge1();
      r2 += s.rouge2();
      rl += s.rougeL();
    }
    int n = perArticle.size();
    return n == 0 ? new Scores(0, 0, 0, 0) : new Scores(r1 / n, r2 / n, rl / n, n);
  }

  /** Mean ROUGE of one summariser over the items, each cut to its budget. */
  public static Scores score(List<EascCorpus.Item> items, ExtractiveSummarizer summarizer) {
    return mean(perArticle(items, summarizer));
  }

  /** ROUGE of one summariser on each item (articles = 1 each), the summary cut to the item's budget. */
  public static List<Scores> perArticle(List<EascCorpus.Item> items, ExtractiveSummarizer summarizer) {
    List<Scores> out = new ArrayList<>();
    for (EascCorpus.Item item : items) {
      List<List<String>> refs = item.references().stream().map(RougeScorer::tokens).toList();
      int budget = budget(refs);
      List<String> cand = RougeScorer.tokens(String.join("\n", summarizer.summarizeToWords(null, item.text(), budget)));
      if (cand.size() > budget) cand = cand.subList(0, budget);
      out.add(new Scores(RougeScorer.averageF(cand, refs, 1), RougeScorer.averageF(cand, refs, 2), RougeScorer.averageF(cand, refs, 0), 1));
    }
    return out;
  }

  /** An article's word budget: the mean length of its references, rounded. */
  public static int budget(List<List<String>> referenceTokens) {
    return (int) Math.round(referenceTokens.stream().mapToInt(List::size).average().orElse(0));
  }
}

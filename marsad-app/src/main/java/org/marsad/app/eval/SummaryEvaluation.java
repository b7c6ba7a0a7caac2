package org.marsad.app.eval;

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
 * averaged over the 5 references, then over articles (macro average).
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
    Map<String, ExtractiveSummarizer> systems = new LinkedHashMap<>();
    systems.put(MARSAD, new ExtractiveSummarizer(new LeadAwareRanker(weights)));
    systems.put(LEAD, new ExtractiveSummarizer(new LeadRanker()));
    systems.put(TEXTRANK, new ExtractiveSummarizer(new TextRankRanker()));
    Map<String, Scores> out = new LinkedHashMap<>();
    systems.forEach((name, summarizer) -> out.put(name, score(items, summarizer)));
    return out;
  }

  /** Mean ROUGE of one summariser over the items, each cut to its budget. */
  public static Scores score(List<EascCorpus.Item> items, ExtractiveSummarizer summarizer) {
    double r1 = 0, r2 = 0, rl = 0;
    for (EascCorpus.Item item : items) {
      List<List<String>> refs = item.references().stream().map(RougeScorer::tokens).toList();
      int budget = (int) Math.round(refs.stream().mapToInt(List::size).average().orElse(0));
      List<String> cand = RougeScorer.tokens(String.join("\n", summarizer.summarizeToWords(null, item.text(), budget)));
      if (cand.size() > budget) cand = cand.subList(0, budget);
      r1 += RougeScorer.averageF(cand, refs, 1);
      r2 += RougeScorer.averageF(cand, refs, 2);
      rl += RougeScorer.averageF(cand, refs, 0);
    }
    int n = items.size();
    return new Scores(r1 / n, r2 / n, rl / n, n);
  }
}

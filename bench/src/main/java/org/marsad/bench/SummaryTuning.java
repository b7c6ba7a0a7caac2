package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.marsad.app.eval.EascCorpus;
import org.marsad.app.eval.SummaryEvaluation;
import org.marsad.nlp.summary.ExtractiveSummarizer;
import org.marsad.nlp.summary.LeadAwareRanker;
import org.marsad.nlp.summary.LeadRanker;
import org.marsad.nlp.summary.TextRankRanker;

/**
 * Grid search of the summariser's weights on the EASC development half (odd topic numbers),
 * printing the best settings by dev ROUGE-2 and, for those only, the held-out half:
 * {@code bench/run SummaryTuning ../shared [wide]} (wide: the first, wider grid). The held-out figures are not used for choosing.
 */
public final class SummaryTuning {
  record Trial(LeadAwareRanker.Weights w, boolean fit, SummaryEvaluation.Scores dev) {}

  private static Trial trial(List<EascCorpus.Item> dev, LeadAwareRanker.Weights w, boolean fit) {
    return new Trial(w, fit, SummaryEvaluation.score(dev, new ExtractiveSummarizer(new LeadAwareRanker(w), fit)));
  }

  public static void main(String[] args) throws Exception {
    List<EascCorpus.Item> all = EascCorpus.read(Path.of(args[0]).resolve(EascCorpus.PATH));
    List<EascCorpus.Item> dev = EascCorpus.Half.DEV.of(all), held = EascCorpus.Half.HELD_OUT.of(all);
    System.out.printf(Locale.ROOT, "dev %d articles, held-out %d%n", dev.size(), held.size());
    for (boolean fit : new boolean[] {false, true}) {
      System.out.printf(Locale.ROOT, "lead%s     dev %.4f  held-out %.4f%n", fit ? "+fit" : "    ",
          SummaryEvaluation.score(dev, new ExtractiveSummarizer(new LeadRanker(), fit)).rouge2(),
          SummaryEvaluation.score(held, new ExtractiveSummarizer(new LeadRanker(), fit)).rouge2());
      System.out.printf(Locale.ROOT, "textrank%s dev %.4f  held-out %.4f%n", fit ? "+fit" : "    ",
          SummaryEvaluation.score(dev, new ExtractiveSummarizer(new TextRankRanker(), fit)).rouge2(),
          SummaryEvaluation.score(held, new ExtractiveSummarizer(new TextRankRanker(), fit)).rouge2());
    }
    List<Trial> trials = new ArrayList<>();
    if (args.length > 1 && args[1].equals("wide")) {
      // The first, wider grid: decay, length penalty threshold, centrality, budget fitting.
      for (boolean fit : new boolean[] {false, true})
        for (double decay : new double[] {0.3, 0.5, 0.8})
          for (double relative : new double[] {0, 0.2, 0.5})
            for (int longWords : new int[] {40, 50, 60})
              for (double longPenalty : new double[] {0, 0.1, 0.3})
                for (double lambda : new double[] {0.7, 0.8, 0.9, 1.0})
                  for (double cen : new double[] {0, 0.1}) {
                    if (longPenalty == 0 && longWords != 50) continue;
                    trials.add(trial(dev, new LeadAwareRanker.Weights(1.0, cen, 0.0, 1.0, lambda, decay, relative, longWords, longPenalty), fit));
                  }
    } else {
      // The second grid: focus (cosine to the lead), a stronger relative position, decay 0.5.
      for (double focus : new double[] {0, 0.2, 0.4, 0.7})
        for (double relative : new double[] {0, 0.2, 0.5, 1.0})
          for (double longPenalty : new double[] {0, 0.2})
            for (double lambda : new double[] {0.8, 0.9, 1.0})
              trials.add(trial(dev, new LeadAwareRanker.Weights(1.0, 0, focus, 1.0, lambda, 0.5, relative, 50, longPenalty), false));
    }
    trials.sort(Comparator.comparingDouble((Trial t) -> t.dev().rouge2()).reversed());
    for (Trial t : trials.subList(0, Math.min(15, trials.size()))) {
      SummaryEvaluation.Scores h = SummaryEvaluation.score(held, new ExtractiveSummarizer(new LeadAwareRanker(t.w()), t.fit()));
      System.out.printf(Locale.ROOT, "dev %.4f  held-out %.4f  fit=%s %s%n", t.dev().rouge2(), h.rouge2(), t.fit(), t.w());
    }
  }
}

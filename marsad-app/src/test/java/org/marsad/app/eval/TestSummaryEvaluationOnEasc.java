package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.summary.ExtractiveSummarizer;
import org.marsad.nlp.summary.LeadAwareRanker;
import org.marsad.nlp.summary.LeadRanker;
import org.marsad.testkit.SharedData;

/**
 * The summary evaluation on EASC's development half, as {@code marsad eval summary --half dev}
 * runs it: Marsad must beat TextRank beyond noise and must not fall below lead-k beyond noise.
 */
class TestSummaryEvaluationOnEasc {
  @Test
  void marsad_beats_textrank_beyond_noise_and_is_not_worse_than_lead() throws Exception {
    List<EascCorpus.Item> dev = EascCorpus.Half.DEV.of(EascCorpus.read(SharedData.require(EascCorpus.PATH)));
    Map<String, List<SummaryEvaluation.Scores>> per = SummaryEvaluation.perArticle(dev, LeadAwareRanker.DEFAULT);
    assertThat(per.get(SummaryEvaluation.MARSAD)).hasSize(77);

    PairedComparison vsTextRank = SummaryEvaluation.compare(per, SummaryEvaluation.TEXTRANK).get(SummaryEvaluation.MARSAD);
    assertThat(vsTextRank.significantlyBetter()).as("marsad vs textrank: %s", vsTextRank).isTrue();

    PairedComparison vsLead = SummaryEvaluation.compare(per, SummaryEvaluation.LEAD).get(SummaryEvaluation.MARSAD);
    assertThat(vsLead.ciHigh()).as("marsad vs lead: %s", vsLead).isGreaterThan(0);
    // the means the command prints are the means of these per-article scores
    assertThat(SummaryEvaluation.mean(per.get(SummaryEvaluation.LEAD)).rouge2())
        .isEqualTo(SummaryEvaluation.score(dev, new ExtractiveSummarizer(new LeadRanker())).rouge2());
  }
}

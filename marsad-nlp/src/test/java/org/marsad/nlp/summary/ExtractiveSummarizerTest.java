package org.marsad.nlp.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

class ExtractiveSummarizerTest {
  /** The seed's clean body: dateline (first line) and the 5-line promo footer removed. */
  static String seedBody() {
    List<String> lines = Arrays.asList(SharedData.seedText().strip().split("\\R"));
    return String.join("\n", lines.subList(1, lines.size() - 5));
  }

  @Test
  void the_seed_summary_is_two_or_three_real_sentences_and_no_heading() {
    String body = seedBody();
    List<String> lines = Arrays.asList(body.split("\n"));
    List<String> headings = List.of(lines.get(6), lines.get(13), lines.get(19)); // seed lines 8, 15, 21
    assertThat(headings.get(0)).startsWith("لافروف: واشنطن");
    List<String> summary = new ExtractiveSummarizer().summarize(null, body);
    assertThat(summary).hasSizeBetween(2, 3);
    for (String s : summary) {
      assertThat(body).contains(s);
      assertThat(headings).doesNotContain(s);
      assertThat(CandidateSentences.endsLikeSentence(s)).as("a whole sentence: %s", s).isTrue();
    }
  }

  @Test
  void the_seed_summary_opens_with_the_lead() {
    List<String> summary = new ExtractiveSummarizer().summarize(null, seedBody());
    assertThat(summary.get(0)).startsWith("بحث وزير الخارجية الروسي");
  }

  @Test
  void the_seed_summary_is_not_simply_the_lead_but_takes_a_sub_story_lead() {
    String body = seedBody();
    List<String> summary = new ExtractiveSummarizer().summarize(null, body);
    List<String> firstSentences = CandidateSentences.of(body).stream().limit(summary.size()).map(Candidate::text).toList();
    assertThat(summary).isNotEqualTo(firstSentences);
    assertThat(summary).anyMatch(s -> s.startsWith("وكان لافروف أعلن") || s.startsWith("وفي تصريح صحفي"));
  }

  @Test
  void a_short_text_gives_what_it_has() {
    String text = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق من البلاد.";
    assertThat(new ExtractiveSummarizer().summarize(null, text)).containsExactly(text);
    assertThat(new ExtractiveSummarizer().summarize(null, "")).isEmpty();
  }

  @Test
  void word_budget_mode_stops_once_the_budget_is_reached() {
    List<String> s = new ExtractiveSummarizer(new LeadRanker()).summarizeToWords(null, seedBody(), 30);
    assertThat(s).hasSize(2); // the lead has 21 words, the next sentence takes it past 30
    assertThat(s.get(0)).startsWith("بحث وزير الخارجية");
  }

  @Test
  void textrank_and_lead_rank_every_candidate_once() {
    List<Candidate> cands = CandidateSentences.of(seedBody());
    assertThat(new TextRankRanker().rank(null, cands)).hasSameSizeAs(cands).containsExactlyInAnyOrderElementsOf(cands);
    assertThat(new LeadAwareRanker().rank(null, cands)).hasSameSizeAs(cands).containsExactlyInAnyOrderElementsOf(cands);
    assertThat(new LeadRanker().rank(null, cands)).isEqualTo(cands);
  }
}

package org.marsad.nlp.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;

class SummaryEnricherTest {
  @Test
  void sets_the_summary_from_the_clean_body() {
    String body = ExtractiveSummarizerTest.seedBody();
    Article a = new Article("id", null, null, null, null, null, null, null, List.of(), List.of(), body,
        null, null, List.of(), List.of(), null, List.of(), null, null);
    List<String> summary = new SummaryEnricher().enrich(a).summary();
    assertThat(summary).hasSizeBetween(2, 3).allMatch(body::contains);
  }
}

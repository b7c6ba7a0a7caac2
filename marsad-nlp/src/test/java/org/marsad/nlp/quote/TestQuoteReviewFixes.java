package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/** Fixes from the session-9 code review. */
class TestQuoteReviewFixes {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> quotes(String text) {
    return extractor.extract(text, List.of());
  }

  @Test
  void aBalFamilyNameAfterTheVerbIsNoVerbalNounObject() {
    // as "منذر بالحاج علي" (JA-politic-240-20170312) with another بال family name from the data file
    List<Quote> q = quotes("ومن جانبه اكتفى منذر بالقاسم علي بالتعليق عن عودته الى الحزب بقوله \" أنا عدت الى بيتي الأول ، وأنا لم اخرج لكي أقول أنني عدت\" رافضا الإدلاء بالمزيد من التوضيحات.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).startsWith("منذر بالقاسم علي");
  }
}

package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

class TestQuoteEvaluation {
  private static final String TEXT = "وقال لافروف: “إن مثل هذه التسريبات سيكون لها تأثير سلبي”. وأضاف أن الحوار مستمر بين الجانبين.";

  private static Quote quote(String words, boolean direct, String speaker) {
    int s = TEXT.indexOf(words);
    return new Quote(words, direct, s, s + words.length(), speaker, null, null, null);
  }

  private static GoldQuote gold(String words, boolean direct, String speaker) {
    int s = TEXT.indexOf(words);
    return new GoldQuote(s, s + words.length(), direct, speaker);
  }

  @Test
  void overlapIsMeasuredAgainstTheLongerSpan() {
    assertThat(QuoteEvaluation.overlap(0, 100, 10, 100)).isEqualTo(0.9);
    assertThat(QuoteEvaluation.overlap(0, 100, 0, 125)).isEqualTo(0.8);
    assertThat(QuoteEvaluation.overlap(0, 10, 20, 30)).isZero();
  }

  @Test
  void spansAndSpeakersAreScoredPerKind() {
    GoldDocument doc = new GoldDocument("ant", "X", null, List.of(
        gold("إن مثل هذه التسريبات سيكون لها تأثير سلبي", true, "سيرغي لافروف"),
        gold("الحوار مستمر بين الجانبين", false, "لافروف")));
    List<Quote> pred = List.of(
        quote("إن مثل هذه التسريبات سيكون لها تأثير سلبي", true, "لافروف"),
        quote("الحوار مستمر بين الجانبين", false, "الجانبين"),
        quote("لها تأثير سلبي", false, "لافروف"));
    List<String> errors = new ArrayList<>();
    QuoteScores d = QuoteEvaluation.score(doc, TEXT, pred, true, errors::add);
    QuoteScores i = QuoteEvaluation.score(doc, TEXT, pred, false, errors::add);
    assertThat(d).isEqualTo(new QuoteScores(1, 1, 1, 1));
    assertThat(i).isEqualTo(new QuoteScores(1, 2, 1, 0));
    assertThat(i.spanPrecision()).isEqualTo(0.5);
    assertThat(errors).hasSize(2).anyMatch(e -> e.contains("SPEAKER")).anyMatch(e -> e.contains("FALSE"));
  }

  @Test
  void aShortOverlapDoesNotCount() {
    GoldDocument doc = new GoldDocument("ant", "X", null, List.of(gold("الحوار مستمر بين الجانبين", false, "لافروف")));
    QuoteScores s = QuoteEvaluation.score(doc, TEXT, List.of(quote("الحوار مستمر", false, "لافروف")), false, null);
    assertThat(s.matched()).isZero();
    assertThat(s.spanRecall()).isZero();
  }
}

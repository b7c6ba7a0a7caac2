package org.marsad.nlp.quote;

import java.util.List;
import org.marsad.nlp.article.Quote;

/** The extractor the construction tests share, run without entities as on raw text. */
abstract class QuoteTestBase {
  final QuoteExtractor extractor = new QuoteExtractor();

  List<Quote> quotes(String text) {
    return extractor.extract(text, List.of());
  }
}

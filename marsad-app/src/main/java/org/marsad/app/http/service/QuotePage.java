package org.marsad.app.http.service;

import java.util.List;

/**
 * One page of quotations. The listing reads at most a fixed number of matching articles (the
 * newest), so it also says whether that was all of them: {@code total} counts every matching
 * quotation only when {@code complete}; otherwise the quotations of the {@code articlesRead}
 * newest of {@code articlesMatched} articles.
 */
public record QuotePage(long total, List<QuoteView> items, boolean complete, long articlesMatched, int articlesRead) {
  public QuotePage {
    items = List.copyOf(items);
  }
}

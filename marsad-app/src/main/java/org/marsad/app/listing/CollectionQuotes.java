package org.marsad.app.listing;

import java.io.IOException;
import java.time.LocalDate;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.http.service.QuotePage;
import org.marsad.app.http.service.QuoteService;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;

/** The API's quotation listing over the {@link QuoteFinder}. */
public final class CollectionQuotes implements QuoteService {
  private final QuoteFinder finder;

  public CollectionQuotes(ArticleStore store, EntityRegistry registry) {
    this.finder = new QuoteFinder(store, registry);
  }

  @Override
  public QuotePage find(String speaker, String query, LocalDate from, LocalDate to, PageRequest page) throws IOException {
    QuoteFinder.Found f = finder.find(speaker, query, from == null ? null : from.toString(), to == null ? null : to.toString(),
        (page.page() - 1) * page.size(), page.size());
    return new QuotePage(f.total(), f.quotes(), f.complete(), f.articlesMatched(), f.articlesRead());
  }
}

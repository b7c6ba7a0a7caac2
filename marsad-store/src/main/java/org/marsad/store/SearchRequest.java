package org.marsad.store;

/**
 * A search as the user asked it: Marsad query syntax (words, "phrases", -exclusions, OR,
 * field filters such as source: city: from: to:; see {@link org.marsad.store.query.MarsadQueryParser}),
 * sort, page, whether near-duplicates are shown, and the date histogram's bucket size.
 *
 * @param query             the query text; blank matches every article
 * @param sort              relevance (ties broken by date) or date, newest first
 * @param offset            hits to skip (page × size)
 * @param limit             hits to return
 * @param includeDuplicates also show articles marked as near-duplicates of another
 * @param histogram         bucket size of the {@code date} facet
 */
public record SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates,
                            DateBucket histogram) {
  public enum SortOrder { RELEVANCE, DATE }

  /** Bucket size of the publication-date histogram facet. */
  public enum DateBucket { DAY, MONTH }

  public SearchRequest {
    if (sort == null) sort = SortOrder.RELEVANCE;
    if (histogram == null) histogram = DateBucket.DAY;
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
  }

  /** Without a histogram choice (days). Kept for callers written against the first version. */
  public SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates) {
    this(query, sort, offset, limit, includeDuplicates, DateBucket.DAY);
  }

  /** The first ten hits by relevance, duplicates hidden. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, SortOrder.RELEVANCE, 0, 10, false, DateBucket.DAY);
  }

  public SearchRequest withSort(SortOrder sort) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram);
  }

  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram);
  }

  public SearchRequest withDuplicates(boolean includeDuplicates) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram);
  }

  public SearchRequest withHistogram(DateBucket histogram) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram);
  }
}

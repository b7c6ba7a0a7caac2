package org.marsad.store;

import java.util.List;

/**
 * A search as the user asked it: Marsad query syntax (words, "phrases", -exclusions, OR,
 * field filters such as source: city: from: to:; see {@link org.marsad.store.query.MarsadQueryParser}),
 * sort, page, whether near-duplicates are shown, and the date histogram's bucket size.
 *
 * @param query             the query text; blank matches every article
 * @param sort              relevance (ties broken by date), date newest first, or date oldest first
 *                          (a story's first article, with one hit)
 * @param offset            hits to skip (page × size)
 * @param limit             hits to return
 * @param includeDuplicates also show articles marked as near-duplicates of another
 * @param histogram         bucket size of the {@code date} facet
 * @param facetLimit        how many top values each facet (source, city, topic, person, org,
 *                          place, story) lists; {@value #DEFAULT_FACET_LIMIT} by default
 * @param snippets          whether hits carry a snippet (true by default); a caller that shows
 *                          no snippet (a story's article list) spares the highlighting of every hit
 * @param markedNames       names the snippets also mark, as the name of an entity filter
 *                          ({@code person:لافروف}) is: the names of an entity the query filters by
 *                          id ({@code person:pers-…}), which the store cannot know (the caller
 *                          holds the registry); names without Arabic letters are ignored
 */
public record SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates,
                            DateBucket histogram, int facetLimit, boolean snippets, List<String> markedNames) {
  public static final int DEFAULT_FACET_LIMIT = 10;
  /** Facets longer than this are not asked for (a listing pages through stories, it does not dump them). */
  public static final int MAX_FACET_LIMIT = 10_000;

  /** {@code OLDEST} is not offered to users: it finds the first article of a set with one hit. */
  public enum SortOrder { RELEVANCE, DATE, OLDEST }

  /** Bucket size of the publication-date histogram facet. */
  public enum DateBucket { DAY, MONTH }

  public SearchRequest {
    if (sort == null) sort = SortOrder.RELEVANCE;
    if (histogram == null) histogram = DateBucket.DAY;
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative: " + offset);
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
    if (facetLimit < 1 || facetLimit > MAX_FACET_LIMIT) {
      throw new IllegalArgumentException("facetLimit must be between 1 and " + MAX_FACET_LIMIT + ": " + facetLimit);
    }
    markedNames = markedNames == null ? List.of() : List.copyOf(markedNames);
  }

  /** No names marked beyond the query's own. */
  public SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates,
                       DateBucket histogram, int facetLimit, boolean snippets) {
    this(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, List.of());
  }

  /** With snippets. */
  public SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates,
                       DateBucket histogram, int facetLimit) {
    this(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, true);
  }

  /** With the default facet length. */
  public SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates, DateBucket histogram) {
    this(query, sort, offset, limit, includeDuplicates, histogram, DEFAULT_FACET_LIMIT);
  }

  /** Without a histogram choice (days). Kept for callers written against the first version. */
  public SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates) {
    this(query, sort, offset, limit, includeDuplicates, DateBucket.DAY, DEFAULT_FACET_LIMIT);
  }

  /** The first ten hits by relevance, duplicates hidden. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, SortOrder.RELEVANCE, 0, 10, false, DateBucket.DAY, DEFAULT_FACET_LIMIT);
  }

  public SearchRequest withSort(SortOrder sort) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, markedNames);
  }

  public SearchRequest withPage(int offset, int limit) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, markedNames);
  }

  public SearchRequest withDuplicates(boolean includeDuplicates) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, markedNames);
  }

  public SearchRequest withFacetLimit(int facetLimit) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, markedNames);
  }

  /** The same search with an empty snippet in every hit. */
  public SearchRequest withoutSnippets() {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, false, markedNames);
  }

  public SearchRequest withHistogram(DateBucket histogram) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, markedNames);
  }

  /** The same search, its snippets also marking these names (see {@link #markedNames}). */
  public SearchRequest withMarkedNames(List<String> markedNames) {
    return new SearchRequest(query, sort, offset, limit, includeDuplicates, histogram, facetLimit, snippets, markedNames);
  }
}

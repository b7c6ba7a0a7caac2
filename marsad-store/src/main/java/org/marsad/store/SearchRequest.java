package org.marsad.store;

/**
 * A search as the user asked it: Marsad query syntax (words, "phrases", -exclusions, OR,
 * field filters such as source: city: from: to:), sort, page.
 */
public record SearchRequest(String query, SortOrder sort, int offset, int limit, boolean includeDuplicates) {
  public enum SortOrder { RELEVANCE, DATE }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, SortOrder.RELEVANCE, 0, 10, false);
  }
}

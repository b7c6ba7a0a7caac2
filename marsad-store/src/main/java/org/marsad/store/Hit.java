package org.marsad.store;

/**
 * One search hit as the CLI and API show it.
 *
 * @param id        content id (use {@code marsad get ID} for the full record)
 * @param title     headline, or null
 * @param source    publisher key, or null
 * @param url       URL, or null
 * @param published publication time as stored in the record (ISO-8601), or null
 * @param score     relevance score (0 when sorted by date without scores)
 * @param snippet   a passage of the body around the matches, HTML-escaped, matches wrapped in
 *                  {@code <mark>…</mark>}, cut at word boundaries with {@code …} where text was left out
 * @param duplicateOf id of the article this one is a near-duplicate (republication) of, or null for
 *                  an original; only a search with near-duplicates shown ({@code --all}) has copies
 */
public record Hit(String id, String title, String source, String url, String published, double score, String snippet,
    String duplicateOf) {
  /**
   * A hit that is no one's copy.
   *
   * @deprecated a store should say what a hit is a copy of: use the full constructor with
   *     {@code duplicateOf} (null for an original); kept for tests and benchmarks that build hits by hand
   */
  @Deprecated
  public Hit(String id, String title, String source, String url, String published, double score, String snippet) {
    this(id, title, source, url, published, score, snippet, null);
  }
}

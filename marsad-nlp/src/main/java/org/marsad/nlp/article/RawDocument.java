package org.marsad.nlp.article;

/**
 * One article as it arrives, before analysis: either plain text or HTML, plus whatever
 * metadata the container supplied (JSON fields, TREC tags, feed items, HTTP headers).
 *
 * @param body      the article body as text or HTML
 * @param html      true when {@code body} is an HTML page
 * @param title     title given by the container, or null
 * @param url       URL, or null
 * @param source    publisher key, or null
 * @param published publication time as the container gave it (any common format), or null
 * @param origin    where it was read from (file path, archive entry, feed URL) for error messages
 */
public record RawDocument(String body, boolean html, String title, String url, String source, String published, String origin) {
  /** Plain text with no metadata. */
  public static RawDocument ofText(String text, String origin) {
    return new RawDocument(text, false, null, null, null, null, origin);
  }
}

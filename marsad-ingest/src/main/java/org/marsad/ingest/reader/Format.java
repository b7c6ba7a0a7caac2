package org.marsad.ingest.reader;

/** What an input holds, decided by {@link FormatSniffer}. */
enum Format {
  GZIP, ZIP, WARC, TREC, HTML, JSON_ARRAY, JSON_LINES, JSON_VALUES, TEXT,
  /** XML that is not a page (a feed, a sitemap, NewsML…): not an article, refused with a reason. */
  XML
}

package org.marsad.ingest.reader;

/** What an input holds, decided by {@link FormatSniffer}. */
enum Format {
  GZIP, ZIP, TAR, WARC, TREC, HTML, JSON_ARRAY, JSON_LINES, JSON_VALUES, TEXT,
  /** XML that is not a page: a saved RSS or Atom feed (its items are read), else refused with a reason (a sitemap, NewsML…). */
  XML
}

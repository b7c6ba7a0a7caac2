/**
 * Readers for every input format behind {@link org.marsad.ingest.Sources}: plain text, HTML,
 * JSON Lines, JSON arrays, TREC {@code <DOC>} records, WARC, and zip / gzip archives of any of
 * them. {@link org.marsad.ingest.reader.InputReader} dispatches; the format readers are internal.
 */
package org.marsad.ingest.reader;

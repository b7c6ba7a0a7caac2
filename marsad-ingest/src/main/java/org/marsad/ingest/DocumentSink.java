package org.marsad.ingest;

import java.util.Map;
import org.marsad.nlp.article.RawDocument;

/**
 * Receives what a source yields: documents, and failures that must be reported (and
 * quarantined) without stopping the rest of the batch. Readers call it from the reading
 * thread, one call at a time.
 */
public interface DocumentSink {
  /** One document read from the source. */
  void accept(RawDocument document);

  /**
   * One document plus container fields that {@link RawDocument} has no slot for, e.g. TREC
   * {@code docno} and {@code category}, JSON {@code author}, WARC {@code warcRecordId} (see
   * docs/ingest-formats.md for every key). Readers always call this method; the default drops
   * the extras, so a sink that wants them overrides it.
   *
   * @param extras field name to value, never null, possibly empty
   */
  default void accept(RawDocument document, Map<String, String> extras) {
    accept(document);
  }

  /**
   * Part of the input could not be read.
   *
   * @param origin where (file path, archive entry, line number)
   * @param reason one line a user understands ("invalid JSON at line 12: …")
   * @param bytes  the offending bytes when small enough to quarantine, or null
   */
  void failed(String origin, String reason, byte[] bytes);
}

package org.marsad.ingest;

import org.marsad.nlp.article.RawDocument;

/**
 * Receives what a source yields: documents, and failures that must be reported (and
 * quarantined) without stopping the rest of the batch.
 */
public interface DocumentSink {
  /** One document read from the source. */
  void accept(RawDocument document);

  /**
   * Part of the input could not be read.
   *
   * @param origin where (file path, archive entry, line number)
   * @param reason one line a user understands ("invalid JSON at line 12: …")
   * @param bytes  the offending bytes when small enough to quarantine, or null
   */
  void failed(String origin, String reason, byte[] bytes);
}

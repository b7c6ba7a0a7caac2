package org.marsad.ingest;

import java.util.Map;
import org.marsad.nlp.article.RawDocument;

/**
 * Receives what a source yields: documents, and failures that must be reported (and
 * quarantined) without stopping the rest of the batch. Readers call it from the reading
 * thread, one call at a time.
 *
 * <p>{@code accept} may throw {@link NotStoredException} when the sink cannot keep a good
 * document now (its store is full or failing): the document is offered again later (the feed
 * watcher) or reading stops (file readers), instead of being reported as a bad document.
 */
public interface DocumentSink {
  /**
   * One document read from the source.
   *
   * @throws NotStoredException the document could not be kept for now; it is not at fault
   */
  void accept(RawDocument document);

  /**
   * One document plus container fields that {@link RawDocument} has no slot for, e.g. TREC
   * {@code docno} and {@code category}, JSON {@code author}, WARC {@code warcRecordId} (see
   * docs/ingest-formats.md for every key). Readers always call this method; the default drops
   * the extras, so a sink that wants them overrides it.
   *
   * @param extras field name to value, never null, possibly empty
   * @throws NotStoredException the document could not be kept for now; it is not at fault
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

  /**
   * A document read whole whose text is empty (a JSON record with a blank {@code content}, an
   * empty page): nothing to index, but not a damaged input. The ingest counts it as a rejected
   * document (session-20 review F8: these were counted as unreadable inputs); the default reports
   * it as a failure, as before.
   *
   * @param origin where (file path, archive entry, line number)
   * @param reason one line, e.g. "empty text"
   */
  default void empty(String origin, String reason) {
    failed(origin, reason, null);
  }
}

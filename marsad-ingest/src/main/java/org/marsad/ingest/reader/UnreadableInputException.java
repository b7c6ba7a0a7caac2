package org.marsad.ingest.reader;

/**
 * One input (a file, an archive entry, a record) cannot be turned into a document. The message
 * is one line a user understands; the offending bytes travel along for the quarantine.
 */
public final class UnreadableInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient byte[] bytes;

  /**
   * @param reason one line, e.g. "HTML page has no text"
   * @param bytes  the offending bytes, or null
   */
  public UnreadableInputException(String reason, byte[] bytes) {
    super(reason);
    this.bytes = bytes;
  }

  /** The reason of a record or page read whole whose text is empty (see {@link #emptyText}). */
  static final String EMPTY_TEXT = "empty text";

  /**
   * A record or page that was read whole but whose text is empty: a document with nothing to
   * index, which a sink counts as rejected, not as an unreadable input ({@link org.marsad.ingest.DocumentSink#empty}).
   */
  static UnreadableInputException emptyText() {
    return new UnreadableInputException(EMPTY_TEXT, null);
  }

  /** Whether this is {@link #emptyText}: a readable document with nothing to index. */
  boolean isEmptyText() {
    return EMPTY_TEXT.equals(getMessage()) && bytes == null;
  }

  /** Tells {@code sink} of this input: an empty document ({@link #isEmptyText}) or a failure with {@code quarantined}. */
  void reportTo(org.marsad.ingest.DocumentSink sink, String origin, byte[] quarantined) {
    if (isEmptyText()) {
      sink.empty(origin, reason());
    } else {
      sink.failed(origin, reason(), quarantined);
    }
  }

  /** The one-line reason. */
  public String reason() {
    return getMessage();
  }

  /** The offending bytes, or null. */
  public byte[] bytes() {
    return bytes;
  }
}

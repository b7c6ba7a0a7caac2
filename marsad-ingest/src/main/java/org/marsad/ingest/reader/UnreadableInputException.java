package org.marsad.ingest.reader;

/**
 * One input (a file, an archive entry, a record) cannot be turned into a document. The message
 * is one line a user understands; the offending bytes travel along for the quarantine.
 */
public final class UnreadableInputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient byte[] bytes;
  /** A document read whole with nothing to index ({@link #emptyText}): a kind of its own, not told by the message. */
  private final boolean emptyText;

  /**
   * @param reason one line, e.g. "HTML page has no text"
   * @param bytes  the offending bytes, or null
   */
  public UnreadableInputException(String reason, byte[] bytes) {
    this(reason, bytes, false);
  }

  private UnreadableInputException(String reason, byte[] bytes, boolean emptyText) {
    super(reason);
    this.bytes = bytes;
    this.emptyText = emptyText;
  }

  /** The reason of a record or page read whole whose text is empty (see {@link #emptyText}). */
  static final String EMPTY_TEXT = "empty text";

  /**
   * A record or page that was read whole but whose text is empty: a document with nothing to
   * index, which a sink counts as rejected, not as an unreadable input ({@link org.marsad.ingest.DocumentSink#empty}).
   */
  static UnreadableInputException emptyText() {
    return new UnreadableInputException(EMPTY_TEXT, null, true);
  }

  /**
   * Whether this is {@link #emptyText}: a readable document with nothing to index. Its own field, not
   * the message: another failure whose reason happens to read "empty text" stays a failure
   * (review21/ingest21 F7).
   */
  boolean isEmptyText() {
    return emptyText;
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

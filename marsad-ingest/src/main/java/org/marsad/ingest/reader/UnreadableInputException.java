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

  /** The one-line reason. */
  public String reason() {
    return getMessage();
  }

  /** The offending bytes, or null. */
  public byte[] bytes() {
    return bytes;
  }
}

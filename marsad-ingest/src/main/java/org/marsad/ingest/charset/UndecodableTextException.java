package org.marsad.ingest.charset;

/**
 * The bytes are not text Marsad can read: binary content (NUL bytes, control characters),
 * invalid bytes after a byte-order mark, or no supported charset gives readable text.
 * The message is one line a user understands, e.g. {@code "binary content (NUL byte at offset 12)"}.
 */
public final class UndecodableTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param reason one line, no trailing period */
  public UndecodableTextException(String reason) {
    super(reason);
  }

  /** The one-line reason (same as the message). */
  public String reason() {
    return getMessage();
  }
}

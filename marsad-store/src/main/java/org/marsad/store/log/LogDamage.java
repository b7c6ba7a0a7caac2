package org.marsad.store.log;

/**
 * A stretch of a segment that failed its checksum or framing and was skipped.
 *
 * @param segment segment file name
 * @param offset  byte offset where the damaged line starts
 * @param length  bytes skipped (up to and including the next newline, or to the end)
 * @param reason  what was wrong ("checksum mismatch", "truncated record", …)
 */
public record LogDamage(String segment, long offset, long length, String reason) {
  @Override
  public String toString() {
    return segment + " at byte " + offset + " (" + length + " bytes): " + reason;
  }
}

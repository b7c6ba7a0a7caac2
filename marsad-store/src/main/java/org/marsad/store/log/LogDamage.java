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
  /**
   * The reason given to an unfinished last line of the last segment: a crash in the middle of
   * an append. That record was never synced, hence never committed to the index nor reported as
   * accepted; the next {@link ArticleLog#open} cuts it off.
   */
  public static final String TORN_TAIL = "torn record at the end of the log (an interrupted write, never committed)";

  /** True for the expected residue of a crash mid-append, false for damage to accepted records. */
  public boolean tornTail() {
    return TORN_TAIL.equals(reason);
  }

  @Override
  public String toString() {
    return segment + " at byte " + offset + " (" + length + " bytes): " + reason;
  }
}

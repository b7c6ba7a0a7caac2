package org.marsad.ingest.reader;

import java.io.IOException;
import java.io.InputStream;
import org.marsad.ingest.ReadOptions;

/**
 * A copy on disk of a zip that arrives as a stream (a zip inside an archive, a zip on standard
 * input), so that it can be read through its central directory like a zip file: a broken entry
 * then fails alone and the entries after it are read. The copy stops at the end of the zip's end
 * record (its comment included), not at the end of the stream: what follows the zip on a pipe is
 * not drained. The copy goes under {@link ReadOptions#spoolDir} and is at most
 * {@link ReadOptions#maxSpoolBytes} (a buffer more at most): beyond, the copy stops ({@link Spool#full}) and
 * the zip is read as a stream, the copy then the rest. The copy is a {@link Spool}: only where it stops differs.
 */
final class ZipSpool implements Spool.End {
  private static final int END_RECORD = 0x504B0506; // "PK\5\6"
  private static final int END_RECORD_BYTES = 22;

  private int window;
  private long endLeft = -1; // bytes of the end record (and its comment) still to copy, once its own signature is seen
  private long endStart; // where the end record being read starts in the copy
  private final byte[] end = new byte[END_RECORD_BYTES];
  private int endAt;

  private ZipSpool() {}

  /**
   * Copies {@code in} to a temporary file: to the end of {@code in} when {@code toTheEnd} (an entry of
   * an archive), else up to the end of the zip's own end record, or to the end of {@code in}.
   */
  static Spool copy(InputStream in, boolean toTheEnd, ReadOptions options) throws IOException {
    return toTheEnd ? Spool.copy(in, options, ".zip") : Spool.copy(in, options, ".zip", new ZipSpool());
  }

  @Override
  public int bufferBytes() {
    return 8192; // at most this much of what follows the zip is read
  }

  @Override
  public boolean reached() {
    return endLeft == 0;
  }

  @Override
  public int scan(byte[] buffer, int n, long copied) {
    int i = 0;
    for (; i < n && endLeft != 0; i++) {
      int b = buffer[i] & 0xFF;
      if (endLeft > 0) {
        end[endAt++] = (byte) b;
        endLeft--;
        if (endAt == END_RECORD_BYTES - 4) { // the fixed part is in
          if (!endsAt(end, endStart)) {
            endLeft = -1; // the end record of a zip stored in this one: copy on
            continue;
          }
          endLeft += (end[END_RECORD_BYTES - 6] & 0xFF) | (end[END_RECORD_BYTES - 5] & 0xFF) << 8; // its comment
        }
        continue;
      }
      window = window << 8 | b;
      if (window == END_RECORD) {
        endLeft = END_RECORD_BYTES - 4;
        endAt = 0;
        endStart = copied + i - 3;
      }
    }
    return i;
  }

  /** Whether the end record whose fixed part (after its signature) is {@code end} ends a central directory that ends at {@code at}. */
  private static boolean endsAt(byte[] end, long at) {
    long size = littleEndian32(end, 8);
    long offset = littleEndian32(end, 12);
    return offset + size == at;
  }

  private static long littleEndian32(byte[] b, int at) {
    return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
  }
}

package org.marsad.ingest.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * A WARC read as a stream (standard input or an archive entry without spooling, or over the spool limit), less
 * the padding between its records: a run of CR, LF and NUL bytes after a record's two line ends, or before the
 * first record, or at the end. jwarc refuses a blank line before a record, so such a stream ended at the first
 * padding (session 23: 1 record of 10); a WARC file is resynchronised instead ({@link WarcResync}).
 *
 * <p>The stream follows the records' framing as jwarc does: a head whose first line starts with {@code WARC/},
 * one numeric {@code Content-Length}, a blank line, the block, then {@code CRLF CRLF} (or {@code LF LF}). Only
 * after such a record is padding dropped. At the first head or trailer that is not so, everything that follows
 * is given as it is, and jwarc reports what it finds there as before. {@link #inputOffset} turns an offset
 * of this stream into one of the input, so that a record's origin names its place in the input.
 */
final class WarcStreamPadding extends FilterInputStream {
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private enum State { PADDING, HEAD, BLOCK, TRAILER, AS_IS }

  private State state = State.PADDING;
  private long given; // bytes given so far
  private long dropped; // padding bytes dropped so far
  private final TreeMap<Long, Long> droppedBefore = new TreeMap<>(); // an offset given → the bytes dropped before it
  private final StringBuilder line = new StringBuilder();
  private int headBytes;
  private boolean firstLine;
  private long length;
  private int lengths;
  private long remaining;
  private String trailer;
  private int trailerMatched;

  WarcStreamPadding(InputStream in) {
    super(in);
  }

  /**
   * The offset in the input of the byte given at {@code offset} in this stream. Asked for each record in turn, so at
   * offsets that only grow: the runs of padding before the one that counts here are forgotten, and the map holds only
   * the runs in what jwarc has read ahead (its buffer), however many padded records the stream has (review24/ingest24 F4: one entry a padded record).
   */
  long inputOffset(long offset) {
    Map.Entry<Long, Long> before = droppedBefore.floorEntry(offset);
    if (before == null) return offset;
    droppedBefore.headMap(before.getKey(), false).clear();
    return offset + before.getValue();
  }

  /** How many runs of padding are remembered (for a test of the bound). */
  int runsRemembered() {
    return droppedBefore.size();
  }

  @Override
  public int read() throws IOException {
    while (true) {
      switch (state) {
        case AS_IS -> {
          return given(in.read());
        }
        case PADDING -> {
          int b = in.read();
          if (b == '\r' || b == '\n' || b == 0) {
            dropped++;
            continue;
          }
          if (b < 0) return -1;
          if (dropped > 0) droppedBefore.put(given, dropped);
          startHead();
          return head(b);
        }
        case HEAD -> {
          int b = in.read();
          return b < 0 ? given(b) : head(b);
        }
        case BLOCK -> {
          if (remaining == 0) {
            state = State.TRAILER;
            trailer = null;
            trailerMatched = 0;
            continue;
          }
          int b = in.read();
          if (b >= 0) remaining--;
          return given(b);
        }
        case TRAILER -> {
          int b = in.read();
          if (b < 0) return given(b);
          if (trailer == null) trailer = b == '\n' ? "\n\n" : "\r\n\r\n";
          if (b != trailer.charAt(trailerMatched)) {
            state = State.AS_IS; // not the record's line ends: jwarc says what it makes of it
          } else if (++trailerMatched == trailer.length()) {
            state = State.PADDING;
          }
          return given(b);
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  /**
   * Gives as many bytes as the framing allows without waiting for the next record: the rest of a head, its block, its
   * line ends, but never the padding after them once some bytes are given (on a pipe the next record may be long in
   * coming). One call then holds a block's end with what follows it, so that jwarc's excerpt of a break shows the bytes
   * before it (review24/ingest24 F3: one byte a call at a record's end, and the excerpt began at the break).
   */
  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    int n = 0;
    while (n < len) {
      if (state == State.AS_IS || state == State.BLOCK && remaining > 0) { // the bulk of the bytes
        int r = in.read(b, off + n, state == State.AS_IS ? len - n : (int) Math.min(len - n, remaining));
        if (r < 0) break;
        given += r;
        if (state == State.BLOCK) remaining -= r;
        n += r;
        continue;
      }
      if (state == State.PADDING && n > 0) break; // the next record is not waited for
      int c = read();
      if (c < 0) break;
      b[off + n++] = (byte) c;
    }
    return n > 0 ? n : -1;
  }

  /** Skips by reading, so that the framing is followed (the stream under it would pass it by). */
  @Override
  public long skip(long n) throws IOException {
    if (n <= 0) return 0;
    int r = read(new byte[(int) Math.min(n, 8192)]);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private int given(int b) {
    if (b >= 0) given++;
    return b;
  }

  private void startHead() {
    state = State.HEAD;
    line.setLength(0);
    headBytes = 0;
    firstLine = true;
    length = -1;
    lengths = 0;
  }

  /** Gives one byte of a head, following its lines. */
  private int head(int b) {
    if (++headBytes > MAX_HEAD_BYTES) {
      state = State.AS_IS; // no head jwarc would take either
      return given(b);
    }
    if (b != '\n') {
      line.append((char) b);
      return given(b);
    }
    String l = line.toString();
    line.setLength(0);
    if (l.endsWith("\r")) l = l.substring(0, l.length() - 1);
    if (firstLine) {
      firstLine = false;
      if (!l.startsWith("WARC/")) state = State.AS_IS;
    } else if (l.isEmpty()) {
      if (lengths == 1 && length >= 0) {
        state = State.BLOCK;
        remaining = length;
      } else {
        state = State.AS_IS;
      }
    } else {
      int colon = l.indexOf(':');
      if (colon > 0 && l.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
        String value = l.substring(colon + 1).trim();
        lengths++;
        length = WarcHeads.contentLength(value);
      }
    }
    return given(b);
  }
}

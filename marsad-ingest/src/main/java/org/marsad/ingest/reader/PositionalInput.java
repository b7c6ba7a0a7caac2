package org.marsad.ingest.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of an open file from an offset on, read with positional reads: the channel's own position
 * is not moved, so the looks ahead of a WARC's resynchronisation share one open channel per file
 * (session 24: opening the file for every look, asked before every record, was the cost of the check).
 */
final class PositionalInput extends InputStream {
  private final FileChannel channel;
  private final byte[] buffer;
  private long position; // the file offset of buffer[0]
  private int filled;
  private int next;

  PositionalInput(FileChannel channel, long from, int bufferSize) {
    this.channel = channel;
    this.buffer = new byte[bufferSize];
    this.position = from;
  }

  /** The file offset of the next byte {@link #read()} gives. */
  long offset() {
    return position + next;
  }

  @Override
  public int read() throws IOException {
    if (next == filled && !fill()) return -1;
    return buffer[next++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) return 0;
    if (next == filled && !fill()) return -1;
    int n = Math.min(len, filled - next);
    System.arraycopy(buffer, next, b, off, n);
    next += n;
    return n;
  }

  /** Moves on without reading, at most to the end of the file. */
  @Override
  public long skip(long n) throws IOException {
    if (n <= 0) return 0;
    long from = offset();
    long to = Math.min(channel.size(), from + n);
    if (to <= from) return 0;
    position = to;
    filled = 0;
    next = 0;
    return to - from;
  }

  private boolean fill() throws IOException {
    position += filled;
    filled = 0;
    next = 0;
    ByteBuffer into = ByteBuffer.wrap(buffer);
    while (into.hasRemaining()) {
      int n = channel.read(into, position + into.position());
      if (n < 0) break;
      if (n == 0) break;
    }
    filled = into.position();
    return filled > 0;
  }
}

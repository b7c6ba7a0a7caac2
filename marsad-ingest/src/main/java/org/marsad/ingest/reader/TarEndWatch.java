package org.marsad.ingest.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the 512-byte blocks of a tar for its end: a whole tar ends with blocks of zeros (the end-of-archive
 * marker, then the writer's padding), a tar cut between two entries ends with the last block of an entry.
 * The tar reader ends quietly in both cases, so this is what tells them apart (as the central directory does
 * for a zip).
 */
final class TarEndWatch extends FilterInputStream {
  private static final int BLOCK = 512;
  private long position;
  private boolean blockZero = true; // the block being read is zeros so far
  private boolean lastBlockZero;

  TarEndWatch(InputStream in) {
    super(in);
  }

  /** Whether the last whole block read was zeros (true for a whole tar read to its end). */
  boolean endedOnZeros() {
    return lastBlockZero;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) see((byte) b);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    for (int i = 0; i < n; i++) see(b[off + i]);
    return n;
  }

  @Override
  public long skip(long n) throws IOException { // skipped blocks are looked at too (the padding after the marker is skipped)
    int read = n <= 0 ? 0 : read(new byte[(int) Math.min(n, 8192)]);
    return Math.max(read, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void see(byte b) {
    blockZero &= b == 0;
    if (++position % BLOCK == 0) {
      lastBlockZero = blockZero;
      blockZero = true;
    }
  }
}

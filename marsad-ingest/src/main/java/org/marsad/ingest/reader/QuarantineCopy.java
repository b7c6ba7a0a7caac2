package org.marsad.ingest.reader;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps the bytes of a stream that cannot be read twice (standard input) as they are read, up to
 * a limit, so that a broken one can be quarantined whole, as a file is.
 */
final class QuarantineCopy extends FilterInputStream {
  private final int limit;
  private ByteArrayOutputStream copy = new ByteArrayOutputStream();

  QuarantineCopy(InputStream in, int limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) keep(new byte[] {(byte) b}, 0, 1);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) keep(b, off, n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped bytes are read through, so the copy has no holes
    long skipped = 0;
    byte[] buffer = new byte[8192];
    for (int r; skipped < n && (r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped))) > 0; ) {
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void keep(byte[] b, int off, int n) {
    if (copy == null) return;
    if (copy.size() + n > limit) {
      copy = null; // too large to quarantine: the stream is not kept at all
      return;
    }
    copy.write(b, off, n);
  }

  /** The bytes read so far, without reading on, or null when they are more than the limit. */
  byte[] readSoFar() {
    return copy == null ? null : copy.toByteArray();
  }

  /**
   * The whole stream (what was not read yet is read now, as far as the limit; a stream that
   * breaks gives the bytes before the break), or null when it is larger than the limit.
   */
  byte[] whole() {
    try {
      byte[] buffer = new byte[8192];
      while (copy != null && read(buffer, 0, buffer.length) >= 0) {
        // reading keeps the bytes
      }
    } catch (IOException e) {
      // a stream that broke keeps what was read before the break
    }
    return copy == null ? null : copy.toByteArray();
  }
}

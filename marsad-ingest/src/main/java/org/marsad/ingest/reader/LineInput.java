package org.marsad.ingest.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lines of bytes from a stream, each at most a given length: a longer line is skipped to its
 * end and reported as too long, so a file without line breaks cannot exhaust memory.
 * (Hand-written: the JDK's readers buffer unbounded lines.)
 */
final class LineInput {
  /** Returned in place of a line that exceeded the limit. */
  static final byte[] TOO_LONG = new byte[0];

  private final InputStream in;
  private final long maxLine;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
  private long lineNumber;

  LineInput(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The next line without its line break (CR LF or LF), {@link #TOO_LONG}, or null at the end. */
  byte[] next() throws IOException {
    buffer.reset();
    boolean overflow = false;
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      if (!overflow) {
        buffer.write(b);
        overflow = buffer.size() > maxLine;
        if (overflow) {
          buffer.reset();
        }
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    if (overflow) {
      return TOO_LONG;
    }
    byte[] line = buffer.toByteArray();
    int n = line.length;
    if (n > 0 && line[n - 1] == '\r') {
      return java.util.Arrays.copyOf(line, n - 1);
    }
    return line;
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }
}

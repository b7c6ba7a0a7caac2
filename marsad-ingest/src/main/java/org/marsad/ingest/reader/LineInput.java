package org.marsad.ingest.reader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

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
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  private long lineNumber;

  LineInput(InputStream in, long maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The next line without its line break (CR LF or LF), {@link #TOO_LONG}, or null at the end. */
  byte[] next() throws IOException {
    line.reset();
    boolean overflow = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          break;
        }
      }
      any = true;
      int nl = pos;
      while (nl < end && buf[nl] != '\n') {
        nl++;
      }
      if (!overflow) {
        line.write(buf, pos, nl - pos);
        if (line.size() > maxLine) {
          overflow = true;
          line.reset();
        }
      }
      if (nl < end) {
        pos = nl + 1;
        break;
      }
      pos = end;
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    if (overflow) {
      return TOO_LONG;
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    return n > 0 && bytes[n - 1] == '\r' ? Arrays.copyOf(bytes, n - 1) : bytes;
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNumber;
  }
}

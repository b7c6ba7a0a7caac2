package org.marsad.ingest.reader;

import java.nio.charset.StandardCharsets;

/**
 * The WARC head at the start of some bytes (a gzip member's first inflated bytes), read for its length alone; and the
 * one reading of a {@code Content-Length} value that every WARC head reader here shares.
 */
final class WarcHeads {
  private WarcHeads() {}

  /**
   * {@code {head bytes, Content-Length}} of the WARC head that starts {@code bytes} (its first {@code n} bytes), the head
   * counted up to and with its blank line; null when they do not start with a {@code WARC/1.} line, hold no blank line
   * or no numeric {@code Content-Length}.
   */
  static long[] headAndBlockLength(byte[] bytes, int n) {
    if (n < 7 || !new String(bytes, 0, 7, StandardCharsets.ISO_8859_1).equals("WARC/1.")) return null;
    long length = -1;
    int lineStart = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] != '\n') continue;
      String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.ISO_8859_1).strip();
      lineStart = i + 1;
      if (line.isEmpty()) return length < 0 ? null : new long[] {i + 1, length};
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
        String value = line.substring(colon + 1).trim();
        length = contentLength(value);
      }
    }
    return null;
  }

  /** A {@code Content-Length} value as a number, or -1 when it is empty, not all digits or too long for a long. */
  static long contentLength(String value) {
    return !value.isEmpty() && value.length() <= 18 && value.chars().allMatch(Character::isDigit) ? Long.parseLong(value) : -1;
  }
}

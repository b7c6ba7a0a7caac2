package org.marsad.ingest.charset;

/**
 * Tells binary content from text by its control bytes. Text in any ASCII-compatible charset
 * never contains NUL and only rarely other C0 control characters besides tab, line feed,
 * form feed and carriage return; binary formats (images, PDF, executables, compressed data)
 * contain them everywhere.
 */
final class BinarySniffer {
  /** How many leading bytes are examined. */
  static final int SAMPLE_BYTES = 64 * 1024;
  /** More than this share of stray control bytes in the sample means binary. */
  static final double MAX_CONTROL_SHARE = 0.01;

  private BinarySniffer() {}

  /**
   * Why the bytes look binary, or null when they look like text in a single-byte or UTF-8
   * charset (UTF-16 must have been recognised by its byte-order mark before this is asked).
   */
  static String binaryReason(byte[] bytes, int from) {
    int end = Math.min(bytes.length, from + SAMPLE_BYTES);
    int controls = 0;
    for (int i = from; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary content (NUL byte at offset " + i + ")";
      }
      if (b < 0x20 && !isTextControl(b) || b == 0x7F) {
        controls++;
      }
    }
    int sample = end - from;
    if (sample > 0 && controls > Math.max(2, sample * MAX_CONTROL_SHARE)) {
      return "binary content (" + controls + " control bytes in the first " + sample + " bytes)";
    }
    return null;
  }

  private static boolean isTextControl(int b) {
    // tab, line feed, vertical tab, form feed, carriage return, and the DOS end-of-file mark
    return b == 0x09 || b == 0x0A || b == 0x0B || b == 0x0C || b == 0x0D || b == 0x1A;
  }
}

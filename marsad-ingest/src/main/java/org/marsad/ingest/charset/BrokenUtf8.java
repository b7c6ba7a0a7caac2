package org.marsad.ingest.charset;

/**
 * Tells UTF-8 text with a few broken bytes from text in a single-byte charset. In Windows-1256
 * or ISO-8859-6 Arabic, letters follow letters (bytes C1–FF), which is never a valid UTF-8
 * sequence, so only a small share of the high bytes happen to form valid sequences; in UTF-8
 * text with a damaged spot nearly all of them do. Such input is an error (with the position),
 * not a reason to guess another charset and show the reader mojibake.
 */
final class BrokenUtf8 {
  /** Share of high bytes in valid multi-byte sequences above which the input is meant as UTF-8. */
  static final double UTF8_SHARE = 0.9;
  /** Fewer valid sequences than this is too little evidence either way. */
  static final int MIN_SEQUENCES = 8;

  private BrokenUtf8() {}

  /** Offset of the first invalid byte when the input is UTF-8 with damage, else -1. */
  static int firstInvalidOffset(byte[] b) {
    int high = 0, inValid = 0, sequences = 0, firstInvalid = -1;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) { i++; continue; }
      int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
      if (ok) {
        high += len;
        inValid += len;
        sequences++;
        i += len;
      } else {
        if (firstInvalid < 0) firstInvalid = i;
        high++;
        i++;
      }
    }
    if (firstInvalid < 0 || sequences < MIN_SEQUENCES) return -1;
    return (double) inValid / high >= UTF8_SHARE ? firstInvalid : -1;
  }
}

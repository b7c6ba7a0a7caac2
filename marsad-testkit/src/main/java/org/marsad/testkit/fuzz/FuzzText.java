package org.marsad.testkit.fuzz;

/**
 * Fuzzer bytes to text. Seed files stay readable UTF-8, while the fuzzer can still reach every
 * {@code char} sequence a Java string can hold: the bytes are decoded as WTF-8, i.e. UTF-8 that
 * also accepts three-byte encodings of surrogates ({@code ED A0 80} is a lone U+D800), so
 * unpaired surrogates, which real copy-pasted text does contain, are produced too. Malformed
 * bytes become U+FFFD, as in any lenient decoder. Hand-written: no library decodes WTF-8.
 */
public final class FuzzText {
  private static final char REPLACEMENT = '\uFFFD';

  private FuzzText() {}

  /** The text the bytes spell in WTF-8. */
  public static String of(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int need;
      int cp;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
      } else {
        out.append(REPLACEMENT);
        i++;
        continue;
      }
      int j = 1;
      while (j <= need && i + j < bytes.length && (bytes[i + j] & 0xC0) == 0x80) {
        cp = (cp << 6) | (bytes[i + j] & 0x3F);
        j++;
      }
      if (j <= need || (need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
        out.append(REPLACEMENT);
        i += j;
        continue;
      }
      out.appendCodePoint(cp);
      i += need + 1;
    }
    return out.toString();
  }
}

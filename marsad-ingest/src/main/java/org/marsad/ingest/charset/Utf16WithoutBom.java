package org.marsad.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text saved without a byte-order mark (as some Windows tools write it) by the
 * pattern of its high bytes: in Arabic and Latin news text nearly every code unit is in U+00xx
 * (ASCII, spaces, digits), U+06xx (Arabic), U+20xx (punctuation such as “ ” …) or the Arabic
 * presentation forms (U+FBxx–U+FExx), so every second byte takes one of a handful of values,
 * mostly 00 and 06. A binary file has NUL bytes too, but not in such a regular pattern; the
 * caller still rejects a decoding with stray control characters.
 *
 * <p>Written by hand: ICU4J's detector trusts UTF-16 without a BOM only from NUL high bytes
 * (Latin text), so Arabic text, whose high bytes are mostly 06, is not recognised by it.
 */
final class Utf16WithoutBom {
  /** Share of code units whose high byte must be one of {@link #isTextHighByte}. */
  static final double MIN_TEXT_SHARE = 0.95;
  /** Share of code units that must be ASCII/Latin-1 or Arabic (high byte 00 or 06). */
  static final double MIN_CORE_SHARE = 0.5;

  private Utf16WithoutBom() {}

  /** UTF-16LE or UTF-16BE when the bytes show the pattern, else null. */
  static Charset guess(byte[] bytes) {
    int units = Math.min(bytes.length, BinarySniffer.SAMPLE_BYTES) / 2;
    if (units < 2 || bytes.length % 2 != 0) {
      return null;
    }
    if (looksLike(bytes, units, 1)) {
      return StandardCharsets.UTF_16LE;
    }
    if (looksLike(bytes, units, 0)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether the bytes at {@code highOffset} of each pair are the high bytes of text. */
  private static boolean looksLike(byte[] bytes, int units, int highOffset) {
    int text = 0;
    int core = 0;
    int nul = 0;
    for (int u = 0; u < units; u++) {
      int high = bytes[2 * u + highOffset] & 0xFF;
      int low = bytes[2 * u + 1 - highOffset] & 0xFF;
      if (isTextHighByte(high)) {
        text++;
      }
      if (high == 0x00 || high == 0x06) {
        core++;
      }
      if (high == 0 && low == 0) {
        nul++;
      }
    }
    return nul == 0 && text >= units * MIN_TEXT_SHARE && core >= units * MIN_CORE_SHARE;
  }

  private static boolean isTextHighByte(int b) {
    return b == 0x00 || b == 0x06 || b == 0x20 || b == 0xFB || b == 0xFC || b == 0xFD || b == 0xFE;
  }
}

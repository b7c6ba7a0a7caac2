package org.marsad.ingest.reader;

/** Blank text in the Unicode sense: no-break spaces and zero-width marks count as blank too. */
final class Blank {
  private Blank() {}

  static boolean isBlank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\u200C'
          && c != '\u200D' && c != '\u200E' && c != '\u200F' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}

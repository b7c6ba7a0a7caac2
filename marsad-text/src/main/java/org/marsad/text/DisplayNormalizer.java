package org.marsad.text;

import java.text.Normalizer;

/**
 * Display-level normalisation: NFC, presentation forms folded, invisible controls dropped,
 * whitespace collapsed. Works on whole strings (not token buffers) because NFC and
 * presentation-form folding can change the length in either direction.
 */
final class DisplayNormalizer {
  private DisplayNormalizer() {}

  static String normalize(String s) {
    if (s == null || s.isEmpty()) return s == null ? "" : s;
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false, pendingNewline = false;
    boolean dropped = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (isInvisibleControl(c)) {
        dropped = true;
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') { pendingNewline = true; continue; }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { pendingSpace = true; continue; }
      if (out.length() > 0) {
        if (pendingNewline) out.append('\n');
        else if (pendingSpace) out.append(' ');
      }
      pendingSpace = pendingNewline = false;
      if (isPresentationForm(c)) {
        dropped = true;
        // NFKC maps every Arabic presentation form to its base letter(s), e.g. U+FEFB -> لا.
        out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).strip());
      } else {
        out.append(c);
      }
    }
    // A dropped control (a soft hyphen between two marks) or a folded ligature can leave marks
    // side by side that NFC orders differently: normalise again so that display is idempotent.
    String result = out.toString();
    return dropped && !Normalizer.isNormalized(result, Normalizer.Form.NFC)
        ? Normalizer.normalize(result, Normalizer.Form.NFC) : result;
  }

  static boolean isPresentationForm(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
  }

  /** Bidi marks, embeddings, isolates, zero-width characters and the BOM. */
  static boolean isInvisibleControl(char c) {
    return (c >= '\u200B' && c <= '\u200F')   // ZWSP, ZWNJ, ZWJ, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E')   // LRE, RLE, PDF, LRO, RLO
        || (c >= '\u2066' && c <= '\u2069')   // LRI, RLI, FSI, PDI
        || c == '\u061C'                      // ARABIC LETTER MARK
        || c == '\u2060' || c == '\uFEFF'     // WORD JOINER, BOM / ZWNBSP
        || c == '\u00AD';                     // SOFT HYPHEN
  }
}

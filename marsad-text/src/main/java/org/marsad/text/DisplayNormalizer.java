package org.marsad.text;

import java.text.Normalizer;

/**
 * Display-level normalisation: NFC, presentation forms folded, invisible controls dropped,
 * other control characters read as spaces, whitespace collapsed. Works on whole strings (not token buffers) because NFC and
 * presentation-form folding can change the length in either direction.
 */
final class DisplayNormalizer {
  private DisplayNormalizer() {}

  static String normalize(String s) {
    if (s == null || s.isEmpty()) return s == null ? "" : s;
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    // One pass over a char array (this runs on every article body, so no per-char StringBuilder).
    char[] in = nfc.toCharArray();
    char[] out = new char[in.length];
    int n = 0;
    boolean pendingSpace = false, pendingNewline = false;
    boolean dropped = false;
    for (char c : in) {
      if (!isPlain(c)) {
        if (isInvisibleControl(c)) {
          dropped = true;
          continue;
        }
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') { pendingNewline = true; continue; }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isStrayControl(c)) { pendingSpace = true; continue; }
      }
      if (n > 0 && (pendingNewline || pendingSpace)) {
        if (n + 1 >= out.length) out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
        out[n++] = pendingNewline ? '\n' : ' ';
      }
      pendingSpace = pendingNewline = false;
      if (isPresentationForm(c)) {
        dropped = true;
        // NFKC maps every Arabic presentation form to its base letter(s), e.g. U+FEFB -> لا.
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).strip();
        if (n + folded.length() >= out.length) out = java.util.Arrays.copyOf(out, out.length * 2 + folded.length() + 8);
        folded.getChars(0, folded.length(), out, n);
        n += folded.length();
      } else {
        if (n >= out.length) out = java.util.Arrays.copyOf(out, out.length * 2 + 8);
        out[n++] = c;
      }
    }
    // A dropped control (a soft hyphen between two marks) or a folded ligature can leave marks
    // side by side that NFC orders differently: normalise again so that display is idempotent.
    String result = new String(out, 0, n);
    return dropped && !Normalizer.isNormalized(result, Normalizer.Form.NFC)
        ? Normalizer.normalize(result, Normalizer.Form.NFC) : result;
  }

  /**
   * Characters that are certainly kept as they are: printable, below the general punctuation
   * block, and none of the few spaces and controls below it (NBSP, soft hyphen, ALM, Ogham space).
   */
  private static boolean isPlain(char c) {
    return c > ' ' && c < '\u2000' && (c < '\u007F' || c > '\u009F') && c != '\u00A0' && c != '\u00AD' && c != '\u061C' && c != '\u1680' && c != '\u0085';
  }

  /**
   * C0 and C1 control characters that are not line breaks or spaces (NUL, U+0001–U+0008,
   * U+000E–U+001B, DEL, U+0080–U+009F but NEL): never text. Read as a space, so that the words
   * on either side stay apart (alyaum's bodies hold U+001A where a paragraph break was: {@code
   * الوطن. \u001A\u001Aمن احتفالات}); kept, they reached snippets, Solr bodies and JSON (session 17).
   */
  static boolean isStrayControl(char c) {
    return c < ' ' && !Character.isWhitespace(c) || c >= '\u007F' && c <= '\u009F' && c != '\u0085';
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

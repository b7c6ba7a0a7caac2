package org.marsad.text;

/**
 * Arabic normalisation at two levels.
 *
 * <p><b>Display</b> ({@link #display}): keeps the text as a reader expects it.
 * <ul>
 *   <li>Unicode NFC;</li>
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) folded to base letters;</li>
 *   <li>bidi and zero-width controls removed;</li>
 *   <li>runs of whitespace collapsed to one space (line breaks kept as single newlines).</li>
 * </ul>
 *
 * <p><b>Match</b> ({@link #match}): for search and comparison; display plus
 * {@link MatchNormalizer}'s folding: diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي,
 * ة → ه, ؤ → و, ئ → ي, Persian/Urdu ک ی ۀ folded, Arabic-Indic and Eastern Arabic-Indic
 * digits to ASCII. {@code وأضاف}/{@code واضاف}, {@code التى}/{@code التي} and
 * {@code الميدانيـة}/{@code الميدانية} have the same match form.
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** Display-level normalisation. */
  public static String display(String s) {
    return DisplayNormalizer.normalize(s);
  }

  /** Match-level normalisation of a whole string (display first, then letter folding). */
  public static String match(String s) {
    String d = display(s);
    char[] buf = d.toCharArray();
    int len = MatchNormalizer.normalize(buf, buf.length);
    if (len < buf.length) {
      // A diacritic or control standing between two spaces leaves them side by side once
      // removed ("نص َ ع"): collapse again so that match(match(x)) == match(x).
      len = collapseSpaces(buf, len);
    }
    return new String(buf, 0, len);
  }

  /** Display-level whitespace rules again on folded text: one space or newline between words, none at the ends. */
  private static int collapseSpaces(char[] buf, int len) {
    int out = 0;
    char pending = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c == ' ' || c == '\n') {
        if (c == '\n' || pending == 0) pending = c;
        continue;
      }
      if (pending != 0 && out > 0) buf[out++] = pending;
      pending = 0;
      buf[out++] = c;
    }
    return out;
  }
}

package org.marsad.nlp.date;

import org.marsad.text.MatchNormalizer;

/**
 * A match-normalised copy of a text that remembers where each of its characters came from, so
 * that patterns can be written once against folded letters (أ إ آ to ا, ة to ه, ى to ي,
 * Arabic-Indic digits to ASCII, no diacritics or tatweel) and their matches mapped back to
 * offsets in the original.
 */
public final class FoldedText {
  private final String original;
  private final String folded;
  private final int[] origin; // origin[i] = offset in original of folded char i; origin[len] = original length

  private FoldedText(String original, String folded, int[] origin) {
    this.original = original;
    this.folded = folded;
    this.origin = origin;
  }

  /** Folds {@code text}; invisible bidi/zero-width controls are dropped, any space becomes ' '. */
  public static FoldedText of(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MatchNormalizer.isDiacritic(c) || c == MatchNormalizer.TATWEEL || isInvisible(c)) continue;
      origin[sb.length()] = i;
      sb.append(c == '\t' || (c != '\n' && Character.isSpaceChar(c)) ? ' ' : MatchNormalizer.fold(c));
    }
    origin[sb.length()] = text.length();
    return new FoldedText(text, sb.toString(), origin);
  }

  /** Folds a string without keeping offsets; whitespace runs become one space, ends trimmed. */
  public static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0610' && (MatchNormalizer.isDiacritic(c) || c == MatchNormalizer.TATWEEL) || c >= '\u200B' && isInvisible(c)) continue;
      if (isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) sb.append(' ');
      space = false;
      sb.append(MatchNormalizer.fold(c));
    }
    return sb.toString();
  }

  /** Whitespace or a Unicode space separator, with a fast path for ASCII and Arabic letters. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0080' || c >= '\u0600' && c <= '\u06FF') return false;
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF' || c == '\u00AD';
  }

  public String original() {
    return original;
  }

  public String folded() {
    return folded;
  }

  /** Offset in the original text of folded offset {@code i} (start of a span). */
  public int startInOriginal(int i) {
    return origin[i];
  }

  /** Offset in the original text just after folded span end {@code i} (exclusive end). */
  public int endInOriginal(int i) {
    if (i == 0) return 0;
    int end = origin[i - 1] + 1;
    // Marks dropped by folding belong to the letter before them.
    while (end < original.length() && (MatchNormalizer.isDiacritic(original.charAt(end))
        || original.charAt(end) == MatchNormalizer.TATWEEL)) end++;
    return end;
  }
}

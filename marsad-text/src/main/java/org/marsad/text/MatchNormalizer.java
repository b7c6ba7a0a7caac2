package org.marsad.text;

/**
 * Match-level letter folding, in place on a term buffer (like Lucene's ArabicNormalizer, with
 * no Lucene types so that every layer can use it). It assumes display-level input for
 * presentation forms (they change length, see {@link ArabicNormalizer#match}); everything else
 * is folded here:
 * <ul>
 *   <li>diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) removed;</li>
 *   <li>tatweel removed;</li>
 *   <li>bidi and zero-width controls removed (they may hide inside a token);</li>
 *   <li>أ إ آ ٱ and the wavy-hamza alefs to ا;</li>
 *   <li>ى to ي; ة to ه; ؤ to و; ئ to ي;</li>
 *   <li>Persian/Urdu letters: ک to ك, ی ے to ي, ۀ ہ ە ھ to ه;</li>
 *   <li>Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to ASCII.</li>
 * </ul>
 * Lone hamza ء is kept: it is a letter of its own (جزء، شيء).
 */
public final class MatchNormalizer {
  public static final char ALEF = '\u0627';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA_ABOVE = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA_ABOVE = '\u0626';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TATWEEL = '\u0640';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char KAF = '\u0643';
  public static final char ALEF_WASLA = '\u0671';
  public static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  public static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  public static final char KEHEH = '\u06A9';
  public static final char HEH_DOACHASHMEE = '\u06BE';
  public static final char HEH_YEH_ABOVE = '\u06C0';
  public static final char HEH_GOAL = '\u06C1';
  public static final char FARSI_YEH = '\u06CC';
  public static final char YEH_BARREE = '\u06D2';
  public static final char AE = '\u06D5';
  public static final char ARABIC_INDIC_ZERO = '\u0660';
  public static final char ARABIC_INDIC_NINE = '\u0669';
  public static final char EXTENDED_ARABIC_INDIC_ZERO = '\u06F0';
  public static final char EXTENDED_ARABIC_INDIC_NINE = '\u06F9';

  private MatchNormalizer() {}

  /** Normalises {@code s[0..len)} in place and returns the new length. */
  public static int normalize(char[] s, int len) {
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (isDiacritic(c) || c == TATWEEL || DisplayNormalizer.isInvisibleControl(c)) continue;
      s[out++] = fold(c);
    }
    return out;
  }

  /** The folded form of one character (identity for anything not listed in the class doc). */
  public static char fold(char c) {
    if (c < '\u0622') return c; // ASCII and Latin fast path: nothing below the first alef folds
    switch (c) {
      case ALEF_MADDA: case ALEF_HAMZA_ABOVE: case ALEF_HAMZA_BELOW: case ALEF_WASLA:
      case ALEF_WAVY_HAMZA_ABOVE: case ALEF_WAVY_HAMZA_BELOW:
        return ALEF;
      case ALEF_MAKSURA: case FARSI_YEH: case YEH_BARREE: case YEH_HAMZA_ABOVE:
        return YEH;
      case TEH_MARBUTA: case HEH_GOAL: case HEH_YEH_ABOVE: case AE: case HEH_DOACHASHMEE:
        return HEH;
      case WAW_HAMZA_ABOVE:
        return WAW;
      case KEHEH:
        return KAF;
      default:
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) return (char) ('0' + (c - ARABIC_INDIC_ZERO));
        if (c >= EXTENDED_ARABIC_INDIC_ZERO && c <= EXTENDED_ARABIC_INDIC_NINE) {
          return (char) ('0' + (c - EXTENDED_ARABIC_INDIC_ZERO));
        }
        return c;
    }
  }

  /** Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
        || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E4') || (c >= '\u06E7' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }
}

package org.marsad.nlp.ner;

/**
 * Feature-level clitic stripping on match-normalised words (hand-written: a light stemmer for
 * features only; it removes at most one conjunction, one preposition and the article, and
 * never leaves fewer than two letters so that names such as {@code بكر} or {@code لبنان}
 * keep their shape).
 * <ul>
 *   <li>conjunction و or ف;</li>
 *   <li>preposition ب, ل or ك ({@code لل} is ل + the article with its alef dropped);</li>
 *   <li>the article ال.</li>
 * </ul>
 */
final class ArabicClitics {
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  static final char ALEF = '\u0627';
  static final String ARTICLE = "\u0627\u0644";
  private static final int MIN_STEM = 2;

  private ArabicClitics() {}

  /** The conjunction proclitic of {@code w} (و/ف) or 0. */
  static char conjunction(String w) {
    if (w.length() > MIN_STEM + 1) {
      char c = w.charAt(0);
      if (c == WAW || c == FEH) return c;
    }
    return 0;
  }

  /** {@code w} without a leading conjunction. */
  static String withoutConjunction(String w) {
    return conjunction(w) != 0 ? w.substring(1) : w;
  }

  /** The preposition proclitic (ب/ل/ك) after an optional conjunction, or 0. */
  static char preposition(String w) {
    String r = withoutConjunction(w);
    if (r.length() > MIN_STEM + 1) {
      char c = r.charAt(0);
      if (c == BEH || c == LAM || c == KAF) return c;
    }
    return 0;
  }

  /** {@code w} without conjunction and preposition; {@code لل…} becomes {@code ال…}. */
  static String withoutProclitics(String w) {
    String r = withoutConjunction(w);
    if (preposition(w) == 0) return r;
    if (r.charAt(0) == LAM && r.charAt(1) == LAM && r.length() > 3) return ARTICLE + r.substring(2);
    return r.substring(1);
  }

  /** True if, after proclitics, the word carries the article ال. */
  static boolean hasArticle(String w) {
    String r = withoutProclitics(w);
    return r.length() > ARTICLE.length() + MIN_STEM - 1 && r.startsWith(ARTICLE);
  }

  /** The bare stem: proclitics and article removed. */
  static String stem(String w) {
    String r = withoutProclitics(w);
    return hasArticle(w) ? r.substring(2) : r;
  }
}

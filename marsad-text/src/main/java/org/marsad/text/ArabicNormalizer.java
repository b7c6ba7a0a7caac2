package org.marsad.text;

import java.util.concurrent.ConcurrentHashMap;

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
  /**
   * Match forms of short strings (words and names) already computed. Every analysis step of an
   * article (entities, quotations, topic, summary, stories, index keys) match-normalises its
   * words again, and word frequencies are skewed, so most calls repeat an earlier one; a lookup
   * costs a hash of the word, the normalisation an NFC pass and four copies. The function is
   * pure, so cached and computed forms are the same string.
   */
  private static final int CACHED_MAX_LENGTH = 32;
  /** Bound on the cache (about 15 MB when full); it simply starts again past it. */
  private static final int CACHE_SIZE = 100_000;
  private static final ConcurrentHashMap<String, String> MATCH_CACHE = new ConcurrentHashMap<>();

  private ArabicNormalizer() {}

  /** Display-level normalisation. */
  public static String display(String s) {
    return DisplayNormalizer.normalize(s);
  }

  /** Match-level normalisation of a whole string (display first, then letter folding). */
  public static String match(String s) {
    if (s == null || s.length() > CACHED_MAX_LENGTH) return normalizeForMatch(s);
    String cached = MATCH_CACHE.get(s);
    if (cached != null) return cached;
    String m = normalizeForMatch(s);
    if (MATCH_CACHE.size() >= CACHE_SIZE) MATCH_CACHE.clear();
    MATCH_CACHE.put(s, m);
    return m;
  }

  private static String normalizeForMatch(String s) {
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

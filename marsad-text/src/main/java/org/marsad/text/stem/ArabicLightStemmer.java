package org.marsad.text.stem;

import java.util.Set;

/**
 * Light stemmer and clitic splitter for match-normalised Arabic words (see
 * {@link org.marsad.text.MatchNormalizer}: ة is already ه, أ إ آ are ا). It works in place on a
 * term buffer and has no Lucene types.
 *
 * <p>Unlike Lucene's ArabicStemmer it is built not to damage names and frequent nouns: a wrong
 * strip merges unrelated words (وزير→زير, سورية→سور), while a missed strip only costs recall,
 * and the analyser also indexes the unstemmed form. Rules, in order:
 * <ol>
 *   <li>Words shorter than 3 letters and protected words ({@code protected-words.txt}) are kept.</li>
 *   <li>Proclitics. The article with its attached particles (وبال وكال فبال ولل فلل وال فال بال
 *       كال لل ال) is stripped when at least 2 letters remain. The conjunction و alone is stripped
 *       when at least 3 letters remain, unless the word, or its form without suffixes, is protected
 *       (وزير, وزارته, وليد, واشنطن). The bare prepositions ب ك ل and the conjunction ف are
 *       <em>not</em> stripped without the article: too many frequent words start with them as a
 *       root letter (بريطانيا، بيانات، بداية، لبنان، لجنة، فرنسا، فريق، كتائب).</li>
 *   <li>Inflectional suffixes: one pronoun (ها leaving ≥ 3 letters, هم هما leaving ≥ 4: ساهم،
 *       تفاهم), after which a final
 *       ت is the teh marbuta it was (حكومتها→حكومه, when ≥ 4 letters); or ته→ه (وزارته→وزاره,
 *       leaving ≥ 4 letters); otherwise a plural: ات→ه
 *       (حكومات→حكومه, leaving ≥ 2 letters before the ه), ون and ين (leaving ≥ 4 letters, so
 *       قانون، مليون، اثنين stay). Dual ان and nisba ي are never stripped (برلمان، إيران; سوري ≠ سورية).</li>
 *   <li>If the word without its proclitics, or the result, is a protected word (not a name), it is
 *       returned as such (الكرملين→كرملين, وزارته→وزاره).</li>
 *   <li>Final ه (teh marbuta or "his") is stripped when ≥ 3 letters remain and it does not follow
 *       ا, where it is a root letter (اتجاه، مياه، انتباه) or the ة of حياة/قناة.</li>
 * </ol>
 * Protected names ({@code [names]} section) are also kept after a conjunction (وسورية), but
 * not after the article: with ال they are adjectives (السورية → سوري).
 */
public final class ArabicLightStemmer {
  static final char ALEF = '\u0627';
  static final char BEH = '\u0628';
  static final char TEH = '\u062A';
  static final char FEH = '\u0641';
  static final char KAF = '\u0643';
  static final char LAM = '\u0644';
  static final char MEEM = '\u0645';
  static final char NOON = '\u0646';
  static final char HEH = '\u0647';
  static final char WAW = '\u0648';
  static final char YEH = '\u064A';

  /** Article forms, longest first (each is tried as a whole prefix). */
  private static final char[][] ARTICLES = {
    {WAW, BEH, ALEF, LAM}, {WAW, KAF, ALEF, LAM}, {FEH, BEH, ALEF, LAM}, {FEH, KAF, ALEF, LAM},
    {WAW, ALEF, LAM}, {FEH, ALEF, LAM}, {BEH, ALEF, LAM}, {KAF, ALEF, LAM},
    {WAW, LAM, LAM}, {FEH, LAM, LAM}, {LAM, LAM}, {ALEF, LAM},
  };
  private static final char[][] PRONOUNS = {{HEH, MEEM, ALEF}, {HEH, MEEM}, {HEH, ALEF}};

  private ArabicLightStemmer() {}

  /** Stems {@code s[0..len)} in place and returns the new length. */
  public static int stem(char[] s, int len) {
    if (len < 3) return len;
    ProtectedWords words = ProtectedWords.get();
    if (words.isProtected(s, 0, len)) return len;
    int from = 0;
    boolean article = false;
    for (char[] a : ARTICLES) {
      if (len - a.length >= 2 && startsWith(s, 0, len, a)) {
        from = a.length;
        article = true;
        break;
      }
    }
    if (!article && s[0] == WAW && len - 1 >= 3 && !isProtectedWhenInflected(words, s, len)) {
      from = 1;
      if (words.isName(s, 1, len)) return shift(s, from, len);
    }
    int end = inflectionEnd(s, from, len);
    if (end < 0) { // a pronoun led us to restore a teh marbuta at end - 1
      end = -end;
      s[end - 1] = HEH;
    }
    if (from > 0 && words.isWord(s, from, len)) return shift(s, from, len); // الكرملين, الوزارة
    int n = shift(s, from, end);
    if (words.isWord(s, 0, n)) return n;
    if (n - 1 >= 3 && s[n - 1] == HEH && s[n - 2] != ALEF) n--;
    return n;
  }

  /**
   * End of the word {@code s[from..len)} without its inflectional suffix. Negative when the
   * character before the (negated) end must become ه (restored teh marbuta).
   */
  private static int inflectionEnd(char[] s, int from, int len) {
    int n = len - from;
    int e = len;
    for (char[] p : PRONOUNS) {
      // هم/هما need 4 letters before them: many verbs end in a root هم (ساهم، تفاهم، يساهم).
      int min = p[p.length - 1] == ALEF && p.length == 2 ? 3 : 4;
      if (n - p.length >= min && endsWith(s, from, len, p)) {
        e = len - p.length;
        break;
      }
    }
    if (e == len && n >= 5 && s[len - 1] == HEH && s[len - 2] == TEH) e = len - 1; // ته: ت before "his"
    if (e < len && s[e - 1] == TEH) {
      // After a pronoun, ات with ≥ 3 letters before it is a plural (مقالاته → مقاله); any other
      // final ت is the teh marbuta the pronoun displaced (حكومتها → حكومه, حياته → حياه).
      if (e - from >= 5 && s[e - 2] == ALEF) return -(e - 1);
      if (e - from >= 4) return -e;
      return e;
    }
    if (e < len) return e;
    if (n >= 4 && s[len - 2] == ALEF && s[len - 1] == TEH) return -(len - 1); // ات → ه
    if (n - 2 >= 4 && s[len - 1] == NOON && (s[len - 2] == WAW || s[len - 2] == YEH)) return len - 2;
    return len;
  }

  /** Whether the whole word, or the word without its suffixes, is protected (وزارته → وزاره). */
  private static boolean isProtectedWhenInflected(ProtectedWords words, char[] s, int len) {
    int end = inflectionEnd(s, 0, len);
    if (end >= 0) return words.isProtected(s, 0, end);
    end = -end;
    char saved = s[end - 1];
    s[end - 1] = HEH;
    boolean p = words.isProtected(s, 0, end);
    s[end - 1] = saved;
    return p;
  }

  private static int shift(char[] s, int from, int end) {
    if (from > 0) System.arraycopy(s, from, s, 0, end - from);
    return end - from;
  }

  private static boolean startsWith(char[] s, int from, int len, char[] prefix) {
    if (len - from < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if (s[from + i] != prefix[i]) return false;
    return true;
  }

  private static boolean endsWith(char[] s, int from, int len, char[] suffix) {
    if (len - from < suffix.length) return false;
    for (int i = 0; i < suffix.length; i++) if (s[len - suffix.length + i] != suffix[i]) return false;
    return true;
  }

  /**
   * The second reading of a word that starts with a bare preposition ب ك ل or conjunction ف
   * (possibly after و), which {@link #stem} deliberately keeps: the stem of the word without
   * that letter (لتركيا → تركيا, بحكومة → حكوم, وبحسب → حسب). Writes it to {@code out} and returns
   * its length, or returns -1 when the word has no such reading (too short, protected, or the
   * letter is followed by the article, which {@link #stem} already strips). The analyser indexes
   * both readings at the same position, so a wrong one (بريطانيا → ريطانيا) costs little.
   */
  public static int alternative(char[] s, int len, char[] out) {
    int i = len >= 5 && s[0] == WAW ? 1 : 0;
    char c = s[i];
    if (c != BEH && c != KAF && c != LAM && c != FEH) return -1;
    // ك and ف start many short frequent words (كانت، كلمة، فيها، فعال): they need 4 letters after.
    if (len - i - 1 < (c == KAF || c == FEH ? 4 : 3)) return -1;
    if (s[i + 1] == ALEF && s[i + 2] == LAM) return -1;
    if (c == LAM && s[i + 1] == LAM) return -1;
    if (ProtectedWords.get().isProtected(s, 0, len)) return -1;
    int n = len - i - 1;
    System.arraycopy(s, i + 1, out, 0, n);
    return stem(out, n);
  }

  /** Convenience for callers outside a token stream (the input must be match-normalised). */
  public static String stem(String normalized) {
    char[] buf = normalized.toCharArray();
    return new String(buf, 0, stem(buf, buf.length));
  }

  /** {@link #alternative(char[], int, char[])} on a match-normalised word; null when there is none. */
  public static String alternative(String normalized) {
    char[] out = new char[normalized.length()];
    int n = alternative(normalized.toCharArray(), normalized.length(), out);
    return n < 0 ? null : new String(out, 0, n);
  }

  /** The protected words (normalised), for documentation and tests. */
  static Set<String> protectedWords() {
    return ProtectedWords.get().all();
  }
}

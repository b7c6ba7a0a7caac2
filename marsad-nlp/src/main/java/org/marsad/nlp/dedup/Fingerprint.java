package org.marsad.nlp.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.MatchNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * What the duplicate index keeps of a text: a 64-bit hash of its match-normalised words (for
 * exact duplicates) and the sorted, distinct 32-bit hashes of its word {@value #SHINGLE_WORDS}-shingles
 * (for Jaccard similarity). Words are the tokeniser's words and numbers after match
 * normalisation, so punctuation, spacing, tatweel, diacritics and hamza/alef/yeh/teh-marbuta
 * spelling variants do not make two texts different.
 */
record Fingerprint(long exactHash, int[] shingles) {
  static final int SHINGLE_WORDS = 3;

  static Fingerprint of(String text) {
    List<String> words = words(text);
    long exact = 0x9E3779B97F4A7C15L;
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < words.size(); i++) {
      wordHashes[i] = Hashing.hash64(words.get(i));
      exact = Hashing.mix(exact ^ wordHashes[i]) + i;
    }
    exact = Hashing.mix(exact ^ words.size());
    int n = words.size();
    if (n == 0) return new Fingerprint(0, new int[0]);
    int count = Math.max(1, n - SHINGLE_WORDS + 1);
    int[] sh = new int[count];
    for (int i = 0; i < count; i++) {
      long h = 0x632BE59BD9B4E019L;
      for (int j = i; j < Math.min(n, i + SHINGLE_WORDS); j++) h = Hashing.mix(h ^ wordHashes[j]);
      sh[i] = (int) (h ^ (h >>> 32));
    }
    Arrays.sort(sh);
    int distinct = 0;
    for (int i = 0; i < sh.length; i++) if (i == 0 || sh[i] != sh[i - 1]) sh[distinct++] = sh[i];
    return new Fingerprint(exact, Arrays.copyOf(sh, distinct));
  }

  boolean isEmpty() {
    return shingles.length == 0;
  }

  /** Jaccard similarity of two sorted distinct shingle sets. */
  static double jaccard(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) return 1;
    int i = 0, j = 0, common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) { common++; i++; j++; }
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return common / (double) (a.length + b.length - common);
  }

  /**
   * The match-normalised words of a text. Normalising token by token gives the same words as
   * normalising the whole text first, several times faster: the buffer-level letter folding
   * ({@link MatchNormalizer}) suffices unless a token holds characters only display
   * normalisation handles (presentation forms, invisible controls, non-NFC sequences).
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    for (Token t : NewsTokenizer.tokenize(text)) {
      if (t.type() == TokenType.ARABIC_WORD || t.type() == TokenType.LATIN_WORD || t.type() == TokenType.NUMBER) {
        String w = t.text();
        if (needsDisplayNormalisation(w)) {
          out.addAll(List.of(ArabicNormalizer.match(w).split("\\s+")));
          continue;
        }
        char[] buf = w.toCharArray();
        int len = MatchNormalizer.normalize(buf, buf.length);
        if (len > 0) out.add(new String(buf, 0, len).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean needsDisplayNormalisation(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '\uFB50' || (c >= '\u2000' && c <= '\u206F') || c == '\u061C' || c == '\u00AD'
          || (c >= '\u0653' && c <= '\u0655')) { // hamza/madda marks compose under NFC
        return true;
      }
    }
    return false;
  }
}

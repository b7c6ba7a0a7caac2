package org.marsad.text.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentence splitter for Arabic news. Rules, in order:
 * <ul>
 *   <li>a line break always ends a sentence (headlines, datelines and list items have no stop);</li>
 *   <li>{@code . ! ? ؟ ؛} end a sentence when followed by space, end of text, a closing
 *       quote/bracket, or (for a full stop) directly by an Arabic letter, as in copy-pasted
 *       wire text "سورية.وقال"; runs such as "؟!" count once;</li>
 *   <li>a full stop between digits (3.5), inside a URL or e-mail, or after an abbreviation
 *       (single letter: د. م. أ.د.; or a listed word: Mr. Dr. etc.) does not end a sentence,
 *       unless it ends the line;</li>
 *   <li>an ellipsis (... or …) does not end a sentence: in news it marks an omission inside a
 *       quotation far more often than the end of one;</li>
 *   <li>nothing inside a quotation (“…” «…» "…") ends a sentence, so that a quote stays with its
 *       attribution; but a quotation longer than {@value #MAX_QUOTE_CHARS} characters is a speech
 *       extract and is split at its own sentence ends. A quote with no closing mark on the same
 *       line is ignored;</li>
 *   <li>closing quotes and brackets after a stop belong to the sentence they close.</li>
 * </ul>
 * Sentences are returned as trimmed offset ranges; empty ones are dropped.
 */
public final class SentenceSplitter {
  /** Quotes longer than this are split inside; shorter ones never are. */
  static final int MAX_QUOTE_CHARS = 400;

  private static final char ARABIC_QUESTION_MARK = '\u061F';
  private static final char ARABIC_SEMICOLON = '\u061B';
  private static final char LEFT_DOUBLE_QUOTE = '\u201C';
  private static final char RIGHT_DOUBLE_QUOTE = '\u201D';
  private static final char LEFT_GUILLEMET = '\u00AB';
  private static final char RIGHT_GUILLEMET = '\u00BB';
  private static final char ELLIPSIS = '\u2026';

  /** Multi-letter abbreviations that take a full stop (compared lower-case, Latin and Arabic). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "no",
      "gen", "col", "lt", "capt", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.n",
      "ق.م", "ص.ب", "هـ");

  private SentenceSplitter() {}

  /** The sentences of {@code text} as offset ranges, in order. */
  public static List<Sentence> split(String text) {
    boolean[] protectedChar = quotedRegions(text);
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int s = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        add(out, text, s, i);
        s = i + 1;
        i++;
        continue;
      }
      if (isStop(c) && !protectedChar[i]) {
        int e = i + 1;
        while (e < n && (isStop(text.charAt(e)) || text.charAt(e) == '.')) e++;
        if (c == '.' && e - i >= 2) { i = e; continue; } // "..." ellipsis
        while (e < n && isCloser(text.charAt(e))) e++;
        if (endsSentence(text, i, e)) {
          add(out, text, s, e);
          s = e;
        }
        i = e;
        continue;
      }
      i++;
    }
    add(out, text, s, n);
    return out;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ARABIC_SEMICOLON;
  }

  private static boolean isCloser(char c) {
    return c == RIGHT_DOUBLE_QUOTE || c == RIGHT_GUILLEMET || c == '"' || c == ')' || c == ']'
        || c == '\'' || c == '\u2019';
  }

  /** Whether the stop at {@code i} (with its closers up to {@code e}) ends a sentence. */
  private static boolean endsSentence(String text, int i, int e) {
    int n = text.length();
    boolean atLineEnd = e >= n || text.charAt(e) == '\n' || text.charAt(e) == '\r' || restOfLineBlank(text, e);
    if (atLineEnd) return true;
    char next = text.charAt(e);
    char c = text.charAt(i);
    if (c != '.') return Character.isWhitespace(next) || isArabicLetter(next) || e > i + 1;
    if (e == i + 1 && !Character.isWhitespace(next)) {
      // "سورية.وقال" splits; "3.5", "sana.sy", "U.S." do not.
      return isArabicLetter(next) && i > 0 && isArabicLetter(text.charAt(i - 1)) && !isAbbreviation(text, i);
    }
    if (e > i + 1) return true; // a closing quote or bracket after the stop
    return !isAbbreviation(text, i);
  }

  private static boolean restOfLineBlank(String text, int e) {
    for (int j = e; j < text.length(); j++) {
      char ch = text.charAt(j);
      if (ch == '\n' || ch == '\r') return true;
      if (!Character.isWhitespace(ch)) return false;
    }
    return true;
  }

  /** The word before the stop at {@code i} is an abbreviation (and not a year like 2016م). */
  private static boolean isAbbreviation(String text, int i) {
    int b = i;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.'
        || text.charAt(b - 1) == '\u0640')) {
      b--;
    }
    if (b == i) return false;
    if (b > 0 && Character.isDigit(text.charAt(b - 1))) return false; // 2016م. ends a sentence
    String word = text.substring(b, i).toLowerCase(java.util.Locale.ROOT);
    if (word.startsWith(".")) word = word.substring(1);
    int letters = 0;
    for (int j = 0; j < word.length(); j++) if (Character.isLetter(word.charAt(j))) letters++;
    if (letters == 1) return true;                  // د. م. J.
    if (word.contains(".") && letters <= 4) return true; // أ.د. U.S.
    return ABBREVIATIONS.contains(word);
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
  }

  /**
   * Marks every character inside a short quotation (see class doc). Quotes are matched on one
   * line: “ with ”, « with », and straight " with the next ".
   */
  static boolean[] quotedRegions(String text) {
    int n = text.length();
    boolean[] inside = new boolean[n];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      char close = c == LEFT_DOUBLE_QUOTE ? RIGHT_DOUBLE_QUOTE : c == LEFT_GUILLEMET ? RIGHT_GUILLEMET : c == '"' ? '"' : 0;
      if (close == 0) { i++; continue; }
      int j = i + 1;
      int depth = 1;
      while (j < n && text.charAt(j) != '\n') {
        char d = text.charAt(j);
        if (d == close && close != '"' && --depth == 0) break;
        if (d == close && close == '"') break;
        if (d == c && close != '"') depth++;
        j++;
      }
      if (j < n && text.charAt(j) == close) {
        if (j - i - 1 <= MAX_QUOTE_CHARS) {
          for (int k = i + 1; k < j; k++) inside[k] = true;
        }
        i = j + 1;
      } else {
        i++; // unbalanced on this line: not a quotation
      }
    }
    return inside;
  }

  private static void add(List<Sentence> out, String text, int s, int e) {
    while (s < e && (Character.isWhitespace(text.charAt(s)) || Character.isSpaceChar(text.charAt(s)))) s++;
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.isSpaceChar(text.charAt(e - 1)))) e--;
    if (e > s) out.add(new Sentence(s, e));
  }
}

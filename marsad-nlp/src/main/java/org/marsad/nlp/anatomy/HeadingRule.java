package org.marsad.nlp.anatomy;

import org.marsad.nlp.date.FoldedText;

/**
 * Whether a body line is a section heading: a short line (2–20 words) without final
 * punctuation, after a paragraph that ended a sentence and before a longer one that ends a sentence too. This is
 * how sub-stories are headed in agency copy and how {@code <h2>}s look once a page is reduced
 * to lines; a single short line ending the article is not a heading.
 */
final class HeadingRule {
  static final int MAX_WORDS = 20;

  private HeadingRule() {}

  static boolean isHeading(String previous, String line, String next) {
    if (previous == null || next == null) return false;
    int words = wordCount(line);
    if (words < 2 || words > MAX_WORDS || line.length() > 160) return false;
    if (endsSentence(line) || endsWithClause(line) || hasOpenQuote(line)) return false;
    if (!endsSentence(previous)) return false;
    return endsSentence(next) && wordCount(next) > words;
  }

  static int wordCount(String s) {
    return wordCount(s, Integer.MAX_VALUE);
  }

  /** Words in {@code s}, counting stops once past {@code limit}. */
  static int wordCount(String s, int limit) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = FoldedText.isSpace(s.charAt(i));
      if (!ws && !inWord && ++n > limit) return n;
      inWord = !ws;
    }
    return n;
  }

  /** Ends with a full stop, question or exclamation mark, possibly inside closing quotes. */
  static boolean endsSentence(String s) {
    String t = s.strip();
    int i = t.length() - 1;
    while (i >= 0 && "\"'”’»)]".indexOf(t.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?؟…".indexOf(t.charAt(i)) >= 0;
  }

  /** A quotation opened and not closed: the line is a cut sentence, not a heading. */
  private static boolean hasOpenQuote(String s) {
    int guillemets = 0, curly = 0, straight = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '«') guillemets++;
      else if (c == '»') guillemets--;
      else if (c == '“') curly++;
      else if (c == '”') curly--;
      else if (c == '"') straight++;
    }
    return guillemets > 0 || curly > 0 || straight % 2 == 1;
  }

  /** Ends with a colon, comma, semicolon or dash: the line leads into what follows. */
  static boolean endsWithClause(String s) {
    String t = s.strip();
    return !t.isEmpty() && ":،,؛;-–".indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}

package org.marsad.nlp.summary;

import java.util.ArrayList;
import java.util.List;
import org.marsad.nlp.terms.ContentTerms;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * Cuts a clean article body into the sentences a summary may use. Paragraphs are lines.
 * <ul>
 *   <li>Hard-wrapped copy (4+ lines, most not ending like a sentence, as in newspaper text
 *       broken at a fixed width) is unwrapped first: lines are joined into paragraphs that end
 *       where a line ends like a sentence; such text has no detectable headings.</li>
 *   <li>Headings are never candidates: a line of at most {@value #HEADING_MAX_WORDS} words that
 *       does not end like a sentence (. ! ? ؟ … or a closing quotation mark after one) and is
 *       followed by more text, e.g. a sub-story title such as
 *       «لافروف: واشنطن تنشر معلومات مضللة …».</li>
 *   <li>Fragments are repaired or dropped: a sentence cut inside a quotation (unbalanced
 *       quotation marks) is joined with the following ones until the quotation closes; a
 *       sentence of fewer than {@value #MIN_WORDS} words, or one with no Arabic or Latin
 *       letters, is dropped.</li>
 * </ul>
 */
public final class CandidateSentences {
  static final int HEADING_MAX_WORDS = 20;
  static final int MIN_WORDS = 6;
  static final int WRAP_MIN_LINES = 4;
  private static final int MAX_JOINS = 4;

  private CandidateSentences() {}

  /** The candidate sentences of {@code text} in reading order. */
  public static List<Candidate> of(String text) {
    List<Candidate> out = new ArrayList<>();
    if (text == null) return out;
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\\R")) if (!l.isBlank()) lines.add(l.strip());
    if (isHardWrapped(lines)) lines = unwrap(lines);
    boolean afterHeading = false;
    for (int p = 0; p < lines.size(); p++) {
      String line = lines.get(p);
      if (isHeading(line, p + 1 < lines.size())) { afterHeading = true; continue; }
      for (String s : joinQuoted(split(line))) {
        int words = wordCount(s);
        if (words < MIN_WORDS) continue;
        out.add(new Candidate(s, out.size(), p, afterHeading, words, ContentTerms.of(s)));
        afterHeading = false;
      }
    }
    return out;
  }

  /**
   * Whether the text is hard-wrapped (newspaper copy broken at a fixed width): at least
   * {@value #WRAP_MIN_LINES} lines and most of them not ending like a sentence.
   */
  static boolean isHardWrapped(List<String> lines) {
    if (lines.size() < WRAP_MIN_LINES) return false;
    int open = 0;
    for (String l : lines) if (!endsLikeSentence(l)) open++;
    return open * 2 > lines.size();
  }

  /** Joins wrapped lines into paragraphs that end where a line ends like a sentence. */
  static List<String> unwrap(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String l : lines) {
      if (para.length() > 0) para.append(' ');
      para.append(l);
      if (endsLikeSentence(l)) {
        out.add(para.toString());
        para.setLength(0);
      }
    }
    if (para.length() > 0) out.add(para.toString());
    return out;
  }

  /** Whether a line is a heading (see the class description). */
  static boolean isHeading(String line, boolean followedByText) {
    return followedByText && wordCount(line) <= HEADING_MAX_WORDS && !endsLikeSentence(line);
  }

  static boolean endsLikeSentence(String s) {
    String t = s.strip();
    int i = t.length() - 1;
    while (i >= 0 && isClosingQuoteOrBracket(t.charAt(i))) i--;
    if (i < 0) return false;
    char c = t.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026';
  }

  private static boolean isClosingQuoteOrBracket(char c) {
    return c == '"' || c == '\u201D' || c == '\u00BB' || c == ')' || c == '\'' || c == '\u2019';
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    for (Sentence s : SentenceSplitter.split(line)) {
      String t = s.textIn(line).strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  /** Joins a sentence that opens a quotation with the following ones until it closes. */
  static List<String> joinQuoted(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      StringBuilder s = new StringBuilder(sentences.get(i));
      int joins = 0;
      while (quoteDepth(s) != 0 && i + 1 < sentences.size() && joins < MAX_JOINS) {
        s.append(' ').append(sentences.get(++i));
        joins++;
      }
      out.add(s.toString());
    }
    return out;
  }

  /** Open typographic quotations (“…”, «…») plus 1 if the count of straight quotes is odd. */
  static int quoteDepth(CharSequence s) {
    int depth = 0, straight = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201C' || c == '\u00AB') depth++;
      else if ((c == '\u201D' || c == '\u00BB') && depth > 0) depth--;
      else if (c == '"') straight++;
    }
    return depth + (straight % 2);
  }

  static int wordCount(String s) {
    int n = 0;
    for (Token t : NewsTokenizer.tokenize(s)) {
      if (t.type() == TokenType.ARABIC_WORD || t.type() == TokenType.LATIN_WORD || t.type() == TokenType.NUMBER) n++;
    }
    return n;
  }
}

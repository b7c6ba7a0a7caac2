package org.marsad.text.token;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokeniser for news text. Token types:
 * <ul>
 *   <li>{@link TokenType#ARABIC_WORD} Arabic-script letters with their diacritics and tatweel;</li>
 *   <li>{@link TokenType#LATIN_WORD} letters of other scripts, with glued digits (G20) and inner apostrophes;</li>
 *   <li>{@link TokenType#NUMBER} ASCII or Arabic-Indic digits with thousands (, ٬) and decimal (. ٫) separators;</li>
 *   <li>{@link TokenType#PHONE} "+" followed by 8–15 digits in groups, 0-led runs of 9–15 digits, 011-2345678;</li>
 *   <li>{@link TokenType#URL} http(s):// and www. addresses, trailing sentence punctuation excluded;</li>
 *   <li>{@link TokenType#EMAIL}, {@link TokenType#HASHTAG} (#سوريا), {@link TokenType#MENTION} (@SANA_English);</li>
 *   <li>{@link TokenType#PUNCTUATION} one mark each (، ؛ ؟ « » “ ” …), except "..." and "؟!" runs, kept whole;</li>
 *   <li>{@link TokenType#OTHER} symbols and emoji.</li>
 * </ul>
 * Whitespace and invisible controls separate tokens and are never returned.
 */
public final class NewsTokenizer {
  private NewsTokenizer() {}

  /** All tokens of {@code text}, in order, with offsets into it. */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 1);
    NewsScanner scanner = new NewsScanner();
    scanner.reset(text.toCharArray(), text.length());
    while (scanner.next()) {
      out.add(new Token(text.substring(scanner.start, scanner.end), scanner.type, scanner.start, scanner.end));
    }
    return out;
  }

  /**
   * How many tokens {@code text} has, counting no further than {@code limit}: a size check on
   * outside input that costs no allocation per token (the analyser's token cap uses it).
   */
  public static int count(String text, int limit) {
    NewsScanner scanner = new NewsScanner();
    scanner.reset(text.toCharArray(), text.length());
    int n = 0;
    while (n < limit && scanner.next()) {
      n++;
    }
    return n;
  }
}

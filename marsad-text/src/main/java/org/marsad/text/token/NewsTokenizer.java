package org.marsad.text.token;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokeniser for news text. SKELETON: splits on letters/digits only; the text-layer work
 * replaces the body with the full rules (URLs, e-mails, hashtags, numbers with Arabic
 * separators, phone numbers, punctuation).
 */
public final class NewsTokenizer {
  private NewsTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0, n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int s = i;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) i++;
        String w = text.substring(s, i);
        TokenType t = Character.isDigit(c) ? TokenType.NUMBER
            : (c >= '\u0600' && c <= '\u06FF') ? TokenType.ARABIC_WORD : TokenType.LATIN_WORD;
        out.add(new Token(w, t, s, i));
      } else {
        if (!Character.isWhitespace(c)) out.add(new Token(String.valueOf(c), TokenType.PUNCTUATION, i, i + 1));
        i++;
      }
    }
    return out;
  }
}

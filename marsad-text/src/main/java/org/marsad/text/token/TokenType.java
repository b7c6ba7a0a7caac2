package org.marsad.text.token;

/** What a token is; the tokeniser decides, later layers filter on it. */
public enum TokenType {
  ARABIC_WORD, LATIN_WORD, NUMBER, URL, EMAIL, HASHTAG, MENTION, PHONE, PUNCTUATION, OTHER
}

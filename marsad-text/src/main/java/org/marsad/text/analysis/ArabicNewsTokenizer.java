package org.marsad.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.marsad.text.token.NewsScanner;
import org.marsad.text.token.TokenType;

/**
 * Lucene tokenizer over {@link NewsScanner}: emits words, numbers, URLs, e-mails, hashtags,
 * mentions and phone numbers with their type (e.g. {@code <ARABIC_WORD>}); punctuation and
 * symbols are dropped. The input is read whole on {@link #reset()} (news items are small);
 * tokens longer than {@value #MAX_TOKEN_LENGTH} characters are skipped.
 *
 * <p>A hashtag or mention is also read as the words it is made of (session 14): after the tag
 * ({@code #عاصفة_الحزم}) come its words, underscores separating them, as the scanner reads them in
 * running text ({@code عاصفة}, {@code الحزم}), the first at the tag's position and each next one
 * position further, with their own offsets (the first one's starting at the sign). So an article that prints the tag is found by the
 * phrase {@code "عاصفة الحزم"} and the word {@code الحزم}, and the tag itself still matches as one
 * term. A tag's words are the same in every field and in both backends (Solr's field types use
 * this tokenizer).
 */
public final class ArabicNewsTokenizer extends Tokenizer {
  public static final int MAX_TOKEN_LENGTH = 255;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final NewsScanner scanner = new NewsScanner();
  /** Reads the words of the tag just emitted; {@link #tagEnd} > 0 while it has words left. */
  private final NewsScanner tagWords = new NewsScanner();
  private char[] tagText = new char[MAX_TOKEN_LENGTH];
  private int tagStart;
  private int tagEnd;
  private boolean firstTagWord;
  private char[] text = new char[4096];
  private int length;

  public ArabicNewsTokenizer() {}

  public ArabicNewsTokenizer(AttributeFactory factory) {
    super(factory);
  }

  /** The Lucene type string for a token type, e.g. {@code <ARABIC_WORD>}. */
  public static String typeName(TokenType t) {
    return TYPE_NAMES[t.ordinal()];
  }

  private static final String[] TYPE_NAMES;

  static {
    TokenType[] all = TokenType.values();
    TYPE_NAMES = new String[all.length];
    for (TokenType t : all) TYPE_NAMES[t.ordinal()] = "<" + t.name() + ">";
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (tagEnd > 0 && nextTagWord()) return true;
    int skipped = 0;
    while (scanner.next()) {
      TokenType t = scanner.type;
      int tokenLength = scanner.end - scanner.start;
      if (t == TokenType.PUNCTUATION || t == TokenType.OTHER) continue;
      if (tokenLength > MAX_TOKEN_LENGTH) { skipped++; continue; }
      termAtt.copyBuffer(text, scanner.start, tokenLength);
      offsetAtt.setOffset(correctOffset(scanner.start), correctOffset(scanner.end));
      posIncAtt.setPositionIncrement(1 + skipped);
      typeAtt.setType(TYPE_NAMES[t.ordinal()]);
      if (t == TokenType.HASHTAG || t == TokenType.MENTION) startTagWords(scanner.start, scanner.end);
      return true;
    }
    return false;
  }

  /** Prepares the words of the tag at {@code [start, end)}: its text after the sign, underscores read as spaces. */
  private void startTagWords(int start, int end) {
    int n = end - start - 1;
    for (int i = 0; i < n; i++) {
      char c = text[start + 1 + i];
      tagText[i] = c == '_' ? ' ' : c;
    }
    tagWords.reset(tagText, n);
    tagStart = start + 1;
    tagEnd = end;
    firstTagWord = true;
  }

  /** The tag's next word, at the tag's position for the first one; false when it has none left. */
  private boolean nextTagWord() {
    while (tagWords.next()) {
      TokenType t = tagWords.type;
      if (t == TokenType.PUNCTUATION || t == TokenType.OTHER) continue;
      termAtt.copyBuffer(tagText, tagWords.start, tagWords.end - tagWords.start);
      // the first word starts where the tag does, sign included: a match on the tag's words marks the whole tag
      int start = firstTagWord ? tagStart - 1 : tagStart + tagWords.start;
      offsetAtt.setOffset(correctOffset(start), correctOffset(tagStart + tagWords.end));
      posIncAtt.setPositionIncrement(firstTagWord ? 0 : 1);
      typeAtt.setType(TYPE_NAMES[t.ordinal()]);
      firstTagWord = false;
      return true;
    }
    tagEnd = 0;
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    tagEnd = 0;
    length = 0;
    for (int r; (r = input.read(text, length, text.length - length)) != -1; ) {
      length += r;
      if (length == text.length) text = java.util.Arrays.copyOf(text, text.length * 2);
    }
    scanner.reset(text, length);
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text.length > 1 << 16) text = new char[4096]; // do not keep one huge document's buffer
  }

  @Override
  public void end() throws IOException {
    super.end();
    int f = correctOffset(length);
    offsetAtt.setOffset(f, f);
  }
}

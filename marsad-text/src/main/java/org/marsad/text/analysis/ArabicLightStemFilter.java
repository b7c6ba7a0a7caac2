package org.marsad.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * Applies {@link ArabicLightStemmer} to each term not marked as a keyword. Expects
 * match-normalised terms (put {@link ArabicMatchNormalizationFilter} before it).
 *
 * <p>With {@code alternatives}, a word starting with a bare ب ك ل ف also yields its second
 * reading ({@link ArabicLightStemmer#alternative}) as an extra term at the same position,
 * marked as a keyword: لتركيا → لتركيا + تركيا.
 */
public final class ArabicLightStemFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final boolean alternatives;
  private char[] alternative = new char[32];
  private int alternativeLength = -1;
  private State state;

  public ArabicLightStemFilter(TokenStream input) {
    this(input, false);
  }

  public ArabicLightStemFilter(TokenStream input, boolean alternatives) {
    super(input);
    this.alternatives = alternatives;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (alternativeLength >= 0) {
      restoreState(state);
      termAtt.copyBuffer(alternative, 0, alternativeLength);
      posIncAtt.setPositionIncrement(0);
      keywordAtt.setKeyword(true);
      alternativeLength = -1;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (!keywordAtt.isKeyword()) {
      char[] term = termAtt.buffer();
      int len = termAtt.length();
      if (alternatives) {
        alternative = ArrayUtil.grow(alternative, len);
        alternativeLength = ArabicLightStemmer.alternative(term, len, alternative);
      }
      termAtt.setLength(ArabicLightStemmer.stem(term, len));
      if (alternativeLength >= 0) state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    alternativeLength = -1;
    state = null;
  }
}

package org.marsad.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * Applies {@link ArabicLightStemmer} to each term not marked as a keyword. Expects
 * match-normalised terms (put {@link ArabicMatchNormalizationFilter} before it).
 */
public final class ArabicLightStemFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public ArabicLightStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(ArabicLightStemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}

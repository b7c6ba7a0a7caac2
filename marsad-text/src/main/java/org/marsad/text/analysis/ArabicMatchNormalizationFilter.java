package org.marsad.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.MatchNormalizer;

/**
 * Applies match-level normalisation ({@link MatchNormalizer}) to each term. Terms holding an
 * Arabic presentation form (rare: text from PDFs) take the whole-string path, since folding a
 * ligature such as ﻻ makes the term longer.
 */
public final class ArabicMatchNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public ArabicMatchNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    char[] b = termAtt.buffer();
    int len = termAtt.length();
    for (int i = 0; i < len; i++) {
      if (b[i] >= '\uFB50') {
        String folded = ArabicNormalizer.match(termAtt.toString());
        termAtt.setEmpty().append(folded);
        return true;
      }
    }
    termAtt.setLength(MatchNormalizer.normalize(b, len));
    return true;
  }
}

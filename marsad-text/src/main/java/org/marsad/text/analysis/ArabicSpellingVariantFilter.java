package org.marsad.text.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.stem.SpellingVariants;

/**
 * Replaces each listed spelling variant by its canonical form ({@link SpellingVariants}:
 * سوريا→سورية). Expects match-normalised terms. Applies to keywords too: a variant is a
 * spelling, not an inflection.
 */
public final class ArabicSpellingVariantFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public ArabicSpellingVariantFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String canonical = SpellingVariants.canonical(termAtt.buffer(), termAtt.length());
    if (canonical != null) termAtt.setEmpty().append(canonical);
    return true;
  }
}

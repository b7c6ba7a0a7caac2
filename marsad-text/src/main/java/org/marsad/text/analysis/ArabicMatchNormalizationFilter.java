package org.marsad.text.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.MatchNormalizer;

/**
 * Applies match-level normalisation ({@link MatchNormalizer}) to each term. Terms holding an
 * Arabic presentation form (rare: text from PDFs) take the whole-string path, since folding a
 * ligature such as ﻻ makes the term longer. A term that folds to nothing (a lone diacritic or
 * control the tokeniser kept as a word) is dropped, its position passed on, rather than
 * indexed as the empty term; except in query-time normalisation ({@code Analyzer.normalize}),
 * which must yield exactly one term.
 */
public final class ArabicMatchNormalizationFilter extends FilteringTokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final boolean dropEmpty;

  /** The index-time filter: terms that fold to nothing are dropped. */
  public ArabicMatchNormalizationFilter(TokenStream input) {
    this(input, true);
  }

  /** @param dropEmpty false for query-time normalisation, which must keep its single term */
  public ArabicMatchNormalizationFilter(TokenStream input, boolean dropEmpty) {
    super(input);
    this.dropEmpty = dropEmpty;
  }

  @Override
  protected boolean accept() {
    char[] b = termAtt.buffer();
    int len = termAtt.length();
    for (int i = 0; i < len; i++) {
      if (b[i] >= '\uFB50') {
        String folded = ArabicNormalizer.match(termAtt.toString());
        termAtt.setEmpty().append(folded);
        return !dropEmpty || termAtt.length() > 0;
      }
    }
    termAtt.setLength(MatchNormalizer.normalize(b, len));
    return !dropEmpty || termAtt.length() > 0;
  }
}

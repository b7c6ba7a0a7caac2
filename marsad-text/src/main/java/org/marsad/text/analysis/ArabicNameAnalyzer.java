package org.marsad.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The analyser of entity and speaker names: {@link ArabicNewsAnalyzer#exact()} without the stop
 * filter. The chain: {@link ArabicNewsTokenizer}, {@link LowerCaseFilter},
 * {@link ArabicMatchNormalizationFilter}, {@link ArabicSpellingVariantFilter}.
 *
 * <p>Why no stop words: in a name every word names. The stop list holds function words that are
 * spelt like name words once normalised: على (on) is علي (Ali), أمين, بان and كي (بان كي مون),
 * هو (هو جينتاو), ديك (ديك تشيني), أم (أم درمان), خلف, عوض, ثاني (آل ثاني). Dropping them made a
 * name filter ignore the word: {@code person:"علي لافروف"} matched every لافروف and
 * {@code person:علي} matched nothing.
 *
 * <p>An article's names are values of one multi-valued field; {@link #getPositionIncrementGap}
 * keeps a quoted name inside one of them ({@link ArabicNewsAnalyzer#VALUE_POSITION_GAP}).
 */
public final class ArabicNameAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new ArabicNewsTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new ArabicMatchNormalizationFilter(result);
    return new TokenStreamComponents(source, new ArabicSpellingVariantFilter(result));
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return ArabicNewsAnalyzer.VALUE_POSITION_GAP;
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicMatchNormalizationFilter(new LowerCaseFilter(in), false);
  }
}

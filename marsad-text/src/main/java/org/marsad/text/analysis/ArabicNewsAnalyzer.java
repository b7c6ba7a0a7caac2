package org.marsad.text.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Marsad's Arabic analyser for news search. SKELETON: a standard tokenizer with lower-casing
 * and Lucene's Arabic normalisation; the text-layer work replaces the chain with Marsad's own
 * normalisation, protected-word aware light stemming and SPI factories.
 */
public final class ArabicNewsAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = new ArabicNormalizationFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ArabicNormalizationFilter(new LowerCaseFilter(in));
  }
}

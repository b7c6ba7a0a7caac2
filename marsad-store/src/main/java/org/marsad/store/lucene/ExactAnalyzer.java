package org.marsad.store.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.MatchNormalizer;

/**
 * The unstemmed analyser of the exact fields (phrases, entity names): standard tokenisation,
 * lower case, Marsad match normalisation ({@link MatchNormalizer}: hamza/alef/yeh/teh marbuta
 * folding, diacritics and tatweel removed), and nothing else, so a phrase matches the same words
 * in any spelling variant but not other inflections.
 * (Interim: the text layer will ship its own exact analyser; switch to it when it lands.)
 */
final class ExactAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new MatchFoldingFilter(new LowerCaseFilter(source)));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new MatchFoldingFilter(new LowerCaseFilter(in));
  }

  /** Applies {@link MatchNormalizer} to each term in place. */
  private static final class MatchFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    MatchFoldingFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      term.setLength(MatchNormalizer.normalize(term.buffer(), term.length()));
      return true;
    }
  }
}

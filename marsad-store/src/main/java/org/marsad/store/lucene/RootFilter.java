package org.marsad.store.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.stem.ArabicLightStemmer;
import org.marsad.text.stem.ArabicRootStemmer;

/**
 * Replaces each normalised word with the root reading of its light stem
 * ({@link ArabicRootStemmer}): {@code التفاوض} and {@code مفاوضات} both become {@code فوض}. Feeds
 * the root field ({@link ArticleFields#BODY_ROOTS}), which
 * the store scores as a separate clause next to a word's own readings
 * ({@link LuceneQueryBuilder#rootQuery}). Words that are not Arabic pass through unchanged.
 */
final class RootFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  RootFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String root = ArabicRootStemmer.root(ArabicLightStemmer.stem(term.toString()));
    term.setEmpty().append(root);
    return true;
  }
}

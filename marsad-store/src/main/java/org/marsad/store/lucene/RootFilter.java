package org.marsad.store.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
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
  /**
   * Roots already computed by this stream. Analysis components are reused per thread, so the
   * cache lives across documents; word frequencies are skewed, so a few thousand words cover
   * most tokens, and the stemmers' string work (about 3 µs a token) is then done once per word.
   */
  private static final int CACHE_SIZE = 20_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Map<String, String> cache = new HashMap<>();

  RootFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String word = term.toString();
    String root = cache.get(word);
    if (root == null) {
      root = ArabicRootStemmer.root(ArabicLightStemmer.stem(word));
      if (cache.size() >= CACHE_SIZE) cache.clear(); // simple bound: start again
      cache.put(word, root);
    }
    term.setEmpty().append(root);
    return true;
  }
}

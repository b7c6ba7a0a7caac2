package org.marsad.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The root readings the embedded index puts in its root field ({@link ArticleFields#BODY_ROOTS}),
 * for a backend that cannot run {@link RootFilter} itself: the SolrCloud store computes them in
 * the client and sends them pre-analysed (docs/solr.md). It runs the very analyser the embedded
 * index uses for that field ({@link IndexAnalyzers}), so both backends index and query the same
 * root terms.
 */
public final class RootReadings {
  /**
   * Weight of a word's root clause against the clause of its own readings, for backends that
   * build the query themselves: the embedded index's {@link LuceneQueryBuilder#ROOT_WEIGHT}.
   */
  public static final float WEIGHT = LuceneQueryBuilder.ROOT_WEIGHT;

  /** Thread-safe: Lucene analysers keep one token stream (and its root cache) per thread. */
  private static final Analyzer ANALYZER = IndexAnalyzers.create();

  private RootReadings() {}

  /** The root reading of each word of {@code text} that the field keeps, in text order (stop words left out). */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    try (TokenStream ts = ANALYZER.tokenStream(ArticleFields.BODY_ROOTS, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e); // a StringReader does not fail
    }
    return out;
  }

  /**
   * The root term a query word is scored with ({@link LuceneQueryBuilder#rootQuery}), or null
   * when it has none there: a stop word, or a word that analyses to several tokens.
   */
  public static String ofWord(String word) {
    List<String> roots = of(word);
    return roots.size() == 1 ? roots.get(0) : null;
  }
}

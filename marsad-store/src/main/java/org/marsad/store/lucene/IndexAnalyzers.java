package org.marsad.store.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Which analyser each text field uses; the same object serves indexing and querying. Body, title,
 * lead and headings use {@link ArabicNewsAnalyzer}; exact and name fields its unstemmed
 * {@link ArabicNewsAnalyzer#exact()}; the root field the unstemmed analyser followed by
 * {@link RootFilter}.
 */
final class IndexAnalyzers {
  private IndexAnalyzers() {}

  static Analyzer create() {
    Analyzer exact = ArabicNewsAnalyzer.exact();
    Analyzer roots = roots(exact);
    return new PerFieldAnalyzerWrapper(new ArabicNewsAnalyzer(), Map.of(
        ArticleFields.BODY_EXACT, exact,
        ArticleFields.TITLE_EXACT, exact,
        ArticleFields.BODY_ROOTS, roots,
        ArticleFields.PERSON + ArticleFields.NAMES_SUFFIX, exact,
        ArticleFields.ORG + ArticleFields.NAMES_SUFFIX, exact,
        ArticleFields.PLACE + ArticleFields.NAMES_SUFFIX, exact,
        ArticleFields.SPEAKER + ArticleFields.NAMES_SUFFIX, exact));
  }

  /** Normalised, stop-filtered, spelling-folded words (the exact analyser), each replaced by its root. */
  private static Analyzer roots(Analyzer exact) {
    return new AnalyzerWrapper(exact.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return exact;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new RootFilter(components.getTokenStream()));
      }
    };
  }
}

package org.marsad.store.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.text.analysis.ArabicNameAnalyzer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Which analyser each text field uses; the same object serves indexing and querying. Body, title,
 * lead and headings use {@link ArabicNewsAnalyzer}; exact fields its unstemmed
 * {@link ArabicNewsAnalyzer#exact()}; the root field the unstemmed analyser followed by
 * {@link RootFilter}; the entity and speaker name fields {@link ArabicNameAnalyzer} (the exact
 * analyser without stop words, schema 3: علي, بان, كي are name words there).
 */
final class IndexAnalyzers {
  private IndexAnalyzers() {}

  static Analyzer create() {
    Analyzer exact = ArabicNewsAnalyzer.exact();
    Analyzer roots = roots(exact);
    Analyzer names = new ArabicNameAnalyzer();
    return new PerFieldAnalyzerWrapper(new ArabicNewsAnalyzer(), Map.of(
        ArticleFields.BODY_EXACT, exact,
        ArticleFields.TITLE_EXACT, exact,
        ArticleFields.BODY_ROOTS, roots,
        ArticleFields.PERSON + ArticleFields.NAMES_SUFFIX, names,
        ArticleFields.ORG + ArticleFields.NAMES_SUFFIX, names,
        ArticleFields.PLACE + ArticleFields.NAMES_SUFFIX, names,
        ArticleFields.MISC + ArticleFields.NAMES_SUFFIX, names,
        ArticleFields.SPEAKER + ArticleFields.NAMES_SUFFIX, names));
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

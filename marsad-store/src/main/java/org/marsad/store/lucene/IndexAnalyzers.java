package org.marsad.store.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/** Which analyser each text field uses; the same object serves indexing and querying. */
final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** Body, title and headings use {@link ArabicNewsAnalyzer}; exact and name fields its unstemmed {@link ArabicNewsAnalyzer#exact()}. */
  static Analyzer create() {
    Analyzer exact = ArabicNewsAnalyzer.exact();
    return new PerFieldAnalyzerWrapper(new ArabicNewsAnalyzer(), Map.of(
        ArticleFields.BODY_EXACT, exact,
        ArticleFields.TITLE_EXACT, exact,
        ArticleFields.PERSON + ArticleFields.NAMES_SUFFIX, exact,
        ArticleFields.ORG + ArticleFields.NAMES_SUFFIX, exact,
        ArticleFields.PLACE + ArticleFields.NAMES_SUFFIX, exact,
        ArticleFields.SPEAKER + ArticleFields.NAMES_SUFFIX, exact));
  }
}

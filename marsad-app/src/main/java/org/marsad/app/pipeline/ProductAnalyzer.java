package org.marsad.app.pipeline;

/**
 * The analysis step the product uses for {@code marsad ingest} and the benchmarks: the one place
 * to wire the anatomy analyser. Until {@code org.marsad.nlp.ArticleAnalyzer} exists this is
 * {@link InterimDocumentAnalyzer}; then it becomes {@code new ArticleAnalyzer()::analyze}
 * (plus any enrichers, e.g. {@code doc -> enrich(analyzer.analyze(doc))}).
 */
public final class ProductAnalyzer {
  private ProductAnalyzer() {}

  public static DocumentAnalyzer create() {
    return new InterimDocumentAnalyzer();
  }
}

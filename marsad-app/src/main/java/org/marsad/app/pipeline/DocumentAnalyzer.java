package org.marsad.app.pipeline;

import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/**
 * Turns one raw document into an analysed article; the pipeline's analysis step. The product
 * wires {@code org.marsad.nlp.ArticleAnalyzer} here ({@code new ArticleAnalyzer()::analyze});
 * tests pass a lambda. Implementations must be safe to call from several threads at once and
 * throw an unchecked exception for a document they cannot analyse (it is quarantined).
 */
@FunctionalInterface
public interface DocumentAnalyzer {
  Article analyze(RawDocument document);
}

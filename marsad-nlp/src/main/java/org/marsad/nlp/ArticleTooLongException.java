package org.marsad.nlp;

/**
 * The input's article text exceeds {@link ArticleAnalyzer.Options#maxTokens}: an input error,
 * reported and quarantined like any other, not a bug. Limits: docs/limits.md.
 */
public class ArticleTooLongException extends IllegalArgumentException {
  public ArticleTooLongException(String message) {
    super(message);
  }
}

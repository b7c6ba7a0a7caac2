package org.marsad.nlp.summary;

import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.article.Article;

/** Pipeline step: sets {@code Article.summary} to two or three sentences of the clean body. */
public final class SummaryEnricher implements ArticleEnricher {
  private final ExtractiveSummarizer summarizer;

  public SummaryEnricher() {
    this(new ExtractiveSummarizer());
  }

  public SummaryEnricher(ExtractiveSummarizer summarizer) {
    this.summarizer = summarizer;
  }

  @Override
  public Article enrich(Article article) {
    if (article.text() == null || article.text().isBlank()) return article;
    return article.withSummary(summarizer.summarize(article.title(), article.text()));
  }
}

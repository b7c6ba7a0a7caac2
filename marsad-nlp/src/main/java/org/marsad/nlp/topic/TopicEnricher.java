package org.marsad.nlp.topic;

import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.article.Article;

/** Pipeline step: sets {@code Article.topic} from the title and clean body. */
public final class TopicEnricher implements ArticleEnricher {
  private final TopicClassifier classifier;

  /** With the shipped model. */
  public TopicEnricher() {
    this(TopicClassifier.shipped());
  }

  public TopicEnricher(TopicClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public Article enrich(Article article) {
    String text = article.text() == null ? "" : article.text();
    if (text.isBlank() && (article.title() == null || article.title().isBlank())) return article;
    return article.withTopic(classifier.classify(article.title(), text));
  }
}

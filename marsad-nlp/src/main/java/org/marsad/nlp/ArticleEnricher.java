package org.marsad.nlp;

import org.marsad.nlp.article.Article;

/**
 * One analysis step after anatomy (entities, quotations, topic, summary): takes the record so
 * far and returns it with its own fields filled in. Steps are plain functions so the pipeline
 * is just a list, and any step can be tested on its own.
 */
@FunctionalInterface
public interface ArticleEnricher {
  Article enrich(Article article);
}

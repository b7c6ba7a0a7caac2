package org.marsad.app.alert;

import java.util.ArrayList;
import java.util.List;
import org.marsad.nlp.article.Article;
import org.marsad.store.lucene.ArticleQueryMatcher;

/**
 * The {@link AlertMatcher}: an alert's query is a search query, run by search's own definition
 * on the new article ({@link ArticleQueryMatcher}: the article indexed alone in memory, the query
 * translated as search translates it), so an alert fires exactly when searching its query would
 * find the article. An alert whose query no longer parses matches nothing.
 */
public final class QueryMatcher implements AlertMatcher {
  private final ArticleQueryMatcher search = new ArticleQueryMatcher();

  /**
   * Search's syntax, and one refusal of its own: a query that asks for nothing (blank, or only
   * exclusions, stop words or punctuation) lists every article in search, so as an alert it would
   * fire on nearly every article.
   */
  @Override
  public void validate(String query) {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("the query is empty");
    if (!search.hasPositiveCondition(query)) {
      throw new IllegalArgumentException("the query has nothing to look for (only exclusions, stop words or punctuation)");
    }
  }

  @Override
  public List<Alert> matching(List<Alert> alerts, Article article) {
    List<Alert> out = new ArrayList<>();
    if (alerts.isEmpty()) return out;
    ArticleQueryMatcher.Prepared prepared = search.prepare(article);
    for (Alert alert : alerts) {
      boolean hit;
      try {
        hit = prepared.matches(alert.query());
      } catch (IllegalArgumentException e) {
        continue; // validated on save; a stale bad query must not stop the others
      }
      if (hit) out.add(alert);
    }
    return out;
  }
}

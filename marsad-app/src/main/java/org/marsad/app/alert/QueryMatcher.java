package org.marsad.app.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.nlp.article.Article;

/**
 * The in-memory {@link AlertMatcher}: parses each alert query once (cached) and runs it on the
 * article's match-normalised words and fields. An alert whose query no longer parses matches nothing.
 */
public final class QueryMatcher implements AlertMatcher {
  private final Map<String, AlertQuery> parsed = new ConcurrentHashMap<>();

  @Override
  public void validate(String query) {
    AlertQuery.parse(query);
  }

  @Override
  public List<Alert> matching(List<Alert> alerts, Article article) {
    MatchableArticle prepared = new MatchableArticle(article);
    List<Alert> out = new ArrayList<>();
    for (Alert alert : alerts) {
      AlertQuery q;
      try {
        q = parsed.computeIfAbsent(alert.query(), AlertQuery::parse);
      } catch (IllegalArgumentException e) {
        continue; // validated on save; a stale bad query must not stop the others
      }
      if (q.matches(prepared)) out.add(alert);
    }
    return out;
  }
}

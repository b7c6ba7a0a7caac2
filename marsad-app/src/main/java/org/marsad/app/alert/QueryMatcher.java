package org.marsad.app.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.marsad.nlp.article.Article;

/**
 * The in-memory {@link AlertMatcher}: parses each alert query once (cached) and runs it on the
 * article's match-normalised words and fields. An alert whose query no longer parses matches nothing.
 */
public final class QueryMatcher implements AlertMatcher {
  private final Map<String, AlertQuery> parsed = new ConcurrentHashMap<>();
  private final UnaryOperator<String> expansion;

  /** Queries as typed (no entity registry at hand). */
  public QueryMatcher() {
    this(UnaryOperator.identity());
  }

  /**
   * Queries read through {@code expansion} first, the rewrite search applies ({@code
   * QueryExpansion}: {@code Obama} → {@code Obama OR أوباما OR person:ID}); session 14 QA: an alert
   * {@code Obama} never fired on an article about أوباما that a search {@code Obama} finds. Applied
   * on each article, as the registry learns names during ingest.
   */
  public QueryMatcher(UnaryOperator<String> expansion) {
    this.expansion = expansion;
  }

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
        q = parsed.computeIfAbsent(expanded(alert.query()), AlertQuery::parse);
      } catch (IllegalArgumentException e) {
        continue; // validated on save; a stale bad query must not stop the others
      }
      if (q.matches(prepared)) out.add(alert);
    }
    return out;
  }

  private String expanded(String query) {
    try {
      return expansion.apply(query);
    } catch (RuntimeException e) { // a rewrite that fails leaves the query as saved, which was validated
      return query;
    }
  }
}

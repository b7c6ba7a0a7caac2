package org.marsad.app.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.marsad.app.corpus.QueryExpansion;
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
  /** Whether a query (as expanded) asks for something, by query text: see {@link #askable}. */
  private final Map<String, Boolean> askable = new ConcurrentHashMap<>();
  private final UnaryOperator<String> expansion;
  /** The expansion as a rewrite that can tell whether it still holds ({@link QueryExpansion#recorded}); null: rewrite every time. */
  private final Function<String, QueryExpansion.Rewrite> recorded;
  /** Each alert query's rewrite, by query text, kept while it is {@linkplain QueryExpansion.Rewrite#current current}. */
  private final Map<String, QueryExpansion.Rewrite> rewritten = new ConcurrentHashMap<>();

  /** Queries as typed (no entity registry at hand). */
  public QueryMatcher() {
    this(UnaryOperator.identity(), null);
  }

  /**
   * Queries read through {@code expansion} first, the rewrite search applies ({@code
   * QueryExpansion}: {@code Obama} → {@code Obama OR أوباما OR person:ID}); session 14 QA: an alert
   * {@code Obama} never fired on an article about أوباما that a search {@code Obama} finds. The
   * registry learns names during ingest, so a {@link QueryExpansion} rewrite is kept per query only
   * while what it looked up in the registry is unchanged; any other rewrite runs on each article.
   */
  public QueryMatcher(UnaryOperator<String> expansion) {
    this(expansion, expansion instanceof QueryExpansion q ? q::recorded : null);
  }

  /**
   * As {@link #QueryMatcher(UnaryOperator)}, each query's rewrite made by {@code recorded} and kept
   * while {@linkplain QueryExpansion.Rewrite#current current} (null: never kept). The rewrite costs
   * up to ~1 ms a query for a Latin name ({@code Salman}), run for every alert on every article
   * (bench/RESULTS.md, session 16); during ingest other names register between two articles, and
   * a rewrite kept until any registration was redone on nearly every article (session 17).
   */
  QueryMatcher(UnaryOperator<String> expansion, Function<String, QueryExpansion.Rewrite> recorded) {
    this.expansion = expansion;
    this.recorded = recorded;
  }

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
        String query = expanded(alert.query());
        hit = askable(query) && prepared.matches(query);
      } catch (IllegalArgumentException e) {
        continue; // validated on save; a stale bad query must not stop the others
      }
      if (hit) out.add(alert);
    }
    return out;
  }

  /**
   * An alert saved before session 14 may hold only stop words ({@code في}, {@code اليوم}): the old
   * matcher looked for them, search's query for them is every article. {@link #validate} refuses
   * such a query on save; one already in alerts.json must match nothing rather than everything.
   */
  private boolean askable(String query) {
    if (askable.size() >= 10_000) askable.clear(); // rewritten texts change as the registry learns
    return askable.computeIfAbsent(query, search::hasPositiveCondition);
  }

  /** The query rewritten, as kept while current or rewritten now. */
  private String expanded(String query) {
    if (recorded == null) return rewrite(query);
    QueryExpansion.Rewrite kept = rewritten.get(query);
    if (kept != null && kept.current()) return kept.text();
    try {
      // each lookup's stamp is read with it: a registration during the rewrite makes it not current, so redone next time
      kept = recorded.apply(query);
    } catch (RuntimeException e) { // as rewrite(): the query as saved, not kept
      return query;
    }
    if (rewritten.size() >= 10_000) rewritten.clear(); // deleted alerts' queries
    rewritten.put(query, kept);
    return kept.text();
  }

  private String rewrite(String query) {
    try {
      return expansion.apply(query);
    } catch (RuntimeException e) { // a rewrite that fails leaves the query as saved, which was validated
      return query;
    }
  }
}

package org.marsad.app.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
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
  /** When the expansion's answers may change (the entity registry's version); null: rewrite every time. */
  private final LongSupplier expansionVersion;
  /** Each alert query's rewrite and the version it was made at, by query text. */
  private final Map<String, Rewritten> rewritten = new ConcurrentHashMap<>();

  private record Rewritten(long version, String text) {}

  /** Queries as typed (no entity registry at hand). */
  public QueryMatcher() {
    this(UnaryOperator.identity(), null);
  }

  /**
   * Queries read through {@code expansion} first, the rewrite search applies ({@code
   * QueryExpansion}: {@code Obama} → {@code Obama OR أوباما OR person:ID}); session 14 QA: an alert
   * {@code Obama} never fired on an article about أوباما that a search {@code Obama} finds. The
   * registry learns names during ingest, so a {@link QueryExpansion} rewrite is kept per query only
   * until the registry's version changes; any other rewrite runs on each article.
   */
  public QueryMatcher(UnaryOperator<String> expansion) {
    this(expansion, expansion instanceof QueryExpansion q ? q::version : null);
  }

  /**
   * As {@link #QueryMatcher(UnaryOperator)}, each query's rewrite kept while {@code version} gives
   * the same number (null: never kept). The rewrite costs up to ~1 ms a query for a Latin name
   * ({@code Salman}), run for every alert on every article (bench/RESULTS.md, session 16).
   */
  QueryMatcher(UnaryOperator<String> expansion, LongSupplier version) {
    this.expansion = expansion;
    this.expansionVersion = version;
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
    long version = expansionVersion == null ? 0 : expansionVersion.getAsLong();
    for (Alert alert : alerts) {
      boolean hit;
      try {
        String query = expanded(alert.query(), version);
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

  /** The query rewritten, as kept since the expansion's {@code version} or rewritten now. */
  private String expanded(String query, long version) {
    if (expansionVersion == null) return rewrite(query);
    Rewritten kept = rewritten.get(query);
    if (kept != null && kept.version() == version) return kept.text();
    // version was read before the rewrite: one made while the registry changed is kept under the older one, so redone
    String text = rewrite(query);
    if (rewritten.size() >= 10_000) rewritten.clear(); // deleted alerts' queries
    rewritten.put(query, new Rewritten(version, text));
    return text;
  }

  private String rewrite(String query) {
    try {
      return expansion.apply(query);
    } catch (RuntimeException e) { // a rewrite that fails leaves the query as saved, which was validated
      return query;
    }
  }
}

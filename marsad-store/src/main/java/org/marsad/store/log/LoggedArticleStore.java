package org.marsad.store.log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * An {@link ArticleStore} whose every accepted article is first appended to the
 * {@link ArticleLog}, and whose commits make the log durable before the index: an article that
 * is searchable is always in the log, so the index can be rebuilt from it. Works over any
 * backend (embedded or SolrCloud).
 */
public final class LoggedArticleStore implements ArticleStore {
  /** The log's folder inside a data directory. */
  public static final String LOG_DIR = "log";

  private final ArticleStore index;
  private final ArticleLog log;

  private LoggedArticleStore(ArticleStore index, ArticleLog log) {
    this.index = index;
    this.log = log;
  }

  /** Wraps an open store with the log of a data directory (DATA/log). */
  public static LoggedArticleStore wrap(ArticleStore index, Path dataDir) throws IOException {
    return new LoggedArticleStore(index, ArticleLog.open(dataDir.resolve(LOG_DIR)));
  }

  @Override
  public boolean contains(String id) throws IOException {
    return index.contains(id);
  }

  @Override
  public void add(Article article) throws IOException {
    String json = ArticleJson.write(article); // outside the lock: parallel workers serialise in parallel
    synchronized (log) { // one writer keeps the log's order and lines whole
      log.append(article.id(), json);
    }
    index.add(article, json); // the index stores the same JSON: serialised once per article
  }

  @Override
  public void commit() throws IOException {
    synchronized (log) {
      log.sync();
    }
    index.commit();
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return index.get(id);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return index.search(request);
  }

  @Override
  public long count() throws IOException {
    return index.count();
  }

  @Override
  public long countNow() throws IOException {
    return index.countNow();
  }

  @Override
  public OptionalLong generation() throws IOException {
    return index.generation();
  }

  @Override
  public void close() throws IOException {
    try {
      synchronized (log) {
        log.close();
      }
    } finally {
      index.close();
    }
  }
}

package org.marsad.app.backend;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/** A store that holds its data directory's {@link DataDirLock} until it is closed. */
final class LockedStore implements ArticleStore {
  private final ArticleStore store;
  private final DataDirLock lock;

  LockedStore(ArticleStore store, DataDirLock lock) {
    this.store = store;
    this.lock = lock;
  }

  @Override
  public boolean contains(String id) throws IOException {
    return store.contains(id);
  }

  @Override
  public void add(Article article) throws IOException {
    store.add(article);
  }

  @Override
  public void commit() throws IOException {
    store.commit();
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return store.get(id);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return store.search(request);
  }

  @Override
  public long count() throws IOException {
    return store.count();
  }

  @Override
  public long countNow() throws IOException {
    return store.countNow();
  }

  @Override
  public OptionalLong generation() throws IOException {
    return store.generation();
  }

  /** Closes the store, then lets the next writer in. */
  @Override
  public void close() throws IOException {
    try {
      store.close();
    } finally {
      lock.close();
    }
  }
}

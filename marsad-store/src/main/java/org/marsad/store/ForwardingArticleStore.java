package org.marsad.store;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.nlp.article.Article;

/**
 * An {@link ArticleStore} that passes every call to another one; a wrapper (the article log, the
 * data directory's lock, a test's failing disk) overrides only the calls it changes.
 */
public abstract class ForwardingArticleStore implements ArticleStore {
  /** The wrapped store. */
  protected final ArticleStore delegate;

  protected ForwardingArticleStore(ArticleStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean contains(String id) throws IOException {
    return delegate.contains(id);
  }

  @Override
  public void add(Article article) throws IOException {
    delegate.add(article);
  }

  @Override
  public void add(Article article, String json) throws IOException {
    delegate.add(article, json);
  }

  @Override
  public void commit() throws IOException {
    delegate.commit();
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return delegate.get(id);
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return delegate.search(request);
  }

  @Override
  public long count() throws IOException {
    return delegate.count();
  }

  @Override
  public long countNow() throws IOException {
    return delegate.countNow();
  }

  @Override
  public OptionalLong generation() throws IOException {
    return delegate.generation();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }
}

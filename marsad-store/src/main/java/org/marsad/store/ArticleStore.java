package org.marsad.store;

import java.io.IOException;
import java.util.Optional;
import org.marsad.nlp.article.Article;

/**
 * Where analysed articles are kept and searched. The embedded Lucene index implements it
 * today, SolrCloud later; nothing outside this module sees a Lucene or Solr type.
 * (Skeleton: the search work owns and refines this interface.)
 */
public interface ArticleStore extends AutoCloseable {
  /** True when an article with this content id is already stored. */
  boolean contains(String id) throws IOException;

  /** Adds or replaces the article with this id (idempotent). */
  void add(Article article) throws IOException;

  /** Makes everything added so far durable and visible to search. */
  void commit() throws IOException;

  /** The full record of one article. */
  Optional<Article> get(String id) throws IOException;

  /** Runs a search. */
  SearchResult search(SearchRequest request) throws IOException;

  /** Number of stored articles. */
  long count() throws IOException;

  @Override
  void close() throws IOException;
}

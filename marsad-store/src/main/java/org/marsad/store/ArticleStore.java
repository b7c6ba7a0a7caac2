package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.marsad.nlp.article.Article;
import org.marsad.store.lucene.IndexSwap;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * Where analysed articles are kept and searched. The embedded Lucene index implements it
 * today, SolrCloud later; nothing outside this module sees a Lucene or Solr type.
 *
 * <p>Implementations are safe for concurrent use: many threads may {@link #add} while others
 * search. Adds become durable at {@link #commit} (and at {@link #close}); a crash loses at most
 * what was added since the last commit, never corrupts what was committed.
 */
public interface ArticleStore extends AutoCloseable {
  /** The embedded index of a data directory ({@code DATA/index}), created when absent. */
  static ArticleStore openEmbedded(Path dataDir) throws IOException {
    IndexSwap.recover(dataDir); // a reindex that crashed mid-swap
    return LuceneArticleStore.open(dataDir.resolve("index"));
  }

  /** Segment counts of an index before and after {@link #compactEmbedded}. */
  record Compaction(int segmentsBefore, int segmentsAfter) {}

  /**
   * Merges a data directory's embedded index into at most {@code maxSegments} segments (see
   * {@link LuceneArticleStore#compact}): fewer segments, cheaper searches, same results. Takes the
   * index's write lock, so no ingest may run at the same time.
   */
  static Compaction compactEmbedded(Path dataDir, int maxSegments) throws IOException {
    IndexSwap.recover(dataDir);
    try (LuceneArticleStore store = LuceneArticleStore.open(dataDir.resolve("index"))) {
      int before = store.segmentCount();
      store.compact(maxSegments);
      return new Compaction(before, store.segmentCount());
    }
  }

  /** The embedded index of a data directory, for searching only (another process may be ingesting). */
  static ArticleStore openEmbeddedReadOnly(Path dataDir) throws IOException {
    IndexSwap.recover(dataDir);
    return LuceneArticleStore.openReadOnly(dataDir.resolve("index"));
  }

  /** True when an article with this content id is stored (committed or added in this session). */
  boolean contains(String id) throws IOException;

  /** Adds or replaces the article with this id (idempotent: the id is the key). */
  void add(Article article) throws IOException;

  /**
   * {@link #add(Article)} for a caller that already holds the record's JSON
   * ({@link org.marsad.nlp.article.ArticleJson#write} of {@code article}, e.g. the article log): a
   * store that keeps the JSON takes it instead of serialising the record a second time.
   */
  default void add(Article article, String json) throws IOException {
    add(article);
  }

  /** Makes everything added so far durable and visible to search. */
  void commit() throws IOException;

  /** The full record of one article. */
  Optional<Article> get(String id) throws IOException;

  /** Runs a search; a malformed query throws {@link org.marsad.store.query.QuerySyntaxException}. */
  SearchResult search(SearchRequest request) throws IOException;

  /** Number of stored articles (including near-duplicates). */
  long count() throws IOException;

  /**
   * {@link #count()} for someone waiting on the answer (the status page): a store that retries
   * (Solr) gives up after its short read window instead of the long one ingest's counts use.
   */
  default long countNow() throws IOException {
    return count();
  }

  /**
   * A number that changes whenever what {@link #search} sees may have changed (the embedded
   * index's reader version), so that a caller can keep an answer derived from the whole collection
   * (the newest day) until then; empty when the store cannot tell cheaply (Solr): never cache.
   */
  default OptionalLong generation() throws IOException {
    return OptionalLong.empty();
  }

  /** Commits and releases the store. */
  @Override
  void close() throws IOException;
}

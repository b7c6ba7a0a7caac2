package org.marsad.app.backend;

import java.io.IOException;
import java.time.Duration;
import org.marsad.store.ArticleStore;
import org.marsad.store.log.LoggedArticleStore;
import org.marsad.store.solr.SolrArticleStore;
import org.marsad.store.solr.SolrCluster;
import org.marsad.store.solr.ZkAddress;

/**
 * Opens the store that {@link StoreOptions} name. Commands call this instead of
 * {@code ArticleStore.openEmbedded…}, so ingest, search, get and serve work the same on both
 * backends. A Solr store is always read-write (the cluster arbitrates concurrent writers);
 * read-only matters only for the embedded index, whose writer lock one process holds. Writing
 * takes the data directory for one process on both backends: Lucene's index lock (embedded), a
 * {@link DataDirLock} (Solr), since the article log and the collection state
 * (entity registry, near-duplicate index) live in the data directory either way.
 */
public final class StoreFactory {
  private StoreFactory() {}

  /**
   * Opens the store for ingesting (embedded: takes the index's write lock). Every article added
   * is first appended to the article log of the data directory (DATA/log), the source of truth
   * an index can be rebuilt from.
   */
  public static ArticleStore openForWriting(StoreOptions options) throws IOException {
    if (options.backend() == Backend.SOLR) {
      // the cluster takes any number of writers, but the data directory (log, registry) only one
      DataDirLock lock = DataDirLock.acquire(options.dataDir());
      try {
        return new LockedStore(LoggedArticleStore.wrap(openSolr(options), options.dataDir()), lock);
      } catch (IOException | RuntimeException e) {
        lock.close();
        throw e;
      }
    }
    ArticleStore index = ArticleStore.openEmbedded(options.dataDir()); // Lucene's write lock: one writer per data directory
    try {
      return LoggedArticleStore.wrap(index, options.dataDir());
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Opens the store for searching (embedded: read-only, another process may be ingesting). */
  public static ArticleStore openForReading(StoreOptions options) throws IOException {
    return switch (options.backend()) {
      case EMBEDDED -> ArticleStore.openEmbeddedReadOnly(options.dataDir());
      case SOLR -> openSolr(options);
    };
  }

  /**
   * The SolrCloud collection itself, without the article log in front: for rebuilding the
   * collection from that log ({@code marsad reindex --backend solr}), whose records must not be
   * appended to it a second time.
   *
   * @throws IllegalArgumentException the options name the embedded backend
   */
  public static ArticleStore openSolrWithoutLog(StoreOptions options) throws IOException {
    if (options.backend() != Backend.SOLR) throw new IllegalArgumentException("not a Solr backend: " + options.backend().key());
    DataDirLock lock = DataDirLock.acquire(options.dataDir()); // no ingest may append to the log being read
    try {
      return new LockedStore(openSolr(options), lock);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static ArticleStore openSolr(StoreOptions options) throws IOException {
    return SolrArticleStore.open(ZkAddress.parse(options.zk()), options.collection(), readRetry(System.getenv(READ_RETRY_VARIABLE)));
  }

  /** Seconds a search, an article or a count on SolrCloud retries a failing cluster before it is unavailable (503 in serve). */
  public static final String READ_RETRY_VARIABLE = "MARSAD_SOLR_READ_RETRY";

  /**
   * The read retry window {@code MARSAD_SOLR_READ_RETRY} gives (whole seconds, 0 for one try on
   * each live node), or {@link SolrCluster#READ_RETRY} when unset; writes keep {@link SolrCluster#RETRY}.
   */
  static Duration readRetry(String seconds) {
    if (seconds == null || seconds.isBlank()) return SolrCluster.READ_RETRY;
    try {
      long s = Long.parseLong(seconds.strip());
      if (s >= 0 && s <= 3600) return Duration.ofSeconds(s);
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(READ_RETRY_VARIABLE + " must be whole seconds from 0 to 3600, not '" + seconds + "'");
  }
}

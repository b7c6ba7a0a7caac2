package org.marsad.app.backend;

import java.io.IOException;
import org.marsad.store.ArticleStore;
import org.marsad.store.solr.SolrArticleStore;
import org.marsad.store.solr.ZkAddress;

/**
 * Opens the store that {@link StoreOptions} name. Commands call this instead of
 * {@code ArticleStore.openEmbedded…}, so ingest, search, get and serve work the same on both
 * backends. A Solr store is always read-write (the cluster arbitrates concurrent writers);
 * read-only matters only for the embedded index, whose writer lock one process holds.
 */
public final class StoreFactory {
  private StoreFactory() {}

  /** Opens the store for ingesting (embedded: takes the index's write lock). */
  public static ArticleStore openForWriting(StoreOptions options) throws IOException {
    return switch (options.backend()) {
      case EMBEDDED -> ArticleStore.openEmbedded(options.dataDir());
      case SOLR -> openSolr(options);
    };
  }

  /** Opens the store for searching (embedded: read-only, another process may be ingesting). */
  public static ArticleStore openForReading(StoreOptions options) throws IOException {
    return switch (options.backend()) {
      case EMBEDDED -> ArticleStore.openEmbeddedReadOnly(options.dataDir());
      case SOLR -> openSolr(options);
    };
  }

  private static ArticleStore openSolr(StoreOptions options) throws IOException {
    return SolrArticleStore.open(ZkAddress.parse(options.zk()), options.collection());
  }
}

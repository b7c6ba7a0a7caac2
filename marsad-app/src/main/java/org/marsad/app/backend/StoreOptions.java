package org.marsad.app.backend;

import java.nio.file.Path;
import org.marsad.store.solr.ZkAddress;

/**
 * What is needed to open a store.
 *
 * @param backend    embedded or solr
 * @param dataDir    the data directory (embedded index; quarantine and state for both backends)
 * @param zk         ZooKeeper address {@code host:port[,host:port][/chroot]} (solr only)
 * @param collection Solr collection (solr only)
 */
public record StoreOptions(Backend backend, Path dataDir, String zk, String collection) {
  public StoreOptions {
    if (backend == null) backend = Backend.EMBEDDED;
    if (backend == Backend.SOLR) {
      if (zk == null || zk.isBlank()) throw new IllegalArgumentException("--backend solr needs --zk HOST:PORT[/chroot]");
      if (collection == null || collection.isBlank()) throw new IllegalArgumentException("--backend solr needs --collection NAME");
      ZkAddress.parse(zk); // fail early on a malformed address
    }
  }

  /** The embedded index of a data directory. */
  public static StoreOptions embedded(Path dataDir) {
    return new StoreOptions(Backend.EMBEDDED, dataDir, null, null);
  }

  /** A SolrCloud collection. */
  public static StoreOptions solr(Path dataDir, String zk, String collection) {
    return new StoreOptions(Backend.SOLR, dataDir, zk, collection);
  }
}

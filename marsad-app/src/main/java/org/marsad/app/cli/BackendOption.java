package org.marsad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.app.backend.Backend;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Option;

/**
 * The {@code --backend embedded|solr --zk … --collection …} options of the commands that open
 * the store (ingest, search, get, serve); add it with {@code @Mixin BackendOption backend;}.
 * Defaults: the embedded index; {@code MARSAD_ZK} and {@code MARSAD_COLLECTION} supply the Solr
 * options when they are not given.
 */
final class BackendOption {
  @Option(names = "--backend", paramLabel = "embedded|solr", description = "Store: embedded (default) or solr.")
  String backend;

  @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper of the SolrCloud cluster (--backend solr). Default: $MARSAD_ZK")
  String zk;

  @Option(names = "--collection", paramLabel = "NAME", description = "Solr collection (--backend solr). Default: $MARSAD_COLLECTION, else marsad")
  String collection;

  StoreOptions options(Path dataDir) {
    Backend b = backend == null ? Backend.EMBEDDED : Backend.parse(backend);
    if (b == Backend.EMBEDDED) return StoreOptions.embedded(dataDir);
    String z = zk != null ? zk : System.getenv("MARSAD_ZK");
    String c = collection != null ? collection : System.getenv().getOrDefault("MARSAD_COLLECTION", "marsad");
    return StoreOptions.solr(dataDir, z, c);
  }

  ArticleStore openForWriting(Path dataDir) throws IOException {
    return StoreFactory.openForWriting(options(dataDir));
  }

  ArticleStore openForReading(Path dataDir) throws IOException {
    return StoreFactory.openForReading(options(dataDir));
  }
}

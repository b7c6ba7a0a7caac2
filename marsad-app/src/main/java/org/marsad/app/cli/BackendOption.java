package org.marsad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.marsad.app.backend.Backend;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --backend embedded|solr --zk … --collection …} options of the commands that open
 * the store (ingest, search, get, serve); add it with {@code @Mixin BackendOption backend;}.
 * Defaults: the embedded index; {@code MARSAD_ZK} and {@code MARSAD_COLLECTION} supply the Solr
 * options when they are not given. An unknown backend, {@code --backend solr} without a ZooKeeper
 * address, and {@code --zk}/{@code --collection} without {@code --backend solr} are usage errors
 * (exit 2), as other bad option values ({@link OptionCheck}).
 */
final class BackendOption {
  @Option(names = "--backend", paramLabel = "embedded|solr", description = "Store: embedded (default) or solr.")
  String backend;

  @Option(names = "--zk", paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper of the SolrCloud cluster (--backend solr). Default: $MARSAD_ZK")
  String zk;

  @Option(names = "--collection", paramLabel = "NAME", description = "Solr collection (--backend solr). Default: $MARSAD_COLLECTION, else marsad")
  String collection;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  StoreOptions options(Path dataDir) {
    Backend b;
    try {
      b = backend == null ? Backend.EMBEDDED : Backend.parse(backend);
    } catch (IllegalArgumentException e) {
      throw usage("--backend: " + e.getMessage());
    }
    if (b == Backend.EMBEDDED) {
      // Silently opening the local index would hide the user's mistake (the cluster was meant).
      OptionCheck.require(spec, zk == null && collection == null, (zk != null ? "--zk" : "--collection") + " needs --backend solr");
      return StoreOptions.embedded(dataDir);
    }
    String z = zk != null ? zk : System.getenv("MARSAD_ZK");
    String c = collection != null ? collection : System.getenv().getOrDefault("MARSAD_COLLECTION", "marsad");
    OptionCheck.require(spec, z != null && !z.isBlank(), "--backend solr needs --zk HOST:PORT[/chroot] (or MARSAD_ZK)");
    OptionCheck.require(spec, c != null && !c.isBlank(), "--backend solr needs --collection NAME (or MARSAD_COLLECTION)");
    return StoreOptions.solr(dataDir, z, c); // a malformed --zk stays bad input (exit 1), as for solr setup
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  ArticleStore openForWriting(Path dataDir) throws IOException {
    return StoreFactory.openForWriting(options(dataDir));
  }

  ArticleStore openForReading(Path dataDir) throws IOException {
    return StoreFactory.openForReading(options(dataDir));
  }
}

package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.marsad.store.solr.SolrCluster;
import org.marsad.store.solr.SolrSetup;
import org.marsad.store.solr.ZkAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad solr setup --zk HOST:PORT[/chroot] --collection NAME --shards N --replicas R}:
 * uploads Marsad's configset to ZooKeeper (as {@code marsad}, replacing an earlier upload) and
 * creates the collection, waiting until every replica is active. For an existing collection it
 * uploads the configset under the name that collection uses (if that holds a Marsad schema) and
 * leaves the collection as it is. Prints one line: {@code created COLLECTION shards=N replicas=R
 * configset=NAME zk=…} (or {@code exists …}, with a reminder to reload on stderr).
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
    description = "Upload Marsad's configset and create a collection on a SolrCloud cluster.")
public final class SolrSetupCommand implements Callable<Integer> {
  @Option(names = "--zk", required = true, paramLabel = "HOST:PORT[/chroot]", description = "ZooKeeper ensemble of the cluster.")
  String zk;

  @Option(names = "--collection", required = true, paramLabel = "NAME", description = "Collection to create (an existing one gets the configset it uses uploaded again).")
  String collection;

  @Option(names = "--shards", defaultValue = "2", paramLabel = "N", description = "Number of shards (default ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--replicas", defaultValue = "2", paramLabel = "R", description = "Replicas per shard (default ${DEFAULT-VALUE}).")
  int replicas;

  @Option(names = "--rewrite-shared-configset", description = "Upload over a configset that other collections use too"
      + " (they then need a reload and a reindex); without it, setup refuses and names them.")
  boolean rewriteShared;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--shards and --replicas must be at least 1");
    }
    ZkAddress address = ZkAddress.parse(zk);
    PrintWriter out = spec.commandLine().getOut();
    try (SolrCluster cluster = SolrCluster.connect(address)) {
      SolrSetup.Outcome o = SolrSetup.setup(cluster, collection, shards, replicas, rewriteShared);
      out.printf("%s %s shards=%d replicas=%d configset=%s zk=%s%n", o.created() ? "created" : "exists", o.collection(),
          o.shards(), o.replicas(), o.configset(), address);
      if (!o.created()) {
        // the cores keep the configset they loaded: an upgrade is not done until the reload
        spec.commandLine().getErr().printf("marsad: uploaded the configset %s that collection %s uses; reload the collection"
            + " for its cores to load it (/admin/collections?action=RELOAD&name=%s)%n", o.configset(), o.collection(), o.collection());
      }
    }
    out.flush();
    return MarsadCli.EXIT_OK;
  }
}

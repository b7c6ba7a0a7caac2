package org.marsad.store.solr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throw-away SolrCloud in its own JVM, for benchmarks: starts {@code NODES} Solr nodes with an
 * embedded ZooKeeper under {@code DIR}, prints {@code ZK host:port/chroot} on one line and runs
 * until its standard input closes. The benchmark client then talks to it over the network like
 * to any cluster (and keeps Solr's Jetty 10 out of its own classpath).
 *
 * <p>Usage: {@code java -cp <marsad-solr test classpath> org.marsad.store.solr.StandaloneSolrCloud NODES DIR}
 */
public final class StandaloneSolrCloud {
  private StandaloneSolrCloud() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("marsad-solrcloud");
    try (SolrTestCluster cluster = SolrTestCluster.start(nodes, dir)) {
      System.out.println("ZK " + cluster.zk());
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (in.readLine() != null) {
        // wait for the parent to close our input
      }
    }
    System.exit(0); // Solr leaves non-daemon threads behind
  }
}

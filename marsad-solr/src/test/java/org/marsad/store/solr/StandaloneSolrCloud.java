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
 * <p>For failure drills, a line {@code stop N} on its standard input stops node N (0-based) and
 * {@code start N} starts it again on its old port; each prints {@code stopped N} / {@code started
 * N URL}.
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
      // the cluster forgets a node it stops, so keep our own list to start it again
      var nodeList = java.util.List.copyOf(cluster.mini.getJettySolrRunners());
      for (String line; (line = in.readLine()) != null; ) {
        String[] cmd = line.strip().split("\\s+");
        // a mistyped drill command must not end the cluster (its ZooKeeper and collections with it)
        try {
          if (cmd.length == 2 && cmd[0].equals("stop")) {
            nodeList.get(Integer.parseInt(cmd[1])).stop();
            System.out.println("stopped " + cmd[1]);
          } else if (cmd.length == 2 && cmd[0].equals("start")) {
            var node = nodeList.get(Integer.parseInt(cmd[1]));
            node.start(true);
            System.out.println("started " + cmd[1] + " " + node.getBaseUrl());
          } else if (!line.isBlank()) {
            System.out.println("error: usage: stop N | start N, N in 0.." + (nodeList.size() - 1));
          }
        } catch (RuntimeException e) {
          System.out.println("error: " + line.strip() + ": " + e + " (usage: stop N | start N, N in 0.." + (nodeList.size() - 1) + ")");
        }
        System.out.flush();
      }
    }
    System.exit(0); // Solr leaves non-daemon threads behind
  }
}

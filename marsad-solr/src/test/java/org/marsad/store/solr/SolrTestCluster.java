package org.marsad.store.solr;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud inside the test JVM: {@code nodes} Solr nodes (Jetty) and an embedded
 * ZooKeeper, from solr-test-framework, driven without its JUnit 4 base classes. One per test
 * class: starting Solr is the slow part.
 */
final class SolrTestCluster implements AutoCloseable {
  final MiniSolrCloudCluster mini;
  final SolrCluster cluster;

  private SolrTestCluster(MiniSolrCloudCluster mini, SolrCluster cluster) {
    this.mini = mini;
    this.cluster = cluster;
  }

  static SolrTestCluster start(int nodes, Path dir) throws Exception {
    // Solr's test nodes would otherwise look for randomised test settings.
    System.setProperty("solr.directoryFactory", "solr.NRTCachingDirectoryFactory");
    System.setProperty("solr.autoCommit.maxTime", "-1");
    System.setProperty("solr.ulog.numRecordsToKeep", "1000");
    MiniSolrCloudCluster mini = new MiniSolrCloudCluster.Builder(nodes, dir).withMetrics(false).build();
    try {
      ZkAddress zk = ZkAddress.parse(mini.getZkServer().getZkAddress());
      return new SolrTestCluster(mini, SolrCluster.connect(zk, Duration.ofSeconds(90)));
    } catch (Exception e) {
      mini.shutdown();
      throw e;
    }
  }

  ZkAddress zk() {
    return cluster.address();
  }

  @Override
  public void close() throws Exception {
    try {
      cluster.close();
    } finally {
      mini.shutdown();
    }
  }
}

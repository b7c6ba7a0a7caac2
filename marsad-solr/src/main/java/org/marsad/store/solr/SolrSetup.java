package org.marsad.store.solr;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.zookeeper.KeeperException;

/**
 * Prepares a SolrCloud cluster for Marsad: uploads {@link MarsadConfigset} to ZooKeeper (replacing
 * an older upload of the same name) and creates a collection with it, then waits until every
 * replica is active.
 */
public final class SolrSetup {
  private static final long ACTIVE_TIMEOUT_SECONDS = 120;

  private SolrSetup() {}

  /** What {@link #createCollection} did. */
  public record Outcome(String collection, int shards, int replicas, boolean created) {}

  /** Uploads the configset under {@code /configs/NAME}; existing files are overwritten. */
  public static void uploadConfigset(SolrCluster cluster, String name) throws IOException {
    SolrZkClient zk = cluster.zkClient();
    String root = ZkStateReader.CONFIGS_ZKNODE + "/" + name;
    try {
      for (String file : MarsadConfigset.FILES) {
        String path = root + "/" + file;
        byte[] data = MarsadConfigset.read(file);
        if (zk.exists(path, true)) {
          zk.setData(path, data, -1, true);
        } else {
          zk.makePath(path, data, true);
        }
      }
    } catch (KeeperException e) {
      throw new IOException("cannot upload the configset to ZooKeeper at " + cluster.address() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while uploading the configset", e);
    }
  }

  /**
   * Creates {@code collection} with the configset {@code configName} unless it exists, then waits
   * until all its replicas are active. An existing collection is left as it is ({@code created} false).
   */
  public static Outcome createCollection(SolrCluster cluster, String collection, String configName, int shards, int replicas)
      throws IOException {
    if (shards < 1) throw new IllegalArgumentException("shards must be at least 1: " + shards);
    if (replicas < 1) throw new IllegalArgumentException("replicas must be at least 1: " + replicas);
    DocCollection existing = cluster.stateReader().getClusterState().getCollectionOrNull(collection);
    if (existing != null) {
      return new Outcome(collection, existing.getSlices().size(), existing.getReplicationFactor() == null ? 0 : existing.getReplicationFactor(), false);
    }
    CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, configName, shards, replicas);
    cluster.request(create, null);
    waitUntilActive(cluster, collection, shards * replicas);
    return new Outcome(collection, shards, replicas, true);
  }

  /** Uploads the configset and creates the collection: what {@code marsad solr setup} does. */
  public static Outcome setup(SolrCluster cluster, String collection, int shards, int replicas) throws IOException {
    uploadConfigset(cluster, MarsadConfigset.NAME);
    return createCollection(cluster, collection, MarsadConfigset.NAME, shards, replicas);
  }

  /** Waits until the collection has {@code replicas} replicas in all, every one active on a live node. */
  public static void waitUntilActive(SolrCluster cluster, String collection, int replicas) throws IOException {
    try {
      cluster.stateReader().waitForState(collection, ACTIVE_TIMEOUT_SECONDS, TimeUnit.SECONDS, (live, c) -> {
        if (c == null || c.getReplicas().size() < replicas) return false;
        for (Replica r : c.getReplicas()) {
          if (!r.isActive(live)) return false;
        }
        return true;
      });
    } catch (TimeoutException e) {
      throw new IOException("collection " + collection + " did not become active within " + ACTIVE_TIMEOUT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for collection " + collection, e);
    }
  }
}

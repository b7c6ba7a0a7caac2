package org.marsad.store.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * replica is active; for a collection that exists, uploads the configset it uses.
 */
public final class SolrSetup {
  private static final long ACTIVE_TIMEOUT_SECONDS = 120;
  private static final Pattern SCHEMA_NAME = Pattern.compile("<schema\\s[^>]*\\bname=\"([^\"]*)\"");

  private SolrSetup() {}

  /** What {@link #createCollection} or {@link #setup} did; {@code configset} is the one the collection uses. */
  public record Outcome(String collection, int shards, int replicas, boolean created, String configset) {}

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
    if (existing != null) return existing(existing);
    CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, configName, shards, replicas);
    cluster.request(create, null);
    waitUntilActive(cluster, collection, shards * replicas);
    return new Outcome(collection, shards, replicas, true, configName);
  }

  private static Outcome existing(DocCollection c) {
    return new Outcome(c.getName(), c.getSlices().size(), c.getReplicationFactor() == null ? 0 : c.getReplicationFactor(), false,
        c.getConfigName());
  }

  /** {@link #setup(SolrCluster, String, int, int, boolean)} refusing to rewrite a configset other collections use. */
  public static Outcome setup(SolrCluster cluster, String collection, int shards, int replicas) throws IOException {
    return setup(cluster, collection, shards, replicas, false);
  }

  /**
   * What {@code marsad solr setup} does: uploads the configset and creates the collection. An
   * existing collection gets the configset uploaded under the name it uses (the upgrade steps
   * of an older schema rely on it; a collection made by hand may use another name than
   * {@link MarsadConfigset#NAME}), and only when that configset already holds a Marsad schema:
   * a configset of another schema may be shared with other collections and is not overwritten.
   * A configset holding a newer Marsad schema is never replaced (a downgrade); one holding another
   * schema that other collections use only with {@code rewriteShared} (their cores would load it
   * at their next reload and pass the schema check without the reindex it needs).
   */
  public static Outcome setup(SolrCluster cluster, String collection, int shards, int replicas, boolean rewriteShared)
      throws IOException {
    DocCollection existing = cluster.stateReader().getClusterState().getCollectionOrNull(collection);
    if (existing == null) {
      checkReplaceable(cluster, MarsadConfigset.NAME, schemaName(cluster, MarsadConfigset.NAME), collection, rewriteShared);
      uploadConfigset(cluster, MarsadConfigset.NAME);
      return createCollection(cluster, collection, MarsadConfigset.NAME, shards, replicas);
    }
    String configset = existing.getConfigName();
    String schema = schemaName(cluster, configset);
    if (SchemaVersion.of(schema) < 0) {
      throw new IOException("collection " + collection + " uses the configset " + configset + ", whose schema "
          + (schema == null ? "is not Marsad's" : "'" + schema + "' is not Marsad's")
          + ": not overwriting it (other collections may share it); set up a new collection for Marsad instead");
    }
    checkReplaceable(cluster, configset, schema, collection, rewriteShared);
    uploadConfigset(cluster, configset);
    return existing(existing);
  }

  /**
   * Fails when uploading this marsad's schema over {@code configset} (holding {@code schema}, null
   * when not uploaded yet) would downgrade it or change it under other collections.
   */
  private static void checkReplaceable(SolrCluster cluster, String configset, String schema, String collection,
                                       boolean rewriteShared) throws IOException {
    if (schema == null) return; // not uploaded yet
    int version = SchemaVersion.of(schema);
    if (version > SchemaVersion.CURRENT) {
      throw new IOException("the configset " + configset + " holds Marsad's Solr schema " + version + ", newer than this marsad's "
          + SchemaVersion.CURRENT + ": not replacing it with an older one; use the marsad version that set it up");
    }
    if (version == SchemaVersion.CURRENT || rewriteShared) return;
    List<String> others = new ArrayList<>();
    for (DocCollection c : cluster.stateReader().getClusterState().getCollectionsMap().values()) {
      if (configset.equals(c.getConfigName()) && !c.getName().equals(collection)) others.add(c.getName());
    }
    if (others.isEmpty()) return;
    Collections.sort(others);
    throw new IOException("the configset " + configset + " (schema '" + schema + "') is also used by collection(s) "
        + String.join(", ", others) + ": uploading schema " + SchemaVersion.name(SchemaVersion.CURRENT)
        + " over it would change their analysis at their next reload, without the reindex it needs. Upgrade them together with"
        + " --rewrite-shared-configset (then reload and reindex each), or give " + collection + " a configset of its own (docs/solr.md)");
  }

  /** The {@code name} of the schema in configset {@code configset} in ZooKeeper; null when there is none. */
  static String schemaName(SolrCluster cluster, String configset) throws IOException {
    SolrZkClient zk = cluster.zkClient();
    try {
      for (String file : List.of("managed-schema.xml", "managed-schema", "schema.xml")) {
        String path = ZkStateReader.CONFIGS_ZKNODE + "/" + configset + "/" + file;
        if (!zk.exists(path, true)) continue;
        Matcher m = SCHEMA_NAME.matcher(new String(zk.getData(path, null, null, true), StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
      }
      return null;
    } catch (KeeperException e) {
      throw new IOException("cannot read the configset " + configset + " in ZooKeeper at " + cluster.address() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the configset " + configset, e);
    }
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

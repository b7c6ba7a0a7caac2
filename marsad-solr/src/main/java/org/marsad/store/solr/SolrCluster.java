package org.marsad.store.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.common.util.IOUtils;
import org.apache.solr.common.util.NamedList;
import org.marsad.store.StoreUnavailableException;

/**
 * A connection to a SolrCloud cluster: live nodes come from ZooKeeper, requests go over the
 * JDK's HTTP client ({@link HttpJdkSolrClient}) to one live node after another.
 *
 * <p>Why not SolrJ's {@code CloudSolrClient}: in SolrJ 9 it is built on Jetty 10's HTTP client,
 * which clashes with the Jetty 11 server of Marsad's HTTP API (Javalin 6). Any Solr node accepts
 * any request for a collection (it forwards updates to the shard leaders and fans queries out to
 * the shards), so sending to a live node is correct; it costs one extra hop for updates whose
 * leader lives elsewhere. When a node goes away mid-request, or a shard has no leader for a
 * moment (leader election after a node loss), the request is retried on the next node for up
 * to {@link #retryFor()}; Marsad's adds are idempotent (the content id is the key), so a retried
 * batch never duplicates an article. A read a person waits for ({@link #read}: a search, an
 * article) is retried only for {@link #readRetryFor()}, a few seconds: with Solr down, {@code serve}
 * answered its 503 after the whole minute an ingest may wait for a leader election (session 16 QA).
 */
public final class SolrCluster implements AutoCloseable {
  /** HTTP statuses that mean "try again, maybe elsewhere" (no leader yet, node shutting down, …). */
  private static final List<Integer> TRANSIENT = List.of(502, 503, 504, 510);

  private final ZkAddress address;
  private final ZkClientClusterStateProvider state;
  private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
  private final AtomicInteger rotation = new AtomicInteger();
  private final Duration retryFor;
  private final Duration readRetryFor;
  /** How long writes and cluster requests retry transient failures by default (a leader election may take most of it). */
  public static final Duration RETRY = Duration.ofSeconds(60);
  /** How long reads retry them by default ({@link #read}): someone is waiting for the answer. */
  public static final Duration READ_RETRY = Duration.ofSeconds(5);

  private SolrCluster(ZkAddress address, ZkClientClusterStateProvider state, Duration retryFor, Duration readRetryFor) {
    this.address = address;
    this.state = state;
    this.retryFor = retryFor;
    this.readRetryFor = readRetryFor;
  }

  /** Connects to the cluster whose ZooKeeper is at {@code address}; retries transient failures for {@link #RETRY}, reads for {@link #READ_RETRY}. */
  public static SolrCluster connect(ZkAddress address) throws IOException {
    return connect(address, RETRY, READ_RETRY);
  }

  /** Connects with one chosen retry window for transient failures, reads included. */
  public static SolrCluster connect(ZkAddress address, Duration retryFor) throws IOException {
    return connect(address, retryFor, retryFor);
  }

  /** Connects with chosen retry windows for transient failures: of writes and cluster requests, and of {@linkplain #read reads}. */
  public static SolrCluster connect(ZkAddress address, Duration retryFor, Duration readRetryFor) throws IOException {
    ZkClientClusterStateProvider provider = new ZkClientClusterStateProvider(address.hosts(), address.chroot().orElse(null));
    provider.setZkConnectTimeout(15_000);
    provider.setZkClientTimeout(30_000);
    try {
      provider.connect();
      if (provider.getLiveNodes().isEmpty()) throw new IOException("no live Solr node registered in ZooKeeper at " + address);
      return new SolrCluster(address, provider, retryFor, readRetryFor);
    } catch (IOException e) {
      IOUtils.closeQuietly(provider);
      throw e;
    } catch (RuntimeException e) {
      IOUtils.closeQuietly(provider);
      throw new IOException("cannot reach SolrCloud through ZooKeeper at " + address + ": " + e.getMessage(), e);
    }
  }

  /** The ZooKeeper address this connection was made with. */
  public ZkAddress address() {
    return address;
  }

  /** How long transient failures are retried before a request fails. */
  public Duration retryFor() {
    return retryFor;
  }

  /** How long transient failures are retried before a {@linkplain #read read} fails. */
  public Duration readRetryFor() {
    return readRetryFor;
  }

  /** ZooKeeper's view of the cluster (collections, replicas, live nodes). */
  public ZkStateReader stateReader() {
    return state.getZkStateReader();
  }

  /** The ZooKeeper client, for configset uploads. */
  SolrZkClient zkClient() {
    return state.getZkStateReader().getZkClient();
  }

  /** Base URLs of the live nodes ({@code http://host:port/solr}), in a rotating order. */
  List<String> liveNodeUrls() {
    List<String> nodes = new ArrayList<>(state.getLiveNodes());
    Collections.sort(nodes);
    if (!nodes.isEmpty()) Collections.rotate(nodes, -Math.floorMod(rotation.getAndIncrement(), nodes.size()));
    ZkStateReader reader = state.getZkStateReader();
    return nodes.stream().map(reader::getBaseUrlForNodeName).toList();
  }

  /**
   * Sends a request for {@code collection} (null for cluster-level requests such as the
   * Collections API) to a live node, failing over to the others and retrying transient errors.
   *
   * @throws StoreUnavailableException no node answered within {@link #retryFor()}
   */
  public NamedList<Object> request(SolrRequest<?> request, String collection) throws IOException {
    return request(request, collection, retryFor);
  }

  /**
   * As {@link #request}, for a read someone waits for (a search, an article): transient
   * failures are retried for {@link #readRetryFor()} only, so that a cluster that is down is
   * reported in seconds. A read an ingest depends on (is this article stored?) is a {@link #request}.
   *
   * @throws StoreUnavailableException no node answered within {@link #readRetryFor()}
   */
  public NamedList<Object> read(SolrRequest<?> request, String collection) throws IOException {
    return request(request, collection, readRetryFor);
  }

  private NamedList<Object> request(SolrRequest<?> request, String collection, Duration retryFor) throws IOException {
    long deadline = System.nanoTime() + retryFor.toNanos();
    Exception last = null;
    for (int attempt = 0; ; attempt++) {
      for (String url : liveNodeUrls()) {
        try {
          return client(url).request(request, collection);
        } catch (SolrServerException | IOException e) {
          last = e; // node unreachable or went away: the next live node
        } catch (SolrException e) {
          if (!TRANSIENT.contains(e.code()) && !isLeaderless(e)) throw new IOException(describe(request, collection) + ": " + e.getMessage(), e);
          last = e;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) break;
      sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), Math.min(2000, 100L << Math.min(attempt, 5))))); // never past the deadline
    }
    throw new StoreUnavailableException(describe(request, collection) + " failed on every live node for " + retryFor.toSeconds()
        + " s: " + (last == null ? "no live node" : last.getMessage()), last);
  }

  /**
   * Solr reports a shard without a leader (during leader election) as a 500 with this wording, and
   * a collection whose only replicas are on a node that went away (the live node proxies the
   * request to it) too.
   */
  private static boolean isLeaderless(SolrException e) {
    String m = String.valueOf(e.getMessage());
    return e.code() == 500 && (m.contains("No registered leader") || m.contains("no servers hosting shard")
        || m.contains("Cannot talk to ZooKeeper") || m.contains("Error trying to proxy request"));
  }

  private static String describe(SolrRequest<?> request, String collection) {
    return "Solr " + request.getPath() + (collection == null ? "" : " on collection " + collection);
  }

  private HttpJdkSolrClient client(String baseUrl) {
    return clients.computeIfAbsent(baseUrl, url -> new HttpJdkSolrClient.Builder(url)
        .useHttp1_1(true) // plain-HTTP Solr nodes speak HTTP/1.1 and h2c; 1.1 avoids the upgrade dance
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withIdleTimeout(120, TimeUnit.SECONDS)
        .withRequestTimeout(120, TimeUnit.SECONDS)
        .build());
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting to retry a Solr request", e);
    }
  }

  @Override
  public void close() {
    clients.values().forEach(IOUtils::closeQuietly);
    clients.clear();
    IOUtils.closeQuietly(state);
  }
}

package org.marsad.store.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.MarsadQueryParser;

/**
 * The article store on a SolrCloud collection created with Marsad's configset
 * ({@link SolrSetup}). Same behaviour as the embedded index: the content id is the key (adding
 * twice leaves one document), the same query syntax, filters, facets and snippets.
 *
 * <p>Adds are buffered and sent in batches of {@link #batchSize()}; {@link #commit} sends what is
 * buffered and makes everything visible. Once Solr has acknowledged a batch it is in the
 * transaction logs of the shard leader and its replicas, so it survives a node loss even before
 * the commit. {@link #contains} and {@link #get} see articles added but not yet committed
 * (buffered ones here, sent ones through Solr's real-time get).
 */
public final class SolrArticleStore implements ArticleStore {
  /** Documents per update request: large enough to amortise the round trip, small enough for quick retries. */
  public static final int DEFAULT_BATCH = 250;
  private static final String HIT_FIELDS = String.join(",", SolrFields.ID, SolrFields.TITLE, SolrFields.SOURCE,
      SolrFields.URL, SolrFields.PUBLISHED, SolrFields.DUPLICATE_OF, SolrFields.SCORE); // duplicate_of: stored since the first schema

  private final SolrCluster cluster;
  private final boolean ownsCluster;
  private final String collection;
  private final int batchSize;
  private final List<SolrInputDocument> buffer = new ArrayList<>();
  /** Ids added since the last commit (buffered or sent), as the embedded index keeps them. */
  private final Set<String> uncommitted = ConcurrentHashMap.newKeySet();
  /**
   * Sends hold the read lock, commits the write lock: a commit waits for batches in flight, so
   * every id it marks committed really is in that commit.
   */
  private final ReentrantReadWriteLock sendLock = new ReentrantReadWriteLock();

  private SolrArticleStore(SolrCluster cluster, boolean ownsCluster, String collection, int batchSize) {
    if (collection == null || collection.isBlank()) throw new IllegalArgumentException("no Solr collection given");
    if (batchSize < 1) throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    this.cluster = cluster;
    this.ownsCluster = ownsCluster;
    this.collection = collection;
    this.batchSize = batchSize;
  }

  /**
   * Connects to the cluster at {@code zk} and uses {@code collection}, which must exist ({@code
   * marsad solr setup}) and have loaded Marsad's current schema ({@link SchemaVersion}: a
   * collection of an older configset is refused with the steps to upgrade it).
   */
  public static SolrArticleStore open(ZkAddress zk, String collection) throws IOException {
    return open(zk, collection, SolrCluster.READ_RETRY);
  }

  /**
   * As {@link #open(ZkAddress, String)}, searches and articles retried for {@code readRetry}
   * when the cluster fails ({@link SolrCluster#read}); writes and ingest's checks for {@link SolrCluster#RETRY}.
   */
  public static SolrArticleStore open(ZkAddress zk, String collection, java.time.Duration readRetry) throws IOException {
    SolrCluster cluster = SolrCluster.connect(zk, SolrCluster.RETRY, readRetry);
    try {
      requireCollection(cluster, collection);
      SchemaVersion.require(cluster, collection);
      return new SolrArticleStore(cluster, true, collection, DEFAULT_BATCH);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** A store over a connection the caller keeps (and closes); {@code batchSize} documents per update. */
  public static SolrArticleStore over(SolrCluster cluster, String collection, int batchSize) throws IOException {
    requireCollection(cluster, collection);
    SchemaVersion.require(cluster, collection);
    return new SolrArticleStore(cluster, false, collection, batchSize);
  }

  private static void requireCollection(SolrCluster cluster, String collection) throws IOException {
    if (cluster.stateReader().getClusterState().getCollectionOrNull(collection) == null) {
      throw new IOException("no collection '" + collection + "' in the SolrCloud cluster at " + cluster.address()
          + " (create it with: marsad solr setup --zk " + cluster.address() + " --collection " + collection + ")");
    }
  }

  /** The collection this store writes and searches. */
  public String collection() {
    return collection;
  }

  /** Documents sent per update request. */
  public int batchSize() {
    return batchSize;
  }

  @Override
  public boolean contains(String id) throws IOException {
    if (uncommitted.contains(id)) return true;
    return realTimeGet(id, SolrFields.ID, false) != null; // ingest's question: the long window
  }

  @Override
  public void add(Article article) throws IOException {
    if (article.id() == null || article.id().isBlank()) throw new IllegalArgumentException("article has no id");
    SolrInputDocument doc = SolrDocuments.toDocument(article);
    sendLock.readLock().lock();
    try {
      List<SolrInputDocument> full = null;
      synchronized (buffer) {
        buffer.add(doc);
        uncommitted.add(article.id());
        if (buffer.size() >= batchSize) full = drain();
      }
      if (full != null) send(full);
    } finally {
      sendLock.readLock().unlock();
    }
  }

  /** Takes the buffered documents; call with the buffer's lock held. */
  private List<SolrInputDocument> drain() {
    List<SolrInputDocument> batch = new ArrayList<>(buffer);
    buffer.clear();
    return batch;
  }

  private void send(List<SolrInputDocument> batch) throws IOException {
    if (batch.isEmpty()) return;
    UpdateRequest update = new UpdateRequest();
    update.add(batch);
    cluster.request(update, collection);
  }

  /** Sends whatever is buffered (not yet visible to search until {@link #commit}). */
  public void flush() throws IOException {
    sendLock.readLock().lock();
    try {
      sendBuffered();
    } finally {
      sendLock.readLock().unlock();
    }
  }

  private void sendBuffered() throws IOException {
    List<SolrInputDocument> batch;
    synchronized (buffer) {
      batch = drain();
    }
    send(batch);
  }

  @Override
  public void commit() throws IOException {
    sendLock.writeLock().lock();
    try {
      Set<String> snapshot = Set.copyOf(uncommitted);
      sendBuffered();
      UpdateRequest commit = new UpdateRequest();
      commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
      cluster.request(commit, collection);
      uncommitted.removeAll(snapshot);
    } finally {
      sendLock.writeLock().unlock();
    }
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    if (isBuffered(id)) flush();
    SolrDocument doc = realTimeGet(id, SolrFields.JSON, true);
    if (doc == null || doc.getFirstValue(SolrFields.JSON) == null) return Optional.empty();
    return Optional.of(ArticleJson.read((String) doc.getFirstValue(SolrFields.JSON)));
  }

  private boolean isBuffered(String id) {
    synchronized (buffer) {
      return buffer.stream().anyMatch(d -> id.equals(d.getFieldValue(SolrFields.ID)));
    }
  }

  /** Solr's real-time get: the latest version of a document, committed or not; {@code read}: a {@linkplain SolrCluster#read read} someone waits for. */
  private SolrDocument realTimeGet(String id, String fields, boolean read) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("id", id);
    p.set("fl", fields);
    QueryRequest get = new QueryRequest(p);
    get.setPath("/get");
    NamedList<Object> rsp = read ? cluster.read(get, collection) : cluster.request(get, collection);
    return (SolrDocument) rsp.get("doc");
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    MarsadQuery parsed = MarsadQueryParser.parse(request.query());
    SolrQueries.Translation t = SolrQueries.translate(parsed, request.includeDuplicates(), request.markedNames());
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", t.q());
    p.set("defType", "lucene");
    p.set("q.op", "OR"); // required clauses carry "+" (SolrQueries): only the root clauses are optional
    for (String fq : t.filters()) p.add("fq", fq);
    t.params().forEach(p::set); // the words the marsadWord clauses refer to
    p.set("sort", switch (request.sort()) {
      case DATE -> SolrFields.PUBLISHED_MILLIS + " desc,score desc," + SolrFields.ID + " asc";
      case OLDEST -> SolrFields.PUBLISHED_MILLIS + " asc,score desc," + SolrFields.ID + " asc";
      case RELEVANCE -> "score desc," + SolrFields.PUBLISHED_MILLIS + " desc," + SolrFields.ID + " asc"; // ties newest first, as embedded
    });
    p.set("start", request.offset());
    p.set("rows", request.limit());
    // the bodies let the snippets be formatted as the embedded index formats them (SolrSnippets)
    p.set("fl", request.snippets() ? HIT_FIELDS + "," + SolrFields.BODY : HIT_FIELDS);
    p.set("json.facet", SolrFacets.request(request.histogram(), request.facetLimit()));
    if (request.snippets()) SolrSnippets.addParams(p, t.highlight());
    QueryRequest query = new QueryRequest(p, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
    NamedList<Object> rsp = cluster.read(query, collection);

    SolrDocumentList docs = (SolrDocumentList) rsp.get("response");
    Map<String, String> bodies = new java.util.HashMap<>();
    for (SolrDocument d : docs) {
      if (d.getFirstValue(SolrFields.BODY) instanceof String body) bodies.put((String) d.getFirstValue(SolrFields.ID), body);
    }
    Map<String, String> snippets = SolrSnippets.read(rsp, bodies);
    boolean filterOnly = SolrQueries.MATCH_ALL.equals(t.q()); // scored 1 by Solr, 0 by the embedded index: nothing was scored
    List<Hit> hits = new ArrayList<>(docs.size());
    for (SolrDocument d : docs) {
      String id = (String) d.getFirstValue(SolrFields.ID);
      Object score = d.getFirstValue(SolrFields.SCORE);
      hits.add(new Hit(id, str(d, SolrFields.TITLE), str(d, SolrFields.SOURCE), str(d, SolrFields.URL),
          str(d, SolrFields.PUBLISHED), filterOnly || !(score instanceof Number n) ? 0 : n.doubleValue(), snippets.getOrDefault(id, ""),
          str(d, SolrFields.DUPLICATE_OF)));
    }
    return new SearchResult(docs.getNumFound(), hits, SolrFacets.read((NamedList<?>) rsp.get("facets")));
  }

  private static String str(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  /** On the long window: ingest's summary and reindex's check count too. */
  @Override
  public long count() throws IOException {
    return count(false);
  }

  /** On the read window: the status page is opened precisely when Solr is down (session 17 review). */
  @Override
  public long countNow() throws IOException {
    return count(true);
  }

  private long count(boolean read) throws IOException {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("q", SolrQueries.MATCH_ALL);
    p.set("rows", 0);
    QueryRequest all = new QueryRequest(p);
    NamedList<Object> rsp = read ? cluster.read(all, collection) : cluster.request(all, collection);
    return ((SolrDocumentList) rsp.get("response")).getNumFound();
  }

  /** Commits what this store added; a store that only searched sends nothing (no commit on every search). */
  @Override
  public void close() throws IOException {
    try {
      if (!uncommitted.isEmpty()) commit();
    } finally {
      if (ownsCluster) cluster.close();
    }
  }
}

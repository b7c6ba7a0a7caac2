package org.marsad.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.DamagedIndexException;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.MarsadQueryParser;

/**
 * The embedded Lucene index. The content id is the document key ({@code updateDocument} by id
 * term), so adding an article twice leaves one document. Lucene commits are atomic: after a crash
 * (even {@code kill -9}) the index opens at its last commit, and re-adding what came after it
 * completes the index without duplicates. One process may write at a time (Lucene's write
 * lock); any number may open it {@linkplain #openReadOnly read-only}.
 */
public final class LuceneArticleStore implements ArticleStore {
  private static final Sort NEWEST_FIRST = newestFirst();
  private static final Sort MOST_RELEVANT_FIRST = mostRelevantFirst();
  private static final Sort OLDEST_FIRST = oldestFirst();
  /**
   * BM25 with less length normalisation than Lucene's default (b 0.4 instead of 0.75, as
   * Anserini uses for newswire): news runs from two-line briefs to long features, and a long
   * article that keeps naming someone is about them.
   */
  static final Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);
  private static final SearcherFactory SEARCHER_FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
      IndexSearcher s = new IndexSearcher(reader);
      s.setSimilarity(SIMILARITY);
      return s;
    }
  };

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
  private final ArticleDocuments documents;
  private final LuceneQueryBuilder queries;
  /** Ids added since the last commit, so {@link #contains} sees them before a searcher does. */
  private final Set<String> uncommitted = ConcurrentHashMap.newKeySet();
  private final Object commitLock = new Object();
  private volatile FacetState facetState;

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private LuceneArticleStore(Path path, Directory directory, IndexWriter writer, SearcherManager searchers, Analyzer analyzer,
                             boolean bodyOffsets) {
    this.path = path;
    this.documents = new ArticleDocuments(facetsConfig, bodyOffsets);
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.queries = new LuceneQueryBuilder(analyzer);
  }

  /** Opens (creating when absent) the index in {@code indexDir} for reading and writing. */
  public static LuceneArticleStore open(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    Directory dir = FSDirectory.open(indexDir);
    IndexWriter writer = null;
    try {
      requireSegmentsWhenFilesExist(indexDir, dir);
      checkSchema(indexDir, dir);
      boolean bodyOffsets = bodyOffsetsAllowed(dir);
      Analyzer analyzer = IndexAnalyzers.create();
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setSimilarity(SIMILARITY)
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(false); // close() commits explicitly, with the schema version
      // an index whose last commit records this schema needs no commit for it: a run that adds nothing (a
      // re-run of an ingest) then commits nothing and leaves the index's files as they were (until session
      // 20 every run wrote a new segments_N)
      boolean recorded = DirectoryReader.indexExists(dir)
          && ArticleFields.SCHEMA_VERSION.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(ArticleFields.SCHEMA_KEY));
      writer = new IndexWriter(dir, config);
      // (setting it counts as a change whatever it holds; the writer keeps the last commit's data otherwise)
      if (!recorded) writer.setLiveCommitData(Map.of(ArticleFields.SCHEMA_KEY, ArticleFields.SCHEMA_VERSION).entrySet());
      if (!DirectoryReader.indexExists(dir)) writer.commit(); // so readers can open an empty index
      SearcherManager searchers = new SearcherManager(writer, SEARCHER_FACTORY);
      try {
        verifyChecksums(indexDir, searchers);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(searchers);
        throw e;
      }
      return new LuceneArticleStore(indexDir, dir, writer, searchers, analyzer, bodyOffsets);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw new IOException("index " + indexDir + " is in use by another marsad process (one writer at a time)", e);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(writer, dir);
      throw DamagedIndexException.classify(indexDir, e);
    } catch (RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, dir);
      throw e;
    }
  }

  /**
   * Segment files without a segments list mean a damaged index, not an empty one: opening it for
   * writing would otherwise start a new empty index over them and hide every article.
   */
  private static void requireSegmentsWhenFilesExist(Path indexDir, Directory dir) throws IOException {
    if (DirectoryReader.indexExists(dir)) return;
    for (String f : dir.listAll()) {
      if (f.startsWith("_")) throw DamagedIndexException.of(indexDir, "segment files but no segments_N file", null);
    }
  }

  /** Opens an existing index for searching only (another process may be writing it). */
  public static LuceneArticleStore openReadOnly(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) throw noIndex(indexDir);
    Directory dir = FSDirectory.open(indexDir);
    try {
      requireSegmentsWhenFilesExist(indexDir, dir);
      if (!DirectoryReader.indexExists(dir)) throw noIndex(indexDir);
      checkSchema(indexDir, dir);
      SearcherManager searchers = new SearcherManager(dir, SEARCHER_FACTORY);
      try {
        verifyChecksums(indexDir, searchers);
      } catch (IOException | RuntimeException e) {
        IOUtils.closeWhileHandlingException(searchers);
        throw e;
      }
      return new LuceneArticleStore(indexDir, dir, null, searchers, IndexAnalyzers.create(), false);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw DamagedIndexException.classify(indexDir, e);
    } catch (RuntimeException e) {
      IOUtils.closeWhileHandlingException(dir);
      throw e;
    }
  }

  /**
   * Verifies the checksum of every index file when the index is at most this large. Lucene itself
   * checks only small files and the footers at open time (and everything when merging), so a
   * flipped byte in the middle of a stored-fields or postings file would otherwise go unnoticed
   * and answer searches with garbage. The cost is one sequential read of the index (6,614
   * SaudiNewsNet articles, 73 MB: 0.1–0.5 s more than a bare Lucene reader's open on a loaded
   * machine; bench/RESULTS.md issue 9). Larger indexes skip it: open time would grow with the
   * collection.
   */
  public static final long VERIFY_MAX_BYTES = 2L * 1024 * 1024 * 1024;

  private static void verifyChecksums(Path indexDir, SearcherManager searchers) throws IOException {
    long bytes;
    try (Stream<Path> files = Files.list(indexDir)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    if (bytes > VERIFY_MAX_BYTES) return;
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) leaf.reader().checkIntegrity();
    } finally {
      searchers.release(s);
    }
  }

  /** No index yet; when the data directory has an article log, the index can be rebuilt from it. */
  private static IOException noIndex(Path indexDir) {
    Path parent = indexDir.toAbsolutePath().getParent();
    if (parent != null && Files.isDirectory(parent.resolve(org.marsad.store.log.LoggedArticleStore.LOG_DIR))) {
      return DamagedIndexException.of(indexDir, "no index, but the data directory has an article log", null);
    }
    return new IOException("no index at " + indexDir + " (run marsad ingest first)");
  }

  private static void checkSchema(Path indexDir, Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) return;
    String version = SegmentInfos.readLatestCommit(dir).getUserData().get(ArticleFields.SCHEMA_KEY);
    if (version != null && !version.equals(ArticleFields.SCHEMA_VERSION)) {
      throw new IOException("index " + indexDir + " has schema " + version + ", this marsad reads schema "
          + ArticleFields.SCHEMA_VERSION + "; " + DamagedIndexException.ADVICE);
    }
  }

  /**
   * False when the index already has a body field without offsets (made before they were added):
   * Lucene keeps a field's index options for the life of the index, so such an index goes on
   * without them (its snippets re-analyse the bodies, as before) until it is rebuilt.
   */
  private static boolean bodyOffsetsAllowed(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) return true;
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      FieldInfo body = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ArticleFields.BODY);
      return body == null || body.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    }
  }

  /** One index operation; its I/O failures are told apart (damage or not) by {@link #guarded}. */
  private interface IndexCall<T> {
    T call() throws IOException;
  }

  /** Runs an index operation, turning a damaged file into advice to reindex and a closed writer into a clear stop. */
  private <T> T guarded(IndexCall<T> call) throws IOException {
    try {
      return call.call();
    } catch (IOException e) {
      throw DamagedIndexException.classify(path, e);
    } catch (AlreadyClosedException e) {
      throw stopped(e);
    }
  }

  /** Where the index lives. */
  public Path path() {
    return path;
  }

  @Override
  public boolean contains(String id) throws IOException {
    return guarded(() -> containsIndex(id));
  }

  private boolean containsIndex(String id) throws IOException {
    if (uncommitted.contains(id)) return true;
    IndexSearcher s = searchers.acquire();
    try {
      return s.count(new TermQuery(new Term(ArticleFields.ID, id))) > 0;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void add(Article article) throws IOException {
    add(article, null);
  }

  /** {@inheritDoc} ({@code json} may be null: the record is then serialised here). */
  @Override
  public void add(Article article, String json) throws IOException {
    guarded(() -> {
      addIndex(article, json);
      return null;
    });
  }

  private void addIndex(Article article, String json) throws IOException {
    requireWritable();
    if (article.id() == null || article.id().isBlank()) throw new IllegalArgumentException("article has no id");
    writer.updateDocument(new Term(ArticleFields.ID, article.id()), documents.toDocument(article, json));
    uncommitted.add(article.id()); // after the update: every id in a commit snapshot is in that commit
  }

  @Override
  public void commit() throws IOException {
    guarded(() -> {
      commitIndex();
      return null;
    });
  }

  private void commitIndex() throws IOException {
    requireWritable();
    synchronized (commitLock) {
      Set<String> snapshot = Set.copyOf(uncommitted);
      writer.commit();
      searchers.maybeRefreshBlocking();
      uncommitted.removeAll(snapshot);
    }
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return guarded(() -> getIndex(id));
  }

  private Optional<Article> getIndex(String id) throws IOException {
    if (writer != null && uncommitted.contains(id)) searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      Document d = s.storedFields().document(top.scoreDocs[0].doc, Set.of(ArticleFields.JSON));
      return Optional.of(ArticleJson.read(StoredJson.read(d.getField(ArticleFields.JSON))));
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return guarded(() -> searchIndex(request));
  }

  private SearchResult searchIndex(SearchRequest request) throws IOException {
    MarsadQuery parsed = MarsadQueryParser.parse(request.query());
    LuceneQueryBuilder.PageQueries built = queries.pageQueries(parsed, request.includeDuplicates(), request.markedNames());
    Query query = built.search();
    IndexSearcher s = searchers.acquire();
    try {
      int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, Math.max(1L, (long) request.offset() + request.limit()));
      FacetsCollectorManager fcm = new FacetsCollectorManager();
      Sort sort = switch (request.sort()) {
        case DATE -> NEWEST_FIRST;
        case OLDEST -> OLDEST_FIRST;
        case RELEVANCE -> MOST_RELEVANT_FIRST;
      };
      // doDocScores false: both sorts hold the score as a sort value, taken from there (see
      // scoreOf). Asking Lucene for the scores again would build the query's weight a second
      // time (term statistics of every reading in every field and segment) and re-score the
      // page, which was a third of a search's CPU time on a 200k-article index.
      FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, query, wanted, sort, false, fcm);
      long total = 0;
      for (FacetsCollector.MatchingDocs m : r.facetsCollector().getMatchingDocs()) total += m.totalHits;

      ScoreDoc[] all = r.topDocs().scoreDocs;
      int from = Math.min(request.offset(), all.length);
      int to = Math.min(from + request.limit(), all.length);
      ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, to);
      int[] docs = new int[pageDocs.length];
      for (int i = 0; i < docs.length; i++) docs[i] = pageDocs[i].doc;
      PageDocs.Stored[] stored = PageDocs.read(s.storedFields(), docs, request.snippets());
      String[] bodies = new String[docs.length];
      for (int i = 0; i < docs.length; i++) bodies[i] = stored[i].body();
      String[] snippets = request.snippets() ? Snippets.forHits(s, analyzer, built.highlight(), docs, bodies) : new String[docs.length];

      List<Hit> hits = new ArrayList<>(pageDocs.length);
      for (int i = 0; i < pageDocs.length; i++) {
        PageDocs.Stored d = stored[i];
        float score = scoreOf(sort, (FieldDoc) pageDocs[i]);
        hits.add(new Hit(d.id(), d.title(), d.source(), d.url(), d.published(), Float.isNaN(score) ? 0 : score,
            snippets[i] == null ? "" : snippets[i], d.duplicateOf()));
      }
      return new SearchResult(total, hits, FacetCounts.count(facetState(s.getIndexReader()), r.facetsCollector(), request.histogram(), request.facetLimit()));
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments and commits. A search looks up
   * every reading of every word in four fields in each segment, so its cost grows with the
   * segment count (31 segments at 200,000 articles with the ingest's default merging); after a
   * bulk ingest, merging makes searches cheaper at the price of rewriting the index once (it
   * needs up to the index's size again in free disk space while it runs). Results do not change,
   * except that articles replaced by a newer version (same id) stop counting in the BM25
   * statistics, as they do whenever Lucene merges their segments on its own.
   */
  public void compact(int maxSegments) throws IOException {
    if (maxSegments < 1) throw new IllegalArgumentException("maxSegments must be at least 1: " + maxSegments);
    guarded(() -> {
      requireWritable();
      writer.forceMerge(maxSegments);
      commitIndex();
      return null;
    });
  }

  /** Number of index segments searches go through (committed). */
  public int segmentCount() throws IOException {
    return guarded(() -> {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader().leaves().size();
      } finally {
        searchers.release(s);
      }
    });
  }

  @Override
  public long count() throws IOException {
    return guarded(() -> countIndex());
  }

  /** The version of the reader searches use: it changes with each commit that reaches them, and with nothing else. */
  @Override
  public OptionalLong generation() throws IOException {
    return guarded(() -> {
      IndexSearcher s = searchers.acquire();
      try {
        return s.getIndexReader() instanceof DirectoryReader r ? OptionalLong.of(r.getVersion()) : OptionalLong.empty();
      } finally {
        searchers.release(s);
      }
    });
  }

  private long countIndex() throws IOException {
    if (writer != null) searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null && writer.isOpen()) commit();
    } finally {
      IOUtils.close(searchers, writer, directory);
    }
  }

  /**
   * Lucene closes its writer after a failed write it cannot undo (a full disk mid-flush); the
   * index stays at its last commit. Say so in one line instead of a bare AlreadyClosedException.
   */
  private IOException stopped(AlreadyClosedException e) {
    Throwable tragic = writer == null ? null : writer.getTragicException();
    String why = tragic == null ? e.getMessage() : tragic.getClass().getSimpleName() + ": " + tragic.getMessage();
    return new IOException("the index " + path + " stopped accepting writes after a failed write (" + why
        + "); it is intact at its last commit", tragic == null ? e : tragic);
  }

  private void requireWritable() {
    if (writer == null) throw new IllegalStateException("the index at " + path + " was opened read-only");
  }

  /** Facet ordinals of a reader, built once per reader (each refresh gives a new one). */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) return cached.state();
    synchronized (this) {
      cached = facetState;
      if (cached != null && cached.reader() == reader) return cached.state();
      FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      SortedSetDocValuesReaderState state = info != null && info.getDocValuesType() == DocValuesType.SORTED_SET
          ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
      facetState = new FacetState(reader, state);
      return state;
    }
  }

  /**
   * The relevance score of a hit, as the collector computed it for the score sort field (both
   * sorts have one; a match-all query scores 1 or 0 there as it would with doDocScores).
   */
  private static float scoreOf(Sort sort, FieldDoc hit) {
    SortField[] fields = sort.getSort();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].getType() == SortField.Type.SCORE) return (Float) hit.fields[i];
    }
    throw new IllegalStateException("sort without score: " + sort);
  }

  private static Sort newestFirst() {
    return new Sort(newest(), SortField.FIELD_SCORE, byId());
  }

  /**
   * Score, ties newest first (as {@link SearchRequest.SortOrder#RELEVANCE} says), then id. A
   * filter-only search (`person:لافروف`, `source:okaz`) scores every hit alike, so it lists the
   * newest first rather than in the content ids' random order.
   */
  private static Sort mostRelevantFirst() {
    return new Sort(SortField.FIELD_SCORE, newest(), byId());
  }

  /** Oldest first, undated articles last, then score and id (a story's first article). */
  private static Sort oldestFirst() {
    SortField published = new SortField(ArticleFields.PUBLISHED_MILLIS, SortField.Type.LONG, false);
    published.setMissingValue(Long.MAX_VALUE);
    return new Sort(published, SortField.FIELD_SCORE, byId());
  }

  private static SortField newest() {
    SortField published = new SortField(ArticleFields.PUBLISHED_MILLIS, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE); // undated articles last
    return published;
  }

  /** Ties in score (or date) go by content id, not by indexing order, as the Solr backend does. */
  private static SortField byId() {
    return new SortField(ArticleFields.ID_ORDER, SortField.Type.STRING);
  }
}

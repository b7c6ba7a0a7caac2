package org.marsad.app.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.marsad.ingest.DocumentSink;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.util.InputOrder;
import org.marsad.store.ArticleStore;

/**
 * Read → analyse → dedup by content id → store. The source runs on the calling thread and
 * pushes documents into a bounded queue (it blocks when the queue is full: back-pressure);
 * {@code threads} workers take documents, analyse them, skip ids already stored or already seen
 * in this run, and add the rest to the store. The store is committed every {@code commitEvery}
 * new articles and at the end, so an interrupted run (Ctrl-C, {@code kill -9}) loses at most the
 * articles since the last commit, and running it again stores exactly those.
 *
 * <p>The same files give the same result with any number of workers: documents are numbered in
 * the order the source reads them, and the steps whose result depends on what came before run in
 * that order through a {@link Turnstile} while the rest of the analysis stays parallel. They are
 * the entity registry's learning step ({@link InputOrder}: ids and canonical names), and the
 * {@link #linkInOrder linking} step with the content-id check (duplicate of, story: online
 * clustering places each article against the ones placed before it). A worker whose document's
 * predecessor is still being analysed waits, so at most {@code threads} documents are in hand
 * besides the queue; every way a document leaves the run (stored, duplicate, failed analysis,
 * store failure) lets its successor through.
 *
 * <p>Unreadable inputs (reported by the source) and documents the analyser rejects go to the
 * {@link Quarantine} and count as failed; they never stop the run. A store failure does.
 *
 * <p>An {@link #onDurable} listener hears of each new article after the commit that made it
 * durable (saved alerts run there, so a hit never names an article that a crash could lose).
 */
public final class IngestPipeline {
  /** How the pipeline runs. */
  public record Options(int threads, int queueSize, int commitEvery, long progressMillis) {
    public Options {
      if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      if (queueSize < 1) throw new IllegalArgumentException("queue size must be at least 1, got " + queueSize);
      if (commitEvery < 1) throw new IllegalArgumentException("commit interval must be at least 1, got " + commitEvery);
    }

    /** One worker per core, a queue of 4 documents per worker, a commit every 1,000 articles. */
    public static Options defaults() {
      int cores = Runtime.getRuntime().availableProcessors();
      return new Options(cores, 4 * cores, 1000, 1000);
    }

    public Options withThreads(int threads) {
      return new Options(threads, Math.max(queueSize, 4 * threads), commitEvery, progressMillis);
    }

    public Options withCommitEvery(int commitEvery) {
      return new Options(threads, queueSize, commitEvery, progressMillis);
    }

    public Options withProgressMillis(long progressMillis) {
      return new Options(threads, queueSize, commitEvery, progressMillis);
    }
  }

  /** A document and its number in the order the source read it (0, 1, …). */
  private record Numbered(long n, RawDocument doc) {}

  private static final Numbered END = new Numbered(-1, RawDocument.ofText("", "<end of input>"));

  private final DocumentAnalyzer analyzer;
  private final ArticleStore store;
  private final Quarantine quarantine;
  private final Options options;
  private IngestProgress progress = IngestProgress.NONE;
  private LongSupplier expected = () -> -1;
  private CommitListener commitListener = n -> {};
  private Consumer<Article> durableListener;
  private UnaryOperator<Article> linker = UnaryOperator.identity();
  /** Null: every document is analysed in full. See {@link #skipKnown}. */
  private KnownArticles known;
  /** Whether a stored article teaches the registry nothing: see {@link #storedArticlesCounted}. */
  private BooleanSupplier storedCounted = () -> true;
  /** The registry's learning step, then the linking step, each in input order. */
  private final Turnstile registryTurn = new Turnstile();
  private final Turnstile linkTurn = new Turnstile();
  /** False only in a benchmark of the turnstile's cost ({@link #withoutTurnstileForBenchmark}). */
  private boolean inOrder = true;
  /** New articles added since the last commit, kept only while a durable listener is set. */
  private final List<Article> uncommitted = new ArrayList<>();

  private final AtomicLong read = new AtomicLong();
  private final AtomicLong ingested = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  /** Documents whose analysis (or linking) failed. */
  private final AtomicLong rejected = new AtomicLong();
  /** Inputs the source could not read: quarantined too, but they never were documents. */
  private final AtomicLong unreadable = new AtomicLong();
  private final AtomicLong sinceCommit = new AtomicLong();
  /** Ids claimed in this run: two workers with the same text must not both store it. */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  /**
   * Ids whose names the entity registry learnt in this run (asked in input order, so the first copy
   * of a text learns, whatever the number of workers); an id already stored learns nothing.
   */
  private final Set<String> learnt = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private volatile boolean cancelled;

  /** Told after each commit that at least this many articles of the run are durable (logs, tests). */
  @FunctionalInterface
  public interface CommitListener {
    void committed(long ingestedSoFar);
  }

  public IngestPipeline(DocumentAnalyzer analyzer, ArticleStore store, Quarantine quarantine, Options options) {
    this.analyzer = analyzer;
    this.store = store;
    this.quarantine = quarantine;
    this.options = options;
  }

  public IngestPipeline progress(IngestProgress progress, LongSupplier expectedTotal) {
    this.progress = progress;
    this.expected = expectedTotal;
    return this;
  }

  public IngestPipeline onCommit(CommitListener listener) {
    this.commitListener = listener;
    return this;
  }

  /**
   * Calls {@code listener} with each new article of the run once a commit has made it durable
   * (on the thread that committed; the articles of one commit in the order they were added).
   * Articles added after the last successful commit (a store failure) are never announced.
   */
  public IngestPipeline onDurable(Consumer<Article> listener) {
    this.durableListener = listener;
    return this;
  }

  /**
   * Runs {@code linker} on each analysed article in input order, before the content-id check
   * ({@code Corpus::link}: duplicate of, story). An exception from it fails the document like an
   * analysis failure. Linking an article again is harmless (the story state keeps an article's
   * first placement) and heals a crash between an index commit and the next save of the story
   * state: the re-run places the stored articles the saved state missed.
   */
  public IngestPipeline linkInOrder(UnaryOperator<Article> linker) {
    this.linker = linker;
    return this;
  }

  /**
   * Skips the analysis of documents whose article the collection already holds (see {@link
   * KnownArticles}): the cheap first part gives the content id, and a known one is passed to {@code
   * known.pass} in its linking turn and counted as a duplicate. Every other document gets the rest of
   * the analysis ({@code known.finish}) instead of the pipeline's analyser, so {@code finish(identify(d))}
   * must be what the analyser gives.
   */
  public IngestPipeline skipKnown(KnownArticles known) {
    this.known = known;
    return this;
  }

  /**
   * Whether an article found in the store must not teach the entity registry again ({@code true}
   * unless told otherwise: session 19's rule). A registry that keeps the ids of the articles it counted
   * (session 20: {@code EntityRegistry#learnOnce}) answers for itself, also for an article stored by a
   * commit that its last save did not follow ({@code kill -9} in between): {@code marsad ingest} passes
   * {@code EntityRegistry#countsStoredArticles}, true only for a file written before it kept them.
   */
  public IngestPipeline storedArticlesCounted(BooleanSupplier counted) {
    this.storedCounted = counted;
    return this;
  }

  /**
   * <b>Benchmarks only</b> ({@code IngestBench --turnstile off|both}): the registry and linking steps run in
   * the order the workers reach them instead of the input order, so that the turnstile's share of ingest
   * time can be measured. The result then depends on thread timing (story ids, entity ids): the product
   * never calls this. {@code Corpus::link}'s own lock still keeps each placement whole.
   */
  public IngestPipeline withoutTurnstileForBenchmark() {
    this.inOrder = false;
    return this;
  }

  /**
   * Time the workers have spent waiting for their turn so far (the registry step and the linking step,
   * summed over workers), in milliseconds: the turnstile's cost, next to the run's {@code threads} × wall time.
   */
  public long turnstileWaitMillis() {
    return (registryTurn.waitedNanos() + linkTurn.waitedNanos()) / 1_000_000;
  }

  /** Asks a running {@link #run} to stop reading, finish the documents in hand, commit and return. */
  public void cancel() {
    cancelled = true;
  }

  /**
   * Runs the source to the end (or until cancelled) and returns the counts. Exceptions from the
   * source are rethrown after everything already read has been stored and committed.
   */
  public IngestSummary run(DocumentSource source) throws Exception {
    long start = System.nanoTime();
    BlockingQueue<Numbered> queue = new ArrayBlockingQueue<>(options.queueSize());
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      Thread t = new Thread(() -> work(queue), "marsad-ingest-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "marsad-ingest-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> report(start), options.progressMillis(), options.progressMillis(), TimeUnit.MILLISECONDS);

    Exception sourceError = null;
    try {
      source.read(new QueueSink(queue));
    } catch (Cancelled c) {
      // Ctrl-C or a fatal store error: stop reading, keep what is in hand
    } catch (Exception e) {
      sourceError = e;
    } finally {
      for (int i = 0; i < workers.size(); i++) putUninterruptibly(queue, END);
      for (Thread t : workers) joinUninterruptibly(t);
      ticker.shutdownNow();
    }
    Throwable storeError = fatal.get();
    if (storeError == null) {
      long durable = ingested.get();
      List<Article> added = takeUncommitted();
      store.commit();
      commitListener.committed(durable);
      announce(added);
    }
    report(start);
    progress.finish();
    if (storeError instanceof IOException io) throw new StoreException(io);
    if (storeError instanceof RuntimeException re) throw re;
    if (storeError != null) throw new IllegalStateException(storeError);
    if (sourceError != null) throw sourceError;
    return new IngestSummary(read.get(), ingested.get(), duplicates.get(), rejected.get() + unreadable.get(), unreadable.get(),
        (System.nanoTime() - start) / 1_000_000, cancelled);
  }

  private void report(long start) {
    progress.update(ingested.get() + duplicates.get() + rejected.get(), ingested.get(), unreadable.get(),
        expected.getAsLong(), (System.nanoTime() - start) / 1_000_000);
  }

  private void work(BlockingQueue<Numbered> queue) {
    while (true) {
      Numbered item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (item == END) return;
      try {
        if (fatal.get() == null) process(item); // else drain without work after a store failure
      } catch (IOException | RuntimeException | Error e) {
        fatal.compareAndSet(null, e);
        cancelled = true;
      } finally { // whatever happened, the successors must not wait for this document
        registryTurn.leave(item.n());
        linkTurn.leave(item.n());
      }
    }
  }

  private void process(Numbered item) throws IOException {
    RawDocument doc = item.doc();
    Article article;
    if (known == null) {
      article = analyze(item, () -> analyzer.analyze(doc));
    } else {
      Article identified;
      try {
        identified = known.identify(doc);
      } catch (RuntimeException e) {
        fail(doc, e);
        return;
      }
      if (hasId(identified) && known.known(identified.id())) {
        passKnown(item, identified);
        return;
      }
      article = analyze(item, () -> known.finish(identified));
    }
    if (article == null) return;
    if (inOrder) linkTurn.await(item.n());
    if (fatal.get() != null) return;
    try {
      article = linker.apply(article);
    } catch (RuntimeException e) {
      fail(doc, e);
      return;
    }
    boolean fresh = claimed.add(article.id()) && !store.contains(article.id());
    linkTurn.leave(item.n()); // the rest does not depend on the order
    if (!fresh) {
      duplicates.incrementAndGet();
      return;
    }
    store.add(article);
    if (durableListener != null) {
      synchronized (uncommitted) {
        uncommitted.add(article); // after add: whichever commit follows covers it
      }
    }
    ingested.incrementAndGet();
    if (sinceCommit.incrementAndGet() >= options.commitEvery()) {
      synchronized (sinceCommit) {
        if (sinceCommit.get() >= options.commitEvery()) {
          sinceCommit.set(0);
          long durable = ingested.get(); // every article counted here was added before the commit
          List<Article> added = takeUncommitted(); // taken before the commit: each was added before it
          store.commit();
          commitListener.committed(durable);
          announce(added);
        }
      }
    }
  }

  /**
   * A document whose article the collection holds ({@link #skipKnown}): no analysis, no registry
   * step; in its linking turn it is passed to the collection and claimed, and it counts as a duplicate,
   * as it would have after its analysis.
   */
  private void passKnown(Numbered item, Article identified) {
    registryTurn.leave(item.n());
    if (inOrder) linkTurn.await(item.n());
    if (fatal.get() != null) return;
    try {
      known.pass(identified);
    } catch (RuntimeException e) {
      fail(item.doc(), e);
      return;
    }
    claimed.add(identified.id());
    linkTurn.leave(item.n());
    duplicates.incrementAndGet();
  }

  private static boolean hasId(Article a) {
    return a != null && a.id() != null && !a.id().isBlank();
  }

  /**
   * Analyses in parallel, with the registry's step in the document's turn; null (and quarantined)
   * when the analysis failed. The registry turn is passed on here in any case, before this worker
   * waits for its linking turn: otherwise two workers could wait for each other.
   */
  private Article analyze(Numbered item, Supplier<Article> analysis) {
    InputOrder.bind(new InputOrder.Gate() {
      @Override
      public void enter() {
        if (inOrder) registryTurn.await(item.n());
      }

      @Override
      public void leave() {
        registryTurn.leave(item.n());
      }

      @Override
      public boolean learns(String id) {
        try {
          return id == null || !(storedCounted.getAsBoolean() && store.contains(id)) && learnt.add(id);
        } catch (IOException e) { // a store failure ends the run, as in process()
          fatal.compareAndSet(null, e);
          cancelled = true;
          return false;
        }
      }
    });
    Article article;
    try {
      article = analysis.get();
    } catch (RuntimeException e) {
      fail(item.doc(), e);
      return null;
    } finally {
      InputOrder.bind(null);
      registryTurn.leave(item.n());
    }
    if (!hasId(article)) {
      rejected.incrementAndGet();
      quarantine.add(item.doc().origin(), "analysis produced no content id", null);
      return null;
    }
    return article;
  }

  private void fail(RawDocument doc, RuntimeException e) {
    rejected.incrementAndGet();
    byte[] bytes = doc.body() == null ? null : doc.body().getBytes(StandardCharsets.UTF_8);
    quarantine.add(doc.origin(), "analysis failed: " + describe(e), bytes);
  }

  /** The articles added so far and not yet announced; take them before a commit, announce after it. */
  private List<Article> takeUncommitted() {
    if (durableListener == null) return List.of();
    synchronized (uncommitted) {
      List<Article> batch = new ArrayList<>(uncommitted);
      uncommitted.clear();
      return batch;
    }
  }

  private void announce(List<Article> durable) {
    for (Article a : durable) durableListener.accept(a);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * The store failed (a full disk, an I/O error, a damaged index): the run stopped, and what was
   * committed before stays committed. The cause is the store's exception.
   */
  public static final class StoreException extends IOException {
    StoreException(IOException cause) {
      super(cause.getMessage(), cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** Thrown into the source to stop it when the run is cancelled. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("ingest cancelled", null, false, false);
    }
  }

  /** The sink the source writes into: the queue for documents, the quarantine for failures. */
  private final class QueueSink implements DocumentSink {
    private final BlockingQueue<Numbered> queue;
    private long sequence;

    QueueSink(BlockingQueue<Numbered> queue) {
      this.queue = queue;
      this.sequence = read.get();
    }

    @Override
    public void accept(RawDocument document) {
      if (cancelled) throw new Cancelled();
      Numbered item = new Numbered(sequence++, document); // the source's order: one thread
      try {
        while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
          if (cancelled) throw new Cancelled();
        }
        // counted once queued: a document dropped by a cancel never reaches ingested, duplicates
        // or rejected, so counting it would break read = ingested + duplicates + rejected
        read.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancelled = true;
        throw new Cancelled();
      }
    }

    @Override
    public void failed(String origin, String reason, byte[] bytes) {
      if (cancelled) throw new Cancelled();
      unreadable.incrementAndGet();
      quarantine.add(origin, reason, bytes);
    }

    /** A document with nothing to index: read and rejected (listed in the quarantine's reasons, no bytes to keep). */
    @Override
    public void empty(String origin, String reason) {
      if (cancelled) throw new Cancelled();
      read.incrementAndGet();
      rejected.incrementAndGet();
      quarantine.add(origin, reason, null);
    }
  }

  private static void putUninterruptibly(BlockingQueue<Numbered> q, Numbered d) {
    boolean interrupted = false;
    while (true) {
      try {
        q.put(d);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}

package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.PublishedDates;
import org.marsad.store.SearchRequest;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.log.LoggedArticleStore;

/**
 * Issue 3's scale run: a large embedded Marsad index made of SaudiNewsNet replicated, the same
 * texts in a bare Lucene index with the stock {@link ArabicAnalyzer}, then title-query latency on
 * both, interleaved (one Marsad query, one bare query, ...) so both see the same machine load.
 *
 * <p><b>Analysed once, replicated after.</b> The full NLP pipeline runs at tens of documents per
 * second, so analysing a million articles is out of reach. The source is the article log
 * ({@code DATA/log}) of an earlier {@code marsad ingest} of SaudiNewsNet: every record there went
 * through the product pipeline once (anatomy, NER, quotes, topic, summary, near-duplicate marks,
 * stories). Copy {@code k} ({@code k ≥ 1}) of a record differs from the original in
 * <ul>
 *   <li>id: {@code ID-rK};</li>
 *   <li>published: the original time plus {@code k × 49} days (SaudiNewsNet spans under 49 days,
 *       so copies never share a day with another copy's originals; 32 copies cover 2015–2019);</li>
 *   <li>url: {@code URL#rK};</li>
 *   <li>text: one line appended, {@code (أعيد نشره في YYYY-MM-DD)} ("republished on …") with the
 *       copy's date, so no two copies have the same text; appended at the end, so the entity and
 *       quote offsets of the record stay valid.</li>
 * </ul>
 * Copy 0 is the record as analysed. The copies go straight into the store the CLI writes to
 * (article log + embedded index, {@link LoggedArticleStore}), <b>below</b> the near-duplicate
 * detector, which would otherwise rightly mark the copies as duplicates of one another. Marsad's
 * docs/s here is therefore the store's rate (log append, document building, stored JSON,
 * indexing, commits), not the analysis; the analysis cost per article is the docs/s of the
 * {@code marsad ingest} run that made the log (reported separately).
 *
 * <p>Usage: {@code BENCH_JAVA_OPTS=-Xmx1g bench/run ScaleRun --analysed DATA [--target 1000000]
 * [--threads 2] [--work DIR] [--queries 1000] [--commit-every 10000] [--report-every 100000]
 * [--phase all|marsad|bare|merge|queries] [--max-segments N] [--max-minutes M] [--no-log]}. With {@code --max-minutes},
 * the Marsad build stops sending documents after M minutes and the bare index is built with as
 * many (the largest size reached, when the target is out of reach on the machine). The heap is
 * the JVM's ({@code -Xmx} through {@code BENCH_JAVA_OPTS}); the run prints the maximum heap and
 * the peak heap it measured.
 * {@code --phase queries} re-measures latency on indexes built before in {@code --work};
 * {@code --phase merge} merges the Marsad index there down to {@code --max-segments} segments
 * (default 1), and the bare index too when there is one, for measuring what the segment count
 * costs a search with both sides at the same count.
 */
public final class ScaleRun {
  private ScaleRun() {}

  static final int DAYS_PER_COPY = 49;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final String END = "\u0000end";

  public static void main(String[] args) throws Exception {
    Path analysed = Path.of(BenchArgs.required(args, "--analysed"));
    Path logDir = analysed.resolve(LoggedArticleStore.LOG_DIR);
    long target = Long.parseLong(BenchArgs.option(args, "--target", "1000000"));
    // A time budget for the Marsad build: past it, no more documents are sent, and the bare index
    // gets the same number, so the run ends with a comparable pair at the largest size reached.
    long budgetNanos = (long) (Double.parseDouble(BenchArgs.option(args, "--max-minutes", "0")) * 60e9);
    int threads = Integer.parseInt(BenchArgs.option(args, "--threads", "2"));
    int queries = Integer.parseInt(BenchArgs.option(args, "--queries", "1000"));
    int commitEvery = Integer.parseInt(BenchArgs.option(args, "--commit-every", "10000"));
    long reportEvery = Long.parseLong(BenchArgs.option(args, "--report-every", "100000"));
    String phase = BenchArgs.option(args, "--phase", "all");
    boolean withLog = !Arrays.asList(args).contains("--no-log");
    Path work = Path.of(BenchArgs.option(args, "--work", Files.createTempDirectory("marsad-scale").toString()));
    Path marsadData = work.resolve("marsad");
    Path bareDir = work.resolve("bare");

    HeapWatch heap = HeapWatch.start();
    List<String> titles = new ArrayList<>();
    long distinct = ArticleLog.scan(logDir, r -> titles.add(ArticleJson.read(r.json()).title()), d -> {});
    System.out.printf(Locale.ROOT, "analysed records in %s: %,d; target %,d documents = %.1f copies each; %d threads;"
            + " max heap %,d MiB; %d cores; load average %s%n",
        logDir, distinct, target, target / (double) distinct, threads, Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(), loadAverage());

    if (phase.equals("all") || phase.equals("marsad")) {
      Files.createDirectories(marsadData);
      heap.reset();
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      try (ArticleStore store = withLog
          ? LoggedArticleStore.wrap(ArticleStore.openEmbedded(marsadData), marsadData)
          : ArticleStore.openEmbedded(marsadData)) {
        AtomicLong added = new AtomicLong();
        long sent = feed(logDir, target, budgetNanos, threads, reportEvery, "marsad", marsadData, heap, t0, (copy, a) -> {
          store.add(copy);
          if (added.incrementAndGet() % commitEvery == 0) store.commit();
        });
        store.commit();
        if (sent < target) {
          System.out.printf(Locale.ROOT, "marsad: time budget reached at %,d documents; the bare index gets as many%n", sent);
          target = sent;
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "marsad: %,d documents in %.0f s = %,.0f docs/s (log %s, commit every %,d);"
              + " process CPU %.2f ms/doc; data %s (index %s); heap peak %s; load average %s%n",
          target, secs, target / secs, withLog ? "on" : "off", commitEvery,
          (processCpuNanos() - cpu0) / 1e6 / target, size(marsadData),
          size(marsadData.resolve("index")), heap, loadAverage());
    }
    if (phase.equals("all") || phase.equals("bare")) {
      heap.reset();
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      try (FSDirectory d = FSDirectory.open(bareDir);
           IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(64))) {
        feed(logDir, target, 0, threads, reportEvery, "bare", bareDir, heap, t0, (copy, a) -> {
          Document doc = new Document();
          doc.add(new StringField("id", copy.id(), Field.Store.YES));
          if (copy.title() != null) doc.add(new TextField("title", copy.title(), Field.Store.NO));
          doc.add(new TextField("body", copy.text() == null ? "" : copy.text(), Field.Store.NO));
          w.addDocument(doc);
        });
        w.commit();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "bare Lucene (ArabicAnalyzer, title+body, id stored): %,d documents in %.0f s"
              + " = %,.0f docs/s; process CPU %.2f ms/doc; index %s; heap peak %s; load average %s%n",
          target, secs, target / secs, (processCpuNanos() - cpu0) / 1e6 / target, size(bareDir), heap, loadAverage());
    }
    if (phase.equals("merge")) { // an experiment on an index built before: fewer segments, same documents
      int maxSegments = Integer.parseInt(BenchArgs.option(args, "--max-segments", "1"));
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      ArticleStore.Compaction c = ArticleStore.compactEmbedded(marsadData, maxSegments); // what marsad compact does
      System.out.printf(Locale.ROOT, "marsad: merged %d segments into %d in %.0f s (process CPU %.0f s); index %s;"
              + " load average %s%n", c.segmentsBefore(), c.segmentsAfter(), (System.nanoTime() - t0) / 1e9,
          (processCpuNanos() - cpu0) / 1e9, size(marsadData.resolve("index")), loadAverage());
      if (Files.isDirectory(bareDir)) { // the same for the bare index, so both sides compare at one segment count
        try (FSDirectory d = FSDirectory.open(bareDir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicAnalyzer()))) {
          w.forceMerge(maxSegments);
          w.commit();
        }
        System.out.printf(Locale.ROOT, "bare: merged into %d segments; index %s%n", maxSegments, size(bareDir));
      }
    }
    if (phase.equals("all") || phase.equals("queries")) {
      heap.reset();
      latency(titles, marsadData, bareDir, queries);
      System.out.printf(Locale.ROOT, "heap peak while querying %s; load average %s%n", heap, loadAverage());
    }
  }

  interface Sink {
    void accept(Article copy, Article original) throws IOException;
  }

  /**
   * Streams copies 0, 1, 2, ... of every logged record (one pass over the log per copy, so only
   * a bounded queue of records is ever in memory) to {@code threads} workers until {@code target}
   * documents went out or the time budget (0: none) is spent; the workers parse, vary and hand
   * each copy to the sink. Returns the number of documents sent.
   */
  private static long feed(Path logDir, long target, long budgetNanos, int threads, long reportEvery, String name, Path dir,
                           HeapWatch heap, long t0, Sink sink) throws Exception {
    BlockingQueue<String[]> queue = new ArrayBlockingQueue<>(256);
    AtomicLong done = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    long[] lastReport = {t0, 0};
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        try {
          for (String[] job = queue.take(); job[0] != END; job = queue.take()) {
            Article original = ArticleJson.read(job[1]);
            sink.accept(copy(original, Integer.parseInt(job[0])), original);
            long n = done.incrementAndGet();
            if (n % reportEvery == 0) {
              synchronized (lastReport) {
                long now = System.nanoTime();
                System.out.printf(Locale.ROOT, "  %s: %,d documents, %.0f s, %,.0f docs/s overall, %,.0f docs/s"
                        + " since last; on disk %s; heap peak %s; load average %s%n",
                    name, n, (now - t0) / 1e9, n / ((now - t0) / 1e9),
                    (n - lastReport[1]) / ((now - lastReport[0]) / 1e9), size(dir), heap, loadAverage());
                lastReport[0] = now;
                lastReport[1] = n;
              }
            }
          }
        } catch (Throwable e) {
          synchronized (failure) {
            if (failure[0] == null) failure[0] = e;
          }
          queue.clear();
        }
      }, name + "-" + t);
      w.start();
      workers.add(w);
    }
    long[] sent = {0};
    try {
      long deadline = budgetNanos > 0 ? t0 + budgetNanos : Long.MAX_VALUE;
      for (int copy = 0; sent[0] < target && failure[0] == null && System.nanoTime() < deadline; copy++) {
        String k = Integer.toString(copy);
        ArticleLog.scan(logDir, r -> {
          if (sent[0] >= target || failure[0] != null || System.nanoTime() >= deadline) return;
          try {
            queue.put(new String[] {k, r.json()});
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          sent[0]++;
        }, d -> {});
      }
    } finally {
      if (failure[0] == null) {
        for (int t = 0; t < threads; t++) queue.put(new String[] {END, null});
      } else {
        for (Thread w : workers) w.interrupt();
      }
      for (Thread w : workers) w.join();
    }
    if (failure[0] != null) throw new IllegalStateException(name + " failed", failure[0]);
    return sent[0];
  }

  /** Copy {@code k} of an analysed record (see the class comment); copy 0 is the record itself. */
  static Article copy(Article a, int k) {
    if (k == 0) return a;
    Long millis = PublishedDates.toMillis(a.published());
    String published = a.published();
    String day = "";
    if (millis != null) {
      LocalDateTime shifted = LocalDateTime.ofEpochSecond(millis / 1000, 0, ZoneOffset.UTC).plusDays((long) k * DAYS_PER_COPY);
      published = shifted.toString();
      day = shifted.toLocalDate().format(DAY);
    }
    String text = (a.text() == null ? "" : a.text()) + "\n\n(أعيد نشره في " + day + ")";
    return new Article(a.id() + "-r" + k, a.title(), a.titleCategory(), published, a.source(),
        a.url() == null ? null : a.url() + "#r" + k, a.dateline(), a.lead(), a.sections(), a.boilerplate(), text,
        a.tokens(), a.sentences(), a.entities(), a.quotes(), a.topic(), a.summary(), a.duplicateOf(), a.storyId());
  }

  /**
   * 1,000 shuffled titles (as SearchBench: quotes, colons and leading minus signs dropped), after
   * 300 warm-up queries on each index; Marsad (10 hits, snippets, all facets) and bare Lucene
   * (BM25 top 10 over title and body, every word required as Marsad's parser does, ids fetched)
   * alternate, the first of each pair swapping, so load spikes hit both.
   */
  private static void latency(List<String> rawTitles, Path marsadData, Path bareDir, int n) throws Exception {
    List<String> titles = new ArrayList<>();
    for (String t : rawTitles) {
      if (t == null) continue;
      String q = t.replaceAll("[\"“”«»:()]", " ").replaceAll("(^|\\s)-", " ").replace(" OR ", " ").strip();
      if (!q.isEmpty()) titles.add(q);
    }
    Collections.shuffle(titles, new Random(42));
    List<String> measured = titles.subList(0, Math.min(n, titles.size()));
    List<String> warm = titles.subList(measured.size(), Math.min(titles.size(), measured.size() + 300));
    ArabicAnalyzer arabic = new ArabicAnalyzer();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(marsadData);
         FSDirectory d = FSDirectory.open(bareDir);
         DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher bare = new IndexSearcher(reader);
      MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, arabic);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      System.out.printf(Locale.ROOT, "querying: marsad index %,d documents, bare index %,d documents%n",
          store.count(), reader.numDocs());
      for (String q : warm) {
        store.search(SearchRequest.of(q));
        bareSearch(bare, parser, q);
      }
      long[] m = new long[measured.size()];
      long[] b = new long[measured.size()];
      long[] mCpu = new long[measured.size()];
      long[] bCpu = new long[measured.size()];
      ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
      long mHits = 0;
      long bHits = 0;
      for (int i = 0; i < measured.size(); i++) {
        String q = measured.get(i);
        for (int side = 0; side < 2; side++) {
          boolean marsadTurn = (side == 0) == (i % 2 == 0);
          long c = threadBean.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          if (marsadTurn) {
            mHits += store.search(SearchRequest.of(q)).total();
            m[i] = (System.nanoTime() - t) / 1000;
            mCpu[i] = (threadBean.getCurrentThreadCpuTime() - c) / 1000;
          } else {
            bHits += bareSearch(bare, parser, q);
            b[i] = (System.nanoTime() - t) / 1000;
            bCpu[i] = (threadBean.getCurrentThreadCpuTime() - c) / 1000;
          }
        }
      }
      report("marsad (10 hits, snippets, facets), wall", m, mHits);
      report("marsad, CPU time of the query thread", mCpu, mHits);
      report("bare Lucene (BM25 top 10, title+body, AND), wall", b, bHits);
      report("bare Lucene, CPU time of the query thread", bCpu, bHits);
      for (long[] a : new long[][] {m, b, mCpu, bCpu}) Arrays.sort(a);
      System.out.printf(Locale.ROOT, "ratio marsad/bare: wall p50 %.2f, p99 %.2f; CPU p50 %.2f, p99 %.2f%n",
          pct(m, 50) / pct(b, 50), pct(m, 99) / pct(b, 99), pct(mCpu, 50) / pct(bCpu, 50), pct(mCpu, 99) / pct(bCpu, 99));
    }
  }

  private static long bareSearch(IndexSearcher s, MultiFieldQueryParser parser, String q) throws Exception {
    Query query = parser.parse(QueryParser.escape(q));
    TopDocs top = s.search(query, 10);
    var stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) stored.document(sd.doc).get("id");
    return top.totalHits.value;
  }

  private static void report(String name, long[] micros, long hits) {
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%s over %d title queries: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " mean hits %.0f (bare: a lower bound once over 1,000)%n",
        name, sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1000.0,
        hits / (double) sorted.length);
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
  }

  /**
   * Peak heap, sampled every 50 ms: the largest heap in use (garbage included, so it tends to the
   * collector's own target) and the largest live heap measured right after a collection (the sum
   * of the heap pools' post-GC usage: what the program really keeps).
   */
  static final class HeapWatch {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private volatile long used;
    private volatile long afterGc;

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      Thread t = new Thread(() -> {
        while (true) {
          w.sample();
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      t.setDaemon(true);
      t.start();
      return w;
    }

    synchronized void reset() {
      used = 0;
      afterGc = 0;
    }

    private synchronized void sample() {
      used = Math.max(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      long live = 0;
      for (MemoryPoolMXBean p : pools) {
        if (p.getCollectionUsage() != null) live += p.getCollectionUsage().getUsed();
      }
      afterGc = Math.max(afterGc, live);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d MiB in use, %,d MiB live after GC", used >> 20, afterGc >> 20);
    }
  }

  /** CPU time of all the process's threads (comparable across machine loads, unlike wall time). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String size(Path dir) {
    if (!Files.exists(dir)) return "0";
    try (Stream<Path> s = Files.walk(dir)) {
      long bytes = s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0; // merged away between listing and sizing
        }
      }).sum();
      return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    } catch (IOException | UncheckedIOException e) {
      return "?";
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }
}

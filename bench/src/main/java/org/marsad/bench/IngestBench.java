package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.pipeline.DocumentSource;
import org.marsad.app.pipeline.IngestPipeline;
import org.marsad.app.pipeline.IngestSummary;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.ArticleEnricher;
import org.marsad.nlp.anatomy.WireContinuations;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.dedup.DuplicateCheck;
import org.marsad.nlp.dedup.NearDuplicateIndex;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInputs;
import org.marsad.store.ArticleStore;

/**
 * Issue 3's ingest target, measured the way {@code marsad ingest} runs: SaudiNewsNet through the
 * product path (the data directory's {@link Corpus}: anatomy, NER with the entity registry,
 * quotations, topic, summary, wire continuations, near-duplicates, stories; the article log
 * and the embedded Lucene index from {@link StoreFactory}; a commit, registry and duplicate
 * index save every {@code --commit-every} articles), side by side in the same JVM with bare
 * Lucene ({@link IndexWriter}, stock {@link ArabicAnalyzer}, title and body, nothing stored)
 * on the same texts and the same number of threads. Bare Lucene runs before and after the
 * product ingest so a change of machine load during the run shows; the ratio uses their mean.
 * Each side's process CPU time is measured too: on a shared machine docs per CPU-second is the
 * figure that depends on the code rather than on the share of the cores the run was given.
 * Documents are read into memory first for both sides (reading is {@code ReadThroughput}'s).
 *
 * <p>{@code --stages N} instead times each stage of the product path on the first N documents,
 * one thread, in ms of that thread's CPU time per document (plus the process's CPU and wall time).
 *
 * <p>{@code --turnstile both} instead runs the product path four times on the same documents, with the
 * input-order turnstile, without it, without, with (ABBA, so a drift of the machine's load falls on both
 * sides alike), and prints each run's wall and process CPU time and the workers' summed waiting for their
 * turn; {@code --turnstile off} runs the usual comparison without it. Without the turnstile the stories
 * depend on thread timing ({@link IngestPipeline#withoutTurnstileForBenchmark}): a cost figure only.
 *
 * <p>Usage: {@code bench/run IngestBench [--threads 2] [--limit N] [--warmup 1000]
 * [--commit-every 1000] [--stages N] [--turnstile on|off|both] [--shared ../shared]}
 */
public final class IngestBench {
  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(BenchArgs.option(args, "--shared", "../shared"));
    int threads = Integer.parseInt(BenchArgs.option(args, "--threads", "2"));
    int limit = Integer.parseInt(BenchArgs.option(args, "--limit", "0"));
    int warmup = Integer.parseInt(BenchArgs.option(args, "--warmup", "1000"));
    int commitEvery = Integer.parseInt(BenchArgs.option(args, "--commit-every", "1000"));
    int stages = Integer.parseInt(BenchArgs.option(args, "--stages", "0"));
    String turnstile = BenchArgs.option(args, "--turnstile", "on");
    if (!List.of("on", "off", "both").contains(turnstile)) throw new IllegalArgumentException("--turnstile on|off|both, got " + turnstile);

    List<RawDocument> docs = SaudiNewsNetDocuments.load(shared.resolve("data/saudinewsnet"));
    if (limit > 0) docs = docs.subList(0, Math.min(limit, docs.size()));
    Path work = Files.createTempDirectory("marsad-ingest-bench");
    if (stages > 0) {
      stages(docs.subList(0, Math.min(stages, docs.size())), Math.min(warmup, stages), work, commitEvery);
      return;
    }
    long chars = docs.stream().mapToLong(d -> d.body().length()).sum();
    System.out.printf(Locale.ROOT, "SaudiNewsNet: %,d documents, %,d characters; %d threads; %d cores; load %s%n",
        docs.size(), chars, threads, Runtime.getRuntime().availableProcessors(), load());

    // JIT warm-up of both paths on the first documents, into throwaway directories.
    List<RawDocument> warm = docs.subList(0, Math.min(warmup, docs.size()));
    if (turnstile.equals("both")) {
      product(warm, threads, work.resolve("warm-on"), commitEvery, true);
      product(warm, threads, work.resolve("warm-off"), commitEvery, false);
      turnstileCost(docs, threads, work, commitEvery);
      return;
    }
    boolean inOrder = turnstile.equals("on");
    bareLucene(warm, threads, work.resolve("warm-bare"));
    product(warm, threads, work.resolve("warm-product"), commitEvery, inOrder);

    long cpu0 = cpuNanos();
    double bare1 = bareLucene(docs, threads, work.resolve("bare1"));
    long cpu1 = cpuNanos();
    System.out.printf(Locale.ROOT, "bare Lucene (stock ArabicAnalyzer, title+body): %,.0f docs/s, %,.0f docs per CPU-second; load %s%n",
        bare1, docs.size() / ((cpu1 - cpu0) / 1e9), load());
    IngestSummary s = product(docs, threads, work.resolve("data"), commitEvery, inOrder);
    long cpu2 = cpuNanos();
    double product = s.docsPerSecond(); // every document handled: new, duplicate or failed
    double productCpu = docs.size() / ((cpu2 - cpu1) / 1e9);
    System.out.printf(Locale.ROOT,
        "marsad ingest path (turnstile %s): %,d new, %,d duplicates, %,d failed in %.1f s: %,.1f docs/s, %,.1f docs per CPU-second; load %s%n",
        turnstile, s.ingested(), s.duplicates(), s.failed(), s.millis() / 1000.0, product, productCpu, load());
    double bare2 = bareLucene(docs, threads, work.resolve("bare2"));
    long cpu3 = cpuNanos();
    System.out.printf(Locale.ROOT, "bare Lucene again: %,.0f docs/s, %,.0f docs per CPU-second; load %s%n",
        bare2, docs.size() / ((cpu3 - cpu2) / 1e9), load());
    double bare = (bare1 + bare2) / 2;
    double bareCpu = 2.0 * docs.size() / ((cpu1 - cpu0 + cpu3 - cpu2) / 1e9);
    System.out.printf(Locale.ROOT, "ratio marsad/bare: %.3f wall-clock (bare = mean of the two runs, %,.0f docs/s; target >= 0.5)%n",
        product / bare, bare);
    // On a shared machine the wall-clock ratio mostly measures who got the cores; CPU time
    // per document is what the code costs (both sides include GC and JIT threads).
    System.out.printf(Locale.ROOT, "ratio marsad/bare per CPU-second: %.3f (bare %,.0f, marsad %,.1f docs per CPU-second)%n",
        productCpu / bareCpu, bareCpu, productCpu);
  }

  /** CPU time of the whole process (all threads: workers, GC, JIT, Lucene merges). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The product path with and without the turnstile, ABBA on the same documents: each run's wall time,
   * process CPU time and the workers' summed waiting for their turn (its share of threads × wall).
   */
  private static void turnstileCost(List<RawDocument> docs, int threads, Path work, int commitEvery) throws Exception {
    boolean[] order = {true, false, false, true};
    double[] wall = new double[2], cpu = new double[2];
    for (int i = 0; i < order.length; i++) {
      long cpu0 = cpuNanos();
      long[] waited = new long[1];
      IngestSummary s = product(docs, threads, work.resolve("turnstile-" + i), commitEvery, order[i], waited);
      double seconds = (cpuNanos() - cpu0) / 1e9;
      int side = order[i] ? 0 : 1;
      wall[side] += s.millis() / 1000.0;
      cpu[side] += seconds;
      System.out.printf(Locale.ROOT,
          "run %d, turnstile %s: %,d new, %,d duplicates, %,d failed; wall %.1f s, process CPU %.1f s; waiting for a turn %.1f s = %.1f %% of %d threads × wall; load %s%n",
          i + 1, order[i] ? "on " : "off", s.ingested(), s.duplicates(), s.failed(), s.millis() / 1000.0, seconds,
          waited[0] / 1000.0, 100.0 * waited[0] / (threads * (double) s.millis()), threads, load());
    }
    System.out.printf(Locale.ROOT, "turnstile on: wall %.1f s, CPU %.1f s; off: wall %.1f s, CPU %.1f s (sums of two runs each); "
        + "on/off wall %.3f, CPU %.3f%n", wall[0], cpu[0], wall[1], cpu[1], wall[0] / wall[1], cpu[0] / cpu[1]);
  }

  private static IngestSummary product(List<RawDocument> docs, int threads, Path data, int commitEvery, boolean inOrder)
      throws Exception {
    return product(docs, threads, data, commitEvery, inOrder, new long[1]);
  }

  /**
   * The product ingest exactly as {@code IngestCommand} wires it (embedded backend); {@code inOrder} false
   * drops the input-order turnstile (a cost figure only). The workers' summed waiting for a turn goes to
   * {@code waitedMillis[0]}.
   */
  private static IngestSummary product(List<RawDocument> docs, int threads, Path data, int commitEvery, boolean inOrder,
                                       long[] waitedMillis) throws Exception {
    IngestPipeline.Options options = IngestPipeline.Options.defaults().withThreads(threads)
        .withCommitEvery(commitEvery).withProgressMillis(3_600_000);
    try (ArticleStore store = StoreFactory.openForWriting(StoreOptions.embedded(data)); Corpus corpus = Corpus.open(data)) {
      IngestPipeline pipeline = new IngestPipeline(corpus.analyzer()::analyze, store, new Quarantine(data.resolve("quarantine")), options);
      if (!inOrder) pipeline.withoutTurnstileForBenchmark();
      IngestSummary s = pipeline
          .linkInOrder(corpus::link)
          .onCommit(n -> {
            try {
              corpus.save();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .run(DocumentSource.of(docs));
      waitedMillis[0] = pipeline.turnstileWaitMillis();
      return s;
    }
  }

  /** Docs/s of a plain IndexWriter fed the same texts by the same number of threads, including the final commit. */
  static double bareLucene(List<RawDocument> docs, int threads, Path dir) throws Exception {
    long start = System.nanoTime();
    try (FSDirectory d = FSDirectory.open(dir);
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new ArabicAnalyzer()).setRAMBufferSizeMB(64))) {
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        jobs.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
            RawDocument r = docs.get(i);
            Document doc = new Document();
            doc.add(new StringField("id", r.origin(), Field.Store.YES));
            if (r.title() != null) doc.add(new TextField("title", r.title(), Field.Store.NO));
            doc.add(new TextField("body", r.body(), Field.Store.NO));
            w.addDocument(doc);
          }
          return null;
        }));
      }
      for (Future<?> f : jobs) f.get();
      pool.shutdown();
      w.commit();
    }
    return docs.size() / ((System.nanoTime() - start) / 1e9);
  }

  /**
   * Times every stage of the product path, one thread, after a warm-up pass over the first
   * {@code warmup} documents into a throwaway directory. The linking stages are rebuilt here from
   * the same public classes {@link Corpus#link} uses, in the same order, so each can be timed.
   */
  private static void stages(List<RawDocument> all, int warmup, Path work, int commitEvery) throws Exception {
    for (int round = 0; round < 2; round++) {
      List<RawDocument> docs = round == 0 ? all.subList(0, warmup) : all;
      Path data = work.resolve("stages-" + round);
      Map<String, Long> nanos = new LinkedHashMap<>();
      int n = 0;
      try (ArticleStore store = StoreFactory.openForWriting(StoreOptions.embedded(data)); Corpus corpus = Corpus.open(data)) {
        ArticleAnalyzer anatomy = new ArticleAnalyzer();
        List<ArticleEnricher> steps = corpus.analyzer().enrichers();
        WireContinuations wire = new WireContinuations();
        NearDuplicateIndex duplicates = new NearDuplicateIndex();
        StoryClusterer stories = new StoryClusterer();
        long start = threadCpu();
        long wallStart = System.nanoTime();
        long processStart = cpuNanos();
        for (RawDocument d : docs) {
          long t = threadCpu();
          Article a;
          try {
            a = anatomy.analyze(d);
          } catch (RuntimeException e) {
            continue; // empty or too long: the pipeline quarantines these
          }
          t = lap(nanos, "anatomy (html, dateline, sections, content id)", t);
          for (ArticleEnricher step : steps) {
            a = step.enrich(a);
            t = lap(nanos, "enrich: " + step.getClass().getSimpleName(), t);
          }
          a = wire.link(a);
          t = lap(nanos, "link: wire continuations", t);
          DuplicateCheck check = duplicates.checkAndAdd(a.id(), a.text());
          if (check.isDuplicate() && !a.id().equals(check.of())) a = a.withDuplicateOf(check.of());
          t = lap(nanos, "link: near-duplicate index", t);
          // as Corpus.link: undated articles take the clusterer's clock, a copy joins its original's event
          String original = check.isDuplicate() && !a.id().equals(check.of()) ? check.of() : null;
          a = a.withStoryId(stories.assign(StoryClusterer.prepare(StoryInputs.of(a, null)), original));
          t = lap(nanos, "link: story clustering", t);
          if (store.contains(a.id())) continue;
          store.add(a);
          t = lap(nanos, "store: log append + Lucene add", t);
          if (++n % commitEvery == 0) {
            store.commit();
            t = lap(nanos, "store: commit (log sync + Lucene)", t);
            corpus.save();
            duplicates.save(data);
            lap(nanos, "save: entity registry + duplicate index", t);
          }
        }
        long t = threadCpu();
        store.commit();
        lap(nanos, "store: commit (log sync + Lucene)", t);
        long total = threadCpu() - start;
        long wall = System.nanoTime() - wallStart;
        long process = cpuNanos() - processStart;
        if (round == 1) {
          System.out.printf(Locale.ROOT, "%,d documents (%,d stored), one thread, load %s; CPU time of the ingest thread:%n",
              docs.size(), n, load());
          long sum = 0;
          for (Map.Entry<String, Long> e : nanos.entrySet()) {
            sum += e.getValue();
            System.out.printf(Locale.ROOT, "  %-50s %8.2f ms/doc  %5.1f%%%n", e.getKey(), e.getValue() / 1e6 / docs.size(),
                100.0 * e.getValue() / total);
          }
          System.out.printf(Locale.ROOT, "  %-50s %8.2f ms/doc (%.0f docs per CPU-second of the thread)%n", "total",
              total / 1e6 / docs.size(), docs.size() / (total / 1e9));
          System.out.printf(Locale.ROOT, "  process CPU (with GC, JIT, Lucene merges) %.2f ms/doc; wall %.2f ms/doc%n",
              process / 1e6 / docs.size(), wall / 1e6 / docs.size());
        }
      }
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * CPU time of the calling thread: the machine is shared, so wall time per stage mostly measures
   * the share of a core this thread was given; its CPU time is what the stage costs.
   */
  private static long threadCpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static long lap(Map<String, Long> nanos, String stage, long since) {
    long now = threadCpu();
    nanos.merge(stage, now - since, Long::sum);
    return now;
  }

  /** The 1-minute load average (the machine is shared: every figure must carry it). */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}

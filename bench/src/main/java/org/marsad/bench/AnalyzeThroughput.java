package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

/**
 * Throughput of {@code marsad analyze} (anatomy + normalisation + tokenisation + sentences)
 * against tokenising the same texts with Lucene's stock {@link ArabicAnalyzer} (TokenStream
 * consumed), on 1 and 2 threads, side by side in one JVM. Each configuration is warmed up,
 * then measured in several timed rounds that alternate between the two workloads; the
 * median round is reported, by the wall clock and per CPU-second of the worker threads.
 *
 * <p>Usage: {@code bench/run AnalyzeThroughput [--articles N] [--seconds S] [--warmup S] [--rounds R] [--threads 1,2]}
 */
public final class AnalyzeThroughput {
  private AnalyzeThroughput() {}

  public static void main(String[] args) throws Exception {
    int articles = 4000, seconds = 8, warmup = 10, rounds = 3;
    int[] threadCounts = {1, 2};
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--threads" -> threadCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> throw new IllegalArgumentException("usage: AnalyzeThroughput [--articles N] [--seconds S] [--warmup S] [--rounds R] [--threads 1,2]");
      }
    }
    List<RawDocument> docs = sample(SaudiNewsNet.read(SaudiNewsNet.defaultDir()), articles);
    long bytes = 0;
    for (RawDocument d : docs) bytes += d.body().getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("SaudiNewsNet sample: %d articles, %.1f MB UTF-8 (mean %.0f bytes); %d available cores; %s%n",
        docs.size(), bytes / 1e6, (double) bytes / docs.size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + Runtime.version());

    ArticleAnalyzer marsad = new ArticleAnalyzer();
    Analyzer lucene = new ArabicAnalyzer();
    ToLongFunction<RawDocument> marsadWork = d -> {
      Article a = marsad.analyze(d, ArticleAnalyzer.Options.WITH_TOKENS);
      return a.tokens().size() + a.sentences().size();
    };
    ToLongFunction<RawDocument> luceneWork = d -> luceneTokens(lucene, d.body());

    // Documents that are not articles (empty content) would throw: keep only those Marsad accepts.
    List<RawDocument> ok = new ArrayList<>();
    for (RawDocument d : docs) {
      try {
        marsadWork.applyAsLong(d);
        ok.add(d);
      } catch (IllegalArgumentException e) {
        // skipped: no article text
      }
    }
    if (ok.size() != docs.size()) System.out.printf("(%d items without article text left out)%n", docs.size() - ok.size());
    docs = ok;
    long[] docBytes = docs.stream().mapToLong(d -> d.body().getBytes(StandardCharsets.UTF_8).length).toArray();

    System.out.printf("%-28s %7s %12s %9s %16s%n", "workload", "threads", "articles/s", "MB/s", "articles/CPU-s");
    for (int threads : threadCounts) {
      run(docs, docBytes, marsadWork, threads, warmup);   // warm-up, not reported
      run(docs, docBytes, luceneWork, threads, warmup);
      double[][] m = new double[rounds][], l = new double[rounds][];
      for (int r = 0; r < rounds; r++) {
        m[r] = run(docs, docBytes, marsadWork, threads, seconds);
        l[r] = run(docs, docBytes, luceneWork, threads, seconds);
      }
      double[] mm = median(m), lm = median(l);
      System.out.printf("%-28s %7d %12.0f %9.2f %16.0f%n", "marsad analyze --tokens", threads, mm[0], mm[1], mm[2]);
      System.out.printf("%-28s %7d %12.0f %9.2f %16.0f%n", "lucene ArabicAnalyzer", threads, lm[0], lm[1], lm[2]);
      System.out.printf("%-28s %7d %11.2fx %9s %15.2fx%n", "ratio marsad / lucene", threads, mm[0] / lm[0], "", mm[2] / lm[2]);
    }
  }

  private static long luceneTokens(Analyzer analyzer, String text) {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) n += term.length();
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return n;
  }

  /** Every k-th document, so that the sample spans all days and sources. */
  private static List<RawDocument> sample(List<RawDocument> all, int n) {
    List<RawDocument> nonEmpty = all.stream().filter(d -> !d.body().isBlank()).toList();
    if (n >= nonEmpty.size()) return nonEmpty;
    List<RawDocument> out = new ArrayList<>(n);
    double step = (double) nonEmpty.size() / n;
    for (int i = 0; i < n; i++) out.add(nonEmpty.get((int) (i * step)));
    return out;
  }

  /**
   * Runs {@code work} on {@code threads} threads for {@code seconds}; returns {articles/s, MB/s}
   * by the wall clock and articles per CPU-second (the threads' own CPU time, which a machine
   * shared with other jobs does not distort the way it distorts the wall clock).
   */
  private static double[] run(List<RawDocument> docs, long[] docBytes, ToLongFunction<RawDocument> work, int threads, int seconds)
      throws InterruptedException {
    AtomicLong count = new AtomicLong(), bytes = new AtomicLong(), sink = new AtomicLong(), cpuNanos = new AtomicLong();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    Thread[] ts = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int offset = t * docs.size() / threads;
      ts[t] = new Thread(() -> {
        long c = 0, b = 0, s = 0, cpu0 = mx.getCurrentThreadCpuTime();
        for (int i = offset; System.nanoTime() < deadline; i = (i + 1) % docs.size()) {
          s += work.applyAsLong(docs.get(i));
          c++;
          b += docBytes[i];
        }
        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
        count.addAndGet(c);
        bytes.addAndGet(b);
        sink.addAndGet(s);
      });
      ts[t].start();
    }
    for (Thread t : ts) t.join();
    double secs = (System.nanoTime() - start) / 1e9;
    if (sink.get() == 42) System.out.print(""); // keeps the results observable
    return new double[] {count.get() / secs, bytes.get() / secs / 1e6, count.get() / (cpuNanos.get() / 1e9)};
  }

  private static double[] median(double[][] rounds) {
    double[][] sorted = rounds.clone();
    Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
    return sorted[sorted.length / 2];
  }
}

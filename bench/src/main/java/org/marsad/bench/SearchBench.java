package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.app.pipeline.DocumentSource;
import org.marsad.app.pipeline.IngestPipeline;
import org.marsad.app.pipeline.IngestSummary;
import org.marsad.app.pipeline.ProductAnalyzer;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * Issue 3 figures: end-to-end ingest of SaudiNewsNet through the Marsad pipeline (analysis,
 * dedup, full schema, stored JSON, commits) side by side with bare Lucene indexing of the same
 * texts with the stock {@link ArabicAnalyzer}, both on the same number of threads; then search
 * latency (parse, search, facets, snippets) over queries made from article titles.
 *
 * <p>Usage: {@code bench/run SearchBench [--data DIR] [--threads 2] [--queries 1000] [--shared ../shared]
 * [--limit N] [--only marsad|queries] [--commit-every N]}
 */
public final class SearchBench {
  private SearchBench() {}

  private static int commitEvery;

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(BenchArgs.option(args, "--shared", "../shared"));
    int threads = Integer.parseInt(BenchArgs.option(args, "--threads", "2"));
    int queries = Integer.parseInt(BenchArgs.option(args, "--queries", "1000"));
    commitEvery = Integer.parseInt(BenchArgs.option(args, "--commit-every", "0"));
    Path work = Files.createTempDirectory("marsad-bench");
    Path data = Path.of(BenchArgs.option(args, "--data", work.resolve("data").toString()));

    List<RawDocument> docs = SaudiNewsNetDocuments.load(shared.resolve("data/saudinewsnet"));
    int limit = Integer.parseInt(BenchArgs.option(args, "--limit", "0"));
    if (limit > 0) docs = docs.subList(0, Math.min(limit, docs.size()));
    if (BenchArgs.option(args, "--only", "").equals("queries")) { // latency alone, on an index built before (--data)
      queryLatency(docs, data, queries);
      return;
    }
    if (BenchArgs.option(args, "--only", "").equals("marsad")) { // profiling aid: the pipeline alone
      IngestSummary s = marsad(docs, threads, data);
      System.out.printf(Locale.ROOT, "marsad pipeline: %,.0f docs/s%n", s.docsPerSecond());
      return;
    }
    long chars = docs.stream().mapToLong(d -> d.body().length()).sum();
    System.out.printf(Locale.ROOT, "SaudiNewsNet: %,d documents, %,d characters; %d threads; %d cores%n",
        docs.size(), chars, threads, Runtime.getRuntime().availableProcessors());

    // Warm up the JIT on both paths with a slice of the data, into throwaway directories.
    List<RawDocument> warm = docs.subList(0, Math.min(3000, docs.size()));
    bareLucene(warm, threads, work.resolve("warm-bare"));
    marsad(warm, threads, work.resolve("warm-marsad"));

    double bare = bareLucene(docs, threads, work.resolve("bare"));
    System.out.printf(Locale.ROOT, "bare Lucene (ArabicAnalyzer, title+body): %,.0f docs/s%n", bare);
    IngestSummary s = marsad(docs, threads, data);
    System.out.printf(Locale.ROOT, "marsad pipeline: %,d new, %,d duplicates, %,d failed in %.1f s: %,.0f docs/s%n",
        s.ingested(), s.duplicates(), s.failed(), s.millis() / 1000.0, s.docsPerSecond());
    System.out.printf(Locale.ROOT, "ratio marsad/bare: %.2f%n", s.docsPerSecond() / bare);

    queryLatency(docs, data, queries);
  }

  private static IngestSummary marsad(List<RawDocument> docs, int threads, Path data) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      IngestPipeline.Options options = IngestPipeline.Options.defaults().withThreads(threads).withProgressMillis(60_000);
      if (commitEvery > 0) options = options.withCommitEvery(commitEvery);
      return new IngestPipeline(ProductAnalyzer.create(), store, new Quarantine(data.resolve("quarantine")), options)
          .run(DocumentSource.of(docs));
    }
  }

  private static double bareLucene(List<RawDocument> docs, int threads, Path dir) throws Exception {
    return IngestBench.bareLucene(docs, threads, dir); // one baseline for both harnesses
  }

  private static void queryLatency(List<RawDocument> docs, Path data, int n) throws IOException {
    List<String> titles = new ArrayList<>();
    for (RawDocument d : docs) {
      if (d.title() == null) continue;
      // Titles as a user would type them: quotes and colons dropped (they are query syntax).
      String q = d.title().replaceAll("[\"“”«»:()]", " ").replaceAll("(^|\\s)-", " ").replace(" OR ", " ").strip();
      if (!q.isEmpty()) titles.add(q);
    }
    Collections.shuffle(titles, new Random(42));
    List<String> warm = titles.subList(n, Math.min(titles.size(), n + 300));
    List<String> measured = titles.subList(0, n);
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      for (String q : warm) store.search(SearchRequest.of(q));
      long[] micros = new long[measured.size()];
      long hits = 0;
      for (int i = 0; i < measured.size(); i++) {
        long t = System.nanoTime();
        hits += store.search(SearchRequest.of(measured.get(i))).total();
        micros[i] = (System.nanoTime() - t) / 1000;
      }
      Arrays.sort(micros);
      System.out.printf(Locale.ROOT,
          "query latency over %d title queries (10 hits, snippets, facets): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; mean hits %.0f%n",
          micros.length, pct(micros, 50), pct(micros, 90), pct(micros, 99), micros[micros.length - 1] / 1000.0,
          hits / (double) micros.length);
    }
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
  }
}

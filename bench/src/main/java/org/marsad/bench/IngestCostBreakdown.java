package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.pipeline.ProductAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;

/**
 * Where the ingest time goes outside the corpus links, single-threaded, in CPU time of the thread:
 * analysis (anatomy and enrichers), JSON of the record, and the store (article log + Lucene
 * document building, inversion and stored fields, commit), each over the same documents. The
 * analysis runs once; the store step is repeated {@code --rounds} times into fresh data
 * directories (the first round is JIT warm-up), so that its cost can be compared between two
 * builds on a shared machine: the median and the lowest round are printed.
 * {@code --analyse-rounds R} repeats the analysis R times the same way (median and lowest of the rounds after the first).
 * Usage: {@code bench/run IngestCostBreakdown [--limit 2500] [--rounds 6] [--analyse-rounds 1] [--shared ../shared]}
 */
public final class IngestCostBreakdown {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private IngestCostBreakdown() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(BenchArgs.option(args, "--shared", "../shared"));
    int limit = Integer.parseInt(BenchArgs.option(args, "--limit", "2500"));
    int rounds = Integer.parseInt(BenchArgs.option(args, "--rounds", "6"));
    List<RawDocument> docs = SaudiNewsNetDocuments.load(shared.resolve("data/saudinewsnet"));
    docs = docs.subList(0, Math.min(limit, docs.size()));
    int analyseRounds = Integer.parseInt(BenchArgs.option(args, "--analyse-rounds", "1"));
    var analyzer = ProductAnalyzer.create();
    List<Article> articles = new ArrayList<>();
    double[] analyse = new double[analyseRounds];
    long t0 = 0, t1 = 0;
    for (int round = 0; round < analyseRounds; round++) { // the same documents again: JIT warm-up, then comparable rounds
      articles = new ArrayList<>();
      t0 = THREADS.getCurrentThreadCpuTime();
      for (RawDocument d : docs) {
        try {
          articles.add(analyzer.analyze(d));
        } catch (RuntimeException e) {
          // empty documents
        }
      }
      t1 = THREADS.getCurrentThreadCpuTime();
      analyse[round] = (t1 - t0) / 1e6 / articles.size();
      System.out.printf(Locale.ROOT, "  analyse round %d: %.3f ms/doc; load %s%n", round, analyse[round], IngestBench.load());
    }
    if (analyseRounds > 2) {
      double[] warm = Arrays.copyOfRange(analyse, 1, analyseRounds);
      Arrays.sort(warm);
      System.out.printf(Locale.ROOT, "analyse (anatomy + enrichers, no corpus links): median %.3f, lowest %.3f ms/doc (thread CPU, rounds after the first)%n",
          warm[warm.length / 2], warm[0]);
    }
    long bytes = 0;
    for (Article a : articles) bytes += ArticleJson.write(a).length();
    long t2 = THREADS.getCurrentThreadCpuTime();
    double n = articles.size();
    System.out.printf(Locale.ROOT, "%d articles, load %s: analyse %.2f ms/doc (first pass, with JIT), JSON %.3f ms/doc (%.0f chars)%n",
        articles.size(), IngestBench.load(), (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, bytes / n);

    double[] add = new double[rounds - 1];
    double[] commit = new double[rounds - 1];
    for (int round = 0; round < rounds; round++) {
      Path dir = Files.createTempDirectory("marsad-cost");
      long a0, a1, a2;
      try (ArticleStore store = StoreFactory.openForWriting(StoreOptions.embedded(dir))) {
        a0 = THREADS.getCurrentThreadCpuTime();
        for (Article a : articles) store.add(a);
        a1 = THREADS.getCurrentThreadCpuTime();
        store.commit();
        a2 = THREADS.getCurrentThreadCpuTime();
      }
      if (round > 0) {
        add[round - 1] = (a1 - a0) / 1e6 / n;
        commit[round - 1] = (a2 - a1) / 1e6 / n;
      }
      System.out.printf(Locale.ROOT, "  round %d: store add (log + Lucene) %.3f ms/doc, commit %.3f ms/doc; load %s%s%n",
          round, (a1 - a0) / 1e6 / n, (a2 - a1) / 1e6 / n, IngestBench.load(), round == 0 ? " (warm-up)" : "");
    }
    Arrays.sort(add);
    Arrays.sort(commit);
    System.out.printf(Locale.ROOT, "store add: median %.3f, lowest %.3f ms/doc; commit: median %.3f, lowest %.3f ms/doc (thread CPU)%n",
        add[add.length / 2], add[0], commit[commit.length / 2], commit[0]);
  }
}

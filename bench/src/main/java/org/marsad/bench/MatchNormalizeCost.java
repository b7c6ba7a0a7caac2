package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.nlp.article.RawDocument;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;

/**
 * CPU cost of {@link ArabicNormalizer#match} on the words of SaudiNewsNet articles, called the
 * way the analysis steps call it: each step normalises the article's words again (entities,
 * quotations, topic, summary, stories, index keys), here {@code --passes} times per article,
 * article after article. Run with two builds' jars to compare the normalisation itself.
 * Usage: {@code bench/run MatchNormalizeCost [--limit 3000] [--passes 5] [--rounds 5]}
 */
public final class MatchNormalizeCost {
  private MatchNormalizeCost() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(BenchArgs.option(args, "--shared", "../shared"));
    int limit = Integer.parseInt(BenchArgs.option(args, "--limit", "3000"));
    int passes = Integer.parseInt(BenchArgs.option(args, "--passes", "5"));
    int rounds = Integer.parseInt(BenchArgs.option(args, "--rounds", "5"));
    List<RawDocument> docs = SaudiNewsNetDocuments.load(shared.resolve("data/saudinewsnet"));
    docs = docs.subList(0, Math.min(limit, docs.size()));
    List<String[]> words = new ArrayList<>();
    long count = 0;
    for (RawDocument d : docs) {
      List<Token> tokens = NewsTokenizer.tokenize(d.body());
      String[] w = new String[tokens.size()];
      for (int i = 0; i < w.length; i++) w[i] = tokens.get(i).text();
      words.add(w);
      count += w.length;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      for (String[] article : words) {
        for (int p = 0; p < passes; p++) {
          // a fresh String per call, as a tokenizer's substring is
          for (String w : article) sink += ArabicNormalizer.match(new String(w)).length();
        }
      }
      long ns = threads.getCurrentThreadCpuTime() - t0;
      System.out.printf(Locale.ROOT, "round %d: %,d words x %d passes: %.1f ns per call, %.3f ms per article; load %s%n",
          round, count, passes, (double) ns / (count * passes), ns / 1e6 / words.size(), IngestBench.load());
    }
    if (sink == 42) System.out.println();
  }
}

package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.app.eval.SaudiNewsNet;
import org.marsad.nlp.dedup.NearDuplicateIndex;

/**
 * Per-article cost of {@code NearDuplicateIndex.checkAndAdd} (fingerprint, exact lookup, LSH
 * candidates, Jaccard verification, insertion) at ingest time, against everything seen so far:
 * every SaudiNewsNet article (title + content) is fed in corpus order, {@code rounds} times
 * into a fresh index after one warm-up round. Reports wall time and this thread's CPU time
 * (CPU time is what the article costs; wall time also shows how busy the machine was).
 *
 * <p>Usage: {@code bench/run DedupCost [SHARED_DIR] [ROUNDS]}
 */
public final class DedupCost {
  private DedupCost() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<SaudiNewsNet.Item> items = SaudiNewsNet.read(shared.resolve(SaudiNewsNet.PATH));
    String[] texts = items.stream().map(it -> it.title() + "\n" + it.content()).toArray(String[]::new);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    run(texts, mx); // warm-up
    for (int r = 1; r <= rounds; r++) {
      long[] cpu = run(texts, mx);
      long[] sorted = cpu.clone();
      Arrays.sort(sorted);
      double total = Arrays.stream(cpu).sum();
      System.out.printf(Locale.ROOT, "round %d: %d articles, CPU per check+add: mean %.1f µs, median %.1f µs, p99 %.1f µs, max %.1f µs; wall total %.2f s%n",
          r, texts.length, total / texts.length / 1000, sorted[sorted.length / 2] / 1000.0,
          sorted[(int) (sorted.length * 0.99)] / 1000.0, sorted[sorted.length - 1] / 1000.0, lastWall / 1e9);
    }
  }

  private static long lastWall;

  private static long[] run(String[] texts, ThreadMXBean mx) {
    NearDuplicateIndex index = new NearDuplicateIndex();
    long[] cpu = new long[texts.length];
    long w0 = System.nanoTime();
    for (int i = 0; i < texts.length; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      index.checkAndAdd("a" + i, texts[i]);
      cpu[i] = mx.getCurrentThreadCpuTime() - c0;
    }
    lastWall = System.nanoTime() - w0;
    return cpu;
  }
}

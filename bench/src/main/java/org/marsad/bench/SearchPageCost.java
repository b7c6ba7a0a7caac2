package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * CPU time of one results page (10 hits with snippets and facets, as {@code /api/search} and
 * {@code marsad search} ask for it) on a data directory's embedded index, with and without
 * near-duplicates. Thread CPU time rather than wall time, so that other work on a shared machine
 * weighs less. Uses only the public {@link ArticleStore} API, so the class can be copied into an
 * older tree to measure before and after on the same index.
 *
 * <p>Usage: {@code bench/run SearchPageCost DATA [ROUNDS]} (default 300 rounds after 100 warm-up rounds per query).
 */
public final class SearchPageCost {
  private SearchPageCost() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<String> queries = List.of("", "سوريا", "\"الاتفاق النووي\"", "لافروف كيري");
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      for (boolean all : new boolean[] {false, true}) {
        for (String q : queries) {
          SearchRequest request = SearchRequest.of(q).withDuplicates(all);
          for (int i = 0; i < 100; i++) store.search(request);
          double[] ms = new double[rounds];
          long total = 0;
          for (int i = 0; i < rounds; i++) {
            long t = cpu.getCurrentThreadCpuTime();
            total = store.search(request).total();
            ms[i] = (cpu.getCurrentThreadCpuTime() - t) / 1e6;
          }
          Arrays.sort(ms);
          System.out.printf("%-22s %-4s total %5d  CPU median %6.3f ms  p90 %6.3f ms%n",
              q.isEmpty() ? "(blank)" : q, all ? "all" : "", total, ms[rounds / 2], ms[rounds * 9 / 10]);
        }
      }
    }
  }
}

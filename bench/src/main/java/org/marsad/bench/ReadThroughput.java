package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.RawDocument;

/**
 * Reading speed of {@link Sources#read}: documents, failures and body characters per second
 * over the given paths (archives are decompressed on the fly). One warm-up pass, then one
 * measured pass.
 *
 * <p>Usage: {@code bench/run ReadThroughput PATH...}
 */
public final class ReadThroughput {
  private ReadThroughput() {}

  public static void main(String[] args) throws Exception {
    List<Path> paths = new ArrayList<>();
    for (String a : args) {
      paths.add(Path.of(a));
    }
    long bytes = 0;
    for (Path p : paths) {
      try (var files = Files.walk(p)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          bytes += Files.size(f);
        }
      }
    }
    run(paths); // warm-up
    long t0 = System.nanoTime();
    long[] counts = run(paths);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("documents %d, failures %d, body chars %d, input %.1f MB on disk, in %.2f s%n",
        counts[0], counts[1], counts[2], bytes / 1e6, seconds);
    System.out.printf("%.0f documents/s, %.1f M body chars/s%n", counts[0] / seconds, counts[2] / seconds / 1e6);
  }

  private static long[] run(List<Path> paths) {
    long[] counts = new long[3];
    Map<String, Integer> reasons = new TreeMap<>();
    Sources.read(paths, new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        counts[0]++;
        counts[2] += document.body().length();
      }

      @Override
      public void failed(String origin, String reason, byte[] b) {
        counts[1]++;
        reasons.merge(reason, 1, Integer::sum);
      }
    });
    return counts;
  }
}

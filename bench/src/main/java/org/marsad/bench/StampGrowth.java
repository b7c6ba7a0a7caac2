package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.marsad.bench.RegistryRegisterCost.Registration;
import org.marsad.bench.RegistryRegisterCost.StoredArticle;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * How the registry's change stamps ({@code changedAt}, what {@link EntityRegistry#unchanged} compares) grow
 * over a long ingest: replays the names of DATA's stored articles into an empty in-memory registry, in the
 * order stored, and when a later publication day than any before begins (and at the end) prints the stamps by kind, their retained
 * bytes as laid out by a 64-bit JVM with compressed pointers (hash-map node 32, String 24, its bytes 16 + n
 * Latin-1 or 2n UTF-16 rounded to 8, a boxed Long 16, a table slot 4), the registration CPU and the heap in
 * use after a full GC. At the end the stamps are cleared and the heap measured again (their real retained
 * size, to check the estimate). Reads {@code changedAt} by reflection, so it runs on any jar since session 24.
 *
 * <p>Usage: {@code bench/run StampGrowth DATA_DIR}
 */
public final class StampGrowth {
  private StampGrowth() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]).resolve("index");
    List<StoredArticle> articles = RegistryRegisterCost.readArticles(index);
    List<String> days = publishedDays(index);
    if (days.size() != articles.size()) throw new IllegalStateException("days " + days.size() + " vs articles " + articles.size());
    System.out.printf(Locale.ROOT, "%s  %d articles; load %s%n", Instant.now(), articles.size(),
        Files.readString(Path.of("/proc/loadavg")).strip());
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    var field = EntityRegistry.class.getDeclaredField("changedAt");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Long> stamps = (Map<String, Long>) field.get(registry);
    var cpu = ManagementFactory.getThreadMXBean();
    long registrations = 0, ns = 0, maxKeys = 0;
    String day = null;
    for (int i = 0; i < articles.size(); i++) {
      String d = days.get(i);
      if (day != null && d.compareTo(day) > 0) report(day, i, registrations, ns, stamps, maxKeys, false); // a later day begins
      if (day == null || d.compareTo(day) > 0) day = d;
      for (Registration g : articles.get(i).registrations()) {
        long c0 = cpu.getCurrentThreadCpuTime();
        registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles());
        ns += cpu.getCurrentThreadCpuTime() - c0;
        registrations++;
        maxKeys = Math.max(maxKeys, stamps.size());
      }
    }
    report(day, articles.size(), registrations, ns, stamps, maxKeys, true);
  }

  private static void report(String day, int articles, long registrations, long ns, Map<String, Long> stamps, long maxKeys, boolean last) {
    Map<String, Integer> byKind = new TreeMap<>();
    long bytes = 0;
    for (String k : stamps.keySet()) {
      byKind.merge(k.substring(0, k.indexOf('|') + 1), 1, Integer::sum);
      boolean latin1 = k.chars().allMatch(c -> c < 256);
      bytes += 32 + 24 + align(16 + (latin1 ? k.length() : 2L * k.length())) + 16;
    }
    bytes += 4L * tableSize(stamps.size());
    long used = usedAfterGc();
    System.out.printf(Locale.ROOT, "%s day %s (after article %d) registrations %d register CPU %.3f ms/article; stamps %d (max so far %d) %s; retained ≈ %.2f MB; heap used after GC %.1f MB; load %s%n",
        Instant.now(), day, articles, registrations, ns / 1e6 / articles, stamps.size(), maxKeys, byKind, bytes / 1e6, used / 1e6,
        readLoad());
    if (last) {
      stamps.clear();
      long cleared = usedAfterGc();
      System.out.printf(Locale.ROOT, "stamps cleared: heap used after GC %.1f MB (the stamps held %.1f MB)%n", cleared / 1e6, (used - cleared) / 1e6);
    }
  }

  private static long align(long n) {
    return (n + 7) / 8 * 8;
  }

  private static long tableSize(int entries) {
    long n = 16;
    while (n * 3 / 4 < entries) n *= 2;
    return n;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static String readLoad() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "?";
    }
  }

  /** The publication day ({@code published}'s first 10 characters) of each stored article, in the order {@link RegistryRegisterCost#readArticles} reads them. */
  private static List<String> publishedDays(Path index) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> days = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        var stored = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) continue;
          String text = RegistryRegisterCost.inflate(stored.document(d).getField("json"));
          if (text == null) continue;
          String published = json.readTree(text).path("published").asText("");
          days.add(published.length() >= 10 ? published.substring(0, 10) : "none");
        }
      }
    }
    return days;
  }
}

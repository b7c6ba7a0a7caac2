package org.marsad.nlp.trend;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mention counts per key (a canonical entity id, a topic label) per day. Thread-safe; the
 * per-key maps are sorted by day so a series can be read in order.
 */
public final class DailyCounts {
  private final Map<String, TreeMap<LocalDate, Integer>> counts = new ConcurrentHashMap<>();

  /** Adds {@code n} mentions of {@code key} on {@code day}. */
  public void add(String key, LocalDate day, int n) {
    TreeMap<LocalDate, Integer> series = counts.computeIfAbsent(key, k -> new TreeMap<>());
    synchronized (series) {
      series.merge(day, n, Integer::sum);
    }
  }

  /** The count of one key on one day (0 when none). */
  public int get(String key, LocalDate day) {
    TreeMap<LocalDate, Integer> series = counts.get(key);
    if (series == null) return 0;
    synchronized (series) {
      return series.getOrDefault(day, 0);
    }
  }

  /** Every key counted so far. */
  public Iterable<String> keys() {
    return counts.keySet();
  }

  /** A copy of one key's series (day → count). */
  public TreeMap<LocalDate, Integer> series(String key) {
    TreeMap<LocalDate, Integer> series = counts.get(key);
    if (series == null) return new TreeMap<>();
    synchronized (series) {
      return new TreeMap<>(series);
    }
  }
}

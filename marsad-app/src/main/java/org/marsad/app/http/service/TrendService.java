package org.marsad.app.http.service;

import java.io.IOException;
import java.util.List;

/** What is rising: entities and terms mentioned more in a recent window than before it. */
@FunctionalInterface
public interface TrendService {
  /**
   * @param days  length of the recent window in days
   * @param limit how many trends to return
   */
  List<Trend> trends(int days, int limit) throws IOException;

  /**
   * One trend.
   *
   * @param kind     "entity", "term" or "topic"
   * @param key      entity id, normalised term or topic label
   * @param label    what to show
   * @param count    mentions in the recent window
   * @param baseline mentions per window in the reference period before it
   * @param score    how unusual the rise is (higher is more unusual)
   * @param id       the registry id of an entity, null for a topic (session 11)
   * @param day      the day of the burst (session 11)
   * @param stdDev   the baseline's standard deviation (session 11)
   * @param baselineDays the covered days the baseline was measured over (session 11)
   */
  record Trend(String kind, String key, String label, long count, double baseline, double score, String id, String day,
               double stdDev, int baselineDays) {}
}

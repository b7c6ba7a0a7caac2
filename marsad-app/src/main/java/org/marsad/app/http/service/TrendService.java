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
   * The trends with what the collection let them see (the API's {@code X-Marsad-Trends-*} headers,
   * docs/api.md): an empty list can mean no burst, days too few to score, or counts cut at a cap.
   * A service that does not know its coverage answers with it unknown.
   *
   * @param offset how many of the ranked trends to skip first (the API's {@code offset}: a list
   *               longer than {@code limit} is read page by page)
   */
  default Report report(int days, int offset, int limit) throws IOException {
    List<Trend> first = trends(days, offset + limit);
    return new Report(first.subList(Math.min(offset, first.size()), first.size()), null, -1, -1, -1);
  }

  /**
   * @param trends       as {@link #trends}
   * @param complete     whether every day's counts were complete (no facet at its cap); null if unknown
   * @param coveredDays  days of the collection that have articles enough to be covered; -1 if unknown
   * @param unscoredDays reported days with too few covered baseline days to be scored; -1 if unknown
   * @param found        bursts found before offset and limit cut the list (more than {@code trends}
   *                     lists when they did cut it); -1 if unknown
   */
  record Report(List<Trend> trends, Boolean complete, int coveredDays, int unscoredDays, int found) {}

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

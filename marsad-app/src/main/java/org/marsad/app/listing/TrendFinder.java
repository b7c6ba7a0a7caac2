package org.marsad.app.listing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.nlp.trend.Burst;
import org.marsad.nlp.trend.BurstDetector;
import org.marsad.nlp.trend.DailyCounts;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Bursts of entities and topics: daily article counts per canonical entity and per topic from
 * the index's facets, against each key's trailing baseline ({@link BurstDetector}). Each day's
 * facets are asked for every value (up to {@link SearchRequest#MAX_FACET_LIMIT} per dimension
 * and day, far above the number of distinct people, organisations or places of a day of news),
 * so an entity far down a busy day's list is counted like the top ones; {@link Trends#complete}
 * says whether some day reached that cap. Keys are {@code person:NAME}, {@code org:NAME},
 * {@code place:NAME} (the canonical name) and {@code topic:LABEL}.
 */
public final class TrendFinder {
  static final String[] DIMENSIONS = {"person", "org", "place", "topic"};

  /** The bursts, and whether every day's counts were complete (no facet reached its cap). */
  public record Trends(List<Burst> bursts, boolean complete) {}

  private final ArticleStore store;

  public TrendFinder(ArticleStore store) {
    this.store = store;
  }

  /**
   * @param days number of days reported, ending at {@code last} (null: the newest day in the index)
   */
  public List<Burst> bursts(int days, LocalDate last, int window, double minZ, int minCount) throws IOException {
    return trends(days, last, window, minZ, minCount).bursts();
  }

  /** As {@link #bursts}, with the completeness flag. */
  public Trends trends(int days, LocalDate last, int window, double minZ, int minCount) throws IOException {
    if (days < 1) throw new IllegalArgumentException("days must be 1 or more, got " + days);
    if (minCount < 1) throw new IllegalArgumentException("minCount must be 1 or more, got " + minCount);
    BurstDetector detector = new BurstDetector(window, minZ, minCount);
    List<Burst> bursts = new ArrayList<>();
    List<LocalDate> indexed = indexedDays();
    if (indexed.isEmpty()) return new Trends(bursts, true);
    LocalDate end = last != null ? last : indexed.get(indexed.size() - 1);
    DailyCounts counts = new DailyCounts();
    boolean complete = true;
    // Only the days that have articles are asked for (the day histogram): a day without any, before
    // the oldest article, between two or after the newest, counts 0 for every key, so a window of
    // years (--days 100000) costs the days that have articles, not one search per calendar day.
    LocalDate first = end.minusDays(days - 1L + window);
    for (LocalDate d : indexed) {
      if (d.isBefore(first) || d.isAfter(end)) continue;
      // near-duplicates are left out, as in search: a wire re-crawled ten times is not ten mentions
      SearchResult r = store.search(SearchRequest.of("from:" + d + " to:" + d).withPage(0, 0)
          .withFacetLimit(SearchRequest.MAX_FACET_LIMIT));
      for (String dim : DIMENSIONS) {
        List<FacetValue> values = r.facets().getOrDefault(dim, List.of());
        if (values.size() >= SearchRequest.MAX_FACET_LIMIT) complete = false;
        for (FacetValue v : values) counts.add(dim + ":" + v.value(), d, (int) v.count());
      }
    }
    // a day without articles has no burst (a burst needs minCount ≥ 1 mentions)
    LocalDate firstReported = end.minusDays(days - 1L);
    for (LocalDate d : indexed) {
      if (!d.isBefore(firstReported) && !d.isAfter(end)) bursts.addAll(detector.bursts(counts, d));
    }
    bursts.sort(Comparator.comparing(Burst::day).reversed().thenComparing(Comparator.comparingDouble(Burst::zScore).reversed()));
    return new Trends(bursts, complete);
  }

  /** The publication days that have articles, oldest first, from the day histogram (every non-empty day, in order). */
  List<LocalDate> indexedDays() throws IOException {
    SearchResult r = store.search(SearchRequest.of("").withPage(0, 0));
    List<LocalDate> days = new ArrayList<>();
    for (FacetValue v : r.facets().getOrDefault("date", List.of())) {
      if (v.count() == 0) continue; // a histogram that lists empty days too
      try {
        days.add(LocalDate.parse(v.value().substring(0, 10)));
      } catch (RuntimeException notADay) { /* only day buckets are asked for */ }
    }
    days.sort(Comparator.naturalOrder());
    return days;
  }
}

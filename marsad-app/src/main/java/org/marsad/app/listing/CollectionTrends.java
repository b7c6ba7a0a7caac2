package org.marsad.app.listing;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.http.service.TrendService;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.trend.Burst;
import org.marsad.store.ArticleStore;

/**
 * The API's trends over the {@link TrendFinder}, as {@code marsad trends} with its defaults (7-day
 * baseline of at least 4 covered days, z ≥ 2, at least 3 articles).
 */
public final class CollectionTrends implements TrendService {
  private final TrendFinder finder;

  /** @param clock today's date in UTC: only today can be the day being collected ({@link TrendFinder}) */
  public CollectionTrends(ArticleStore store, EntityRegistry registry, Clock clock) {
    this.finder = new TrendFinder(store, registry, clock);
  }

  @Override
  public List<Trend> trends(int days, int limit) throws IOException {
    return report(days, 0, limit).trends();
  }

  @Override
  public Report report(int days, int offset, int limit) throws IOException {
    List<Trend> out = new ArrayList<>();
    TrendFinder.Trends t = finder.trends(Math.max(1, days), null, 7, 2.0, 3);
    List<Burst> bursts = t.bursts();
    for (Burst b : bursts.subList(Math.min(Math.max(0, offset), bursts.size()), bursts.size())) {
      if (out.size() >= limit) break;
      out.add(new Trend(t.dimension(b), t.displayKey(b), t.name(b), b.count(), b.baseline(), b.zScore(), t.id(b),
          b.day().toString(), b.stdDev(), b.baselineDays()));
    }
    return new Report(out, t.complete(), t.covered().size(), t.unscoredDays().size(), t.bursts().size());
  }
}

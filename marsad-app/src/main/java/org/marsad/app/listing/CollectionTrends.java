package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.http.service.TrendService;
import org.marsad.nlp.trend.Burst;
import org.marsad.store.ArticleStore;

/** The API's trends over the {@link TrendFinder} (7-day baseline, z ≥ 2, at least 3 articles). */
public final class CollectionTrends implements TrendService {
  private final TrendFinder finder;

  public CollectionTrends(ArticleStore store) {
    this.finder = new TrendFinder(store);
  }

  @Override
  public List<Trend> trends(int days, int limit) throws IOException {
    List<Trend> out = new ArrayList<>();
    for (Burst b : finder.bursts(Math.max(1, days), null, 7, 2.0, 3)) {
      if (out.size() >= limit) break;
      int colon = b.key().indexOf(':');
      out.add(new Trend(b.key().substring(0, colon), b.key(), b.key().substring(colon + 1), b.count(), b.baseline(), b.zScore()));
    }
    return out;
  }
}

package org.marsad.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest.DateBucket;

/**
 * Facet counts of the hits: the top values (as many as the request asks, 10 by default) of
 * source, city, topic, person, org, place and story, and
 * a date histogram with every non-empty day or month in date order.
 */
final class FacetCounts {
  private static final String[] TOP_DIMS = {
    ArticleFields.FACET_SOURCE, ArticleFields.FACET_CITY, ArticleFields.FACET_TOPIC,
    ArticleFields.FACET_PERSON, ArticleFields.FACET_ORG, ArticleFields.FACET_PLACE, ArticleFields.FACET_STORY,
  };

  private FacetCounts() {}

  /** Facet name → values; dimensions no article has are left out. {@code state} null means an empty index. */
  static Map<String, List<FacetValue>> count(SortedSetDocValuesReaderState state, FacetsCollector hits, DateBucket bucket,
                                            int top) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    if (state == null) return out;
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    for (String dim : TOP_DIMS) {
      if (state.getOrdRange(dim) == null) continue;
      out.put(dim, values(counts.getTopChildren(top, dim)));
    }
    String dateDim = bucket == DateBucket.MONTH ? ArticleFields.FACET_MONTH : ArticleFields.FACET_DAY;
    if (state.getOrdRange(dateDim) != null) {
      List<FacetValue> histogram = new ArrayList<>(values(counts.getAllChildren(dateDim)));
      histogram.sort(Comparator.comparing(FacetValue::value));
      out.put("date", histogram);
    }
    return out;
  }

  private static List<FacetValue> values(FacetResult result) {
    List<FacetValue> list = new ArrayList<>();
    if (result == null) return list;
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) list.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return list;
  }
}

package org.marsad.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest.DateBucket;

/**
 * Facet counts of the hits: the top values (as many as the request asks, 10 by default) of
 * source, city, topic, person, org, place and story, and
 * a date histogram with every non-empty day or month in date order.
 *
 * <p>The counts and their order are those of Lucene's {@code SortedSetDocValuesFacetCounts}
 * (a value's count is the number of hits that have it; the top values by count, ties by label
 * in index order), computed in one pass over the hits' facet ordinals. Lucene's class allocates
 * a counter for every ordinal of the index and then scans every ordinal of each dimension asked
 * for, whatever the number of hits; the entity dimensions have tens of thousands of values, so
 * that scan was most of the step for a page with a few hundred hits. Here only the ordinals the
 * hits have are visited, in a counter array reused from a small pool (cleared after use).
 */
final class FacetCounts {
  private static final String[] TOP_DIMS = {
    ArticleFields.FACET_SOURCE, ArticleFields.FACET_CITY, ArticleFields.FACET_TOPIC,
    ArticleFields.FACET_PERSON, ArticleFields.FACET_ORG, ArticleFields.FACET_PLACE, ArticleFields.FACET_STORY,
  };
  /**
   * Counter arrays by global ordinal, all zero while pooled. A small shared pool rather than one
   * per thread: a server has many request threads, and an array is as long as the index has
   * facet values.
   */
  private static final ConcurrentLinkedDeque<int[]> COUNTERS = new ConcurrentLinkedDeque<>();
  private static final int POOLED_COUNTERS = 4;

  private FacetCounts() {}

  /**
   * Facet name → values, every facet present: an empty list when no hit has a value, also when no
   * article of the index has that facet or the index is empty ({@code state} null). Scripts read
   * {@code facets.city} on any answer; SolrCloud answers the same way (session 16: an empty index
   * gave {@code "facets": {}}, a fresh install's first search).
   */
  static Map<String, List<FacetValue>> count(SortedSetDocValuesReaderState state, FacetsCollector hits, DateBucket bucket,
                                            int top) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : TOP_DIMS) out.put(dim, List.of());
    out.put("date", List.of());
    if (state == null) return out;
    int[] counts = takeCounters(state.getSize());
    Touched touched = new Touched();
    boolean cleared = false;
    try {
      SortedSetDocValues labels = state.getDocValues(); // index-wide: global ordinals, labels
      countHits(state, labels, hits, counts, touched);
      touched.sort(counts, state.getSize());
      for (String dim : TOP_DIMS) {
        OrdRange range = state.getOrdRange(dim);
        if (range != null) out.put(dim, top(range, counts, touched, top, labels));
      }
      String dateDim = bucket == DateBucket.MONTH ? ArticleFields.FACET_MONTH : ArticleFields.FACET_DAY;
      OrdRange dates = state.getOrdRange(dateDim);
      if (dates != null) {
        List<FacetValue> histogram = all(dates, counts, touched, labels);
        histogram.sort(Comparator.comparing(FacetValue::value));
        out.put("date", histogram);
      }
      for (int i = 0; i < touched.size; i++) counts[touched.ords[i]] = 0;
      cleared = true;
    } finally {
      if (cleared && COUNTERS.size() < POOLED_COUNTERS) COUNTERS.push(counts); // else left to the collector
    }
    return out;
  }

  /** A zeroed counter array of at least {@code size} entries. */
  private static int[] takeCounters(int size) {
    int[] counts = COUNTERS.poll();
    return counts != null && counts.length >= size ? counts : new int[size];
  }

  /** Adds one to the count of each facet ordinal of each hit (global ordinals across segments). */
  private static void countHits(SortedSetDocValuesReaderState state, SortedSetDocValues indexWide, FacetsCollector hits,
                                int[] counts, Touched touched) throws IOException {
    OrdinalMap globalOrds = indexWide instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      if (m.totalHits == 0) continue;
      SortedSetDocValues dv = m.context.reader().getSortedSetDocValues(state.getField());
      if (dv == null) continue;
      LongValues toGlobal = globalOrds == null ? LongValues.IDENTITY : globalOrds.getGlobalOrds(m.context.ord);
      DocIdSetIterator docs = m.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!dv.advanceExact(doc)) continue;
        for (int i = 0, n = dv.docValueCount(); i < n; i++) {
          int ord = (int) toGlobal.get(dv.nextOrd());
          if (counts[ord]++ == 0) touched.add(ord);
        }
      }
    }
  }

  /** The {@code top} values of a dimension with hits, by count, ties in ordinal (label) order as Lucene breaks them. */
  private static List<FacetValue> top(OrdRange range, int[] counts, Touched touched, int top, SortedSetDocValues labels)
      throws IOException {
    int from = touched.firstAtLeast(range.start);
    int to = touched.firstAtLeast(range.end + 1);
    // A key per value, larger is better: the count, then the lower ordinal.
    long[] best = new long[Math.min(top, to - from)];
    int filled = 0;
    for (int i = from; i < to; i++) {
      int ord = touched.ords[i];
      long key = ((long) counts[ord] << 32) | (Integer.MAX_VALUE - ord);
      if (filled < best.length) {
        best[filled++] = key;
        if (filled == best.length) MinHeap.heapify(best);
      } else if (key > best[0]) {
        best[0] = key;
        MinHeap.siftDown(best, 0);
      }
    }
    Arrays.sort(best);
    List<FacetValue> list = new ArrayList<>(best.length);
    for (int i = best.length - 1; i >= 0; i--) {
      int ord = Integer.MAX_VALUE - (int) best[i];
      list.add(new FacetValue(label(labels, ord), (int) (best[i] >>> 32)));
    }
    return list;
  }

  /** Every value of a dimension with hits, in ordinal order. */
  private static List<FacetValue> all(OrdRange range, int[] counts, Touched touched, SortedSetDocValues labels) throws IOException {
    int from = touched.firstAtLeast(range.start);
    int to = touched.firstAtLeast(range.end + 1);
    List<FacetValue> list = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) list.add(new FacetValue(label(labels, touched.ords[i]), counts[touched.ords[i]]));
    return list;
  }

  /** The value part of an ordinal's {@code dim␟value} term, as Lucene's facet results give it. */
  private static String label(SortedSetDocValues labels, int ord) throws IOException {
    String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
    return path[path.length - 1];
  }

  /** The ordinals the hits have, each once. */
  private static final class Touched {
    int[] ords = new int[64];
    int size;

    void add(int ord) {
      if (size == ords.length) ords = Arrays.copyOf(ords, size * 2);
      ords[size++] = ord;
    }

    /**
     * Puts the ordinals in order: sorted when the hits have few, read off the counters in one
     * scan when they have many (a listing of every article touches most ordinals).
     */
    void sort(int[] counts, int ordinals) {
      if (size < ordinals / 16) {
        Arrays.sort(ords, 0, size);
        return;
      }
      int n = 0;
      for (int ord = 0; ord < ordinals; ord++) {
        if (counts[ord] > 0) ords[n++] = ord;
      }
    }

    /** Index of the first ordinal ≥ {@code ord} (after {@link #sort}). */
    int firstAtLeast(int ord) {
      int i = Arrays.binarySearch(ords, 0, size, ord);
      return i >= 0 ? i : -i - 1;
    }
  }

  /** A binary min-heap of keys in an array (the worst of the best values found so far at index 0). */
  private static final class MinHeap {
    private MinHeap() {}

    static void heapify(long[] a) {
      for (int i = a.length / 2 - 1; i >= 0; i--) siftDown(a, i);
    }

    static void siftDown(long[] a, int i) {
      while (true) {
        int smallest = i;
        int l = 2 * i + 1;
        int r = l + 1;
        if (l < a.length && a[l] < a[smallest]) smallest = l;
        if (r < a.length && a[r] < a[smallest]) smallest = r;
        if (smallest == i) return;
        long t = a[i];
        a[i] = a[smallest];
        a[smallest] = t;
        i = smallest;
      }
    }
  }
}

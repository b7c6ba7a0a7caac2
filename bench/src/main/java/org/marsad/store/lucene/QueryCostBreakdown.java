package org.marsad.store.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.FSDirectory;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.SearchRequest;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.query.*;
import org.apache.lucene.facet.sortedset.*;
import org.apache.lucene.facet.FacetsConfig;

/**
 * CPU time of each step of a Marsad search ({@link LuceneArticleStore#search}, repeated step by
 * step, with the store's own classes) over title queries: parse and build, search with facet
 * collection, weights alone, facet counts, the page's stored fields (bodies included), snippets. Lives in the store package to reach its package-private parts.
 *
 * <p>Usage: {@code bench/run org.marsad.store.lucene.QueryCostBreakdown INDEX_DIR LOG_DIR N [THREADS]}:
 * an index (DATA/index) and the article log whose first N shuffled titles are the queries; two
 * rounds, the second reported. THREADS above 1 gives the searcher an executor of that many
 * threads (then the search step's CPU time is only the calling thread's: see its wall and
 * process CPU lines).
 */
public final class QueryCostBreakdown {
  private QueryCostBreakdown() {}

  /** As the store sorts by relevance: score, ties by content id. */
  private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, new SortField(ArticleFields.ID_ORDER, SortField.Type.STRING));

  public static void main(String[] a) throws Exception {
    Path index = Path.of(a[0]);
    List<String> titles = new ArrayList<>();
    ArticleLog.scan(Path.of(a[1]), r -> titles.add(ArticleJson.read(r.json()).title()), d -> {});
    List<String> qs = new ArrayList<>();
    for (String t : titles) { if (t == null) continue; String q = t.replaceAll("[\"“”«»:()]", " ").replaceAll("(^|\\s)-", " ").replace(" OR ", " ").strip(); if (!q.isEmpty()) qs.add(q); }
    Collections.shuffle(qs, new Random(42));
    int n = Integer.parseInt(a[2]);
    qs = qs.subList(0, Math.min(n, qs.size()));
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    Analyzer analyzer = IndexAnalyzers.create();
    LuceneQueryBuilder qb = new LuceneQueryBuilder(analyzer);
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(dir)) {
      int threads = a.length > 3 ? Integer.parseInt(a[3]) : 1;
      IndexSearcher s = threads > 1 ? new IndexSearcher(r, java.util.concurrent.Executors.newFixedThreadPool(threads, t -> {
        Thread th = new Thread(t);
        th.setDaemon(true);
        return th;
      })) : new IndexSearcher(r);
      System.out.println("searcher threads " + threads + ", slices " + s.getSlices().length);
      s.setSimilarity(LuceneArticleStore.SIMILARITY);
      System.out.println("segments " + r.leaves().size() + " docs " + r.numDocs());
      FacetsConfig fc = ArticleDocuments.facetsConfig();
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(r, fc);
      String[] names = {"parse+build", "search+collect", "facetcounts", "snippets", "stored (with bodies)", "createWeight only",
          "scorers only (per leaf)", "iterate+score only", "search+collect wall", "search+collect process CPU"};
      for (int round = 0; round < 2; round++) {
        long hits = 0;
        long[][] t = new long[names.length][qs.size()];
        for (int i = 0; i < qs.size(); i++) {
          long c0 = tb.getCurrentThreadCpuTime();
          MarsadQuery parsed = MarsadQueryParser.parse(qs.get(i));
          LuceneQueryBuilder.PageQueries built = qb.pageQueries(parsed, false); // as the store
          Query q = built.search();
          Query hq = built.highlight();
          long c1 = tb.getCurrentThreadCpuTime();
          long w1 = System.nanoTime();
          long p1 = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
          FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(s, q, 10, BY_SCORE, false, new FacetsCollectorManager());
          hits += fr.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
          long c2 = tb.getCurrentThreadCpuTime();
          t[8][i] = System.nanoTime() - w1;
          t[9][i] = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() - p1;
          FacetCounts.count(state, fr.facetsCollector(), SearchRequest.DateBucket.DAY, 10);
          long c3 = tb.getCurrentThreadCpuTime();
          // as the store: the page's stored fields (with the bodies) once, then the snippets
          ScoreDoc[] page = fr.topDocs().scoreDocs;
          int[] docs = new int[page.length];
          for (int k = 0; k < docs.length; k++) docs[k] = page[k].doc;
          PageDocs.Stored[] stored = PageDocs.read(s.storedFields(), docs);
          String[] bodies = new String[docs.length];
          for (int k = 0; k < docs.length; k++) bodies[k] = stored[k].body();
          long c4 = tb.getCurrentThreadCpuTime();
          Snippets.forHits(s, analyzer, hq, docs, bodies);
          long c5 = tb.getCurrentThreadCpuTime();
          s.createWeight(s.rewrite(q), ScoreMode.COMPLETE, 1f);
          long c6 = tb.getCurrentThreadCpuTime();
          Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE, 1f);
          long c7 = tb.getCurrentThreadCpuTime();
          List<Scorer> scorers = new ArrayList<>();
          for (LeafReaderContext leaf : r.leaves()) scorers.add(w.scorer(leaf));
          long c8 = tb.getCurrentThreadCpuTime();
          for (Scorer sc : scorers) {
            if (sc == null) continue;
            DocIdSetIterator it = sc.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) sc.score();
          }
          long c9 = tb.getCurrentThreadCpuTime();
          t[6][i] = c8 - c7; t[7][i] = c9 - c8;
          t[0][i] = c1 - c0; t[1][i] = c2 - c1; t[2][i] = c3 - c2; t[4][i] = c4 - c3; t[3][i] = c5 - c4; t[5][i] = c6 - c5;
        }
        if (round == 0) continue;
        System.out.printf(Locale.ROOT, "%d queries, mean hits %.0f%n", qs.size(), hits / (double) qs.size());
        for (int k = 0; k < names.length; k++) {
          long[] x = t[k].clone(); Arrays.sort(x); long sum = 0; for (long v : x) sum += v;
          System.out.printf(Locale.ROOT, "%-22s mean %.2f ms p50 %.2f p99 %.2f%n", names[k], sum / 1e6 / x.length, x[x.length / 2] / 1e6, x[(int) (x.length * 0.99)] / 1e6);
        }
      }
    }
  }
}

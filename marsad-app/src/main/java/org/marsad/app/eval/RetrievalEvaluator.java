package org.marsad.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.store.lucene.FreeTextRanking;

/**
 * Compares rankings on a {@link RetrievalCollection}: for each one, the documents go into a fresh
 * in-memory Lucene index, every judged query becomes a disjunction of its words, and the top 10
 * are scored with {@link RetrievalMetrics}. All columns share one similarity (BM25, Lucene's
 * defaults k1=1.2, b=0.75 unless the caller chooses).
 * <ul>
 *   <li>{@code marsad}: what Marsad's search does ({@link FreeTextRanking}: the store's analysers,
 *       each word's readings scored as one BM25F term, plus its root reading), with the words as
 *       alternatives;</li>
 *   <li>{@code lucene-arabic}, {@code standard}: the stock analyser on one field, the query built
 *       by Lucene's QueryBuilder (terms at one position become a synonym query).</li>
 * </ul>
 */
public final class RetrievalEvaluator {
  static final String ID = "id";
  static final String TEXT = "text";
  static final int DEPTH = 10;

  private RetrievalEvaluator() {}

  /**
   * How one column indexes and queries: the (per-field) analyser documents are indexed with, the
   * fields their text goes into, and the query made from a query text (null when nothing is left
   * of it).
   */
  public record Ranking(Analyzer analyzer, List<String> fields, Function<String, Query> query) {
    /** Documents go into one field. */
    public Ranking(Analyzer analyzer, String field, Function<String, Query> query) {
      this(analyzer, List.of(field), query);
    }

    /** A stock analyser on one field, queried through Lucene's QueryBuilder disjunction. */
    public static Ranking of(Analyzer analyzer) {
      QueryBuilder builder = new QueryBuilder(analyzer);
      return new Ranking(analyzer, TEXT, text -> builder.createBooleanQuery(TEXT, text));
    }

    /** Marsad's search ranking ({@link FreeTextRanking}). */
    public static Ranking marsad() {
      FreeTextRanking r = new FreeTextRanking();
      return new Ranking(r.analyzer(), r.fields(), r::anyWord);
    }
  }

  /** The rankings compared by {@code marsad eval retrieval}, by report name, in report order. */
  public static Map<String, Ranking> standardRankings() {
    Map<String, Ranking> m = new LinkedHashMap<>();
    m.put("marsad", Ranking.marsad());
    m.put("lucene-arabic", Ranking.of(new ArabicAnalyzer()));
    m.put("standard", Ranking.of(new StandardAnalyzer()));
    return m;
  }

  /** Scores every ranking on the collection with Lucene's default BM25. */
  public static Map<String, RetrievalScores> compare(RetrievalCollection c, Map<String, Ranking> rankings) {
    return compare(c, rankings, new BM25Similarity());
  }

  /** Scores every ranking on the collection, all with {@code similarity}. */
  public static Map<String, RetrievalScores> compare(RetrievalCollection c, Map<String, Ranking> rankings, Similarity similarity) {
    Map<String, RetrievalScores> out = new LinkedHashMap<>();
    rankings.forEach((name, r) -> out.put(name, evaluate(c, r, similarity)));
    return out;
  }

  /** Mean MRR@10, Recall@1, Recall@10 and nDCG@10 over the queries that have judgements. */
  public static RetrievalScores evaluate(RetrievalCollection c, Ranking ranking, Similarity similarity) {
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig cfg = new IndexWriterConfig(ranking.analyzer()).setSimilarity(similarity);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        for (Map.Entry<String, String> d : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StringField(ID, d.getKey(), Field.Store.YES));
          for (String f : ranking.fields()) doc.add(new TextField(f, d.getValue(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        double mrr = 0, r1 = 0, r10 = 0, ndcg = 0;
        int n = 0;
        for (Map.Entry<String, String> q : c.queries().entrySet()) {
          Map<String, Integer> judged = c.qrels().get(q.getKey());
          if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
          List<String> ranked = search(searcher, ranking.query().apply(q.getValue()));
          mrr += RetrievalMetrics.reciprocalRank(ranked, judged, DEPTH);
          r1 += RetrievalMetrics.recall(ranked, judged, 1);
          r10 += RetrievalMetrics.recall(ranked, judged, DEPTH);
          ndcg += RetrievalMetrics.ndcg(ranked, judged, DEPTH);
          n++;
        }
        return n == 0 ? new RetrievalScores(0, 0, 0, 0, 0)
            : new RetrievalScores(mrr / n, r1 / n, r10 / n, ndcg / n, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  private static List<String> search(IndexSearcher searcher, Query query) throws IOException {
    List<String> ids = new ArrayList<>();
    if (query == null) return ids; // every query word was a stop word
    for (ScoreDoc sd : searcher.search(query, DEPTH).scoreDocs) {
      ids.add(searcher.storedFields().document(sd.doc).get(ID));
    }
    return ids;
  }
}

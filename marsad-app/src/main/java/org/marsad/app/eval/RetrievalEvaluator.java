package org.marsad.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Compares analysers on a {@link RetrievalCollection}: for each one, the documents go into a
 * fresh in-memory Lucene index (BM25 with Lucene's defaults k1=1.2, b=0.75), every judged query
 * is analysed by the same analyser into a disjunction of its terms (Lucene's QueryBuilder: terms
 * at one position become a synonym query), and the top 10 are scored with {@link RetrievalMetrics}.
 */
public final class RetrievalEvaluator {
  static final String ID = "id";
  static final String TEXT = "text";
  static final int DEPTH = 10;

  private RetrievalEvaluator() {}

  /** The analysers compared by {@code marsad eval retrieval}, by report name, in report order. */
  public static Map<String, Analyzer> standardAnalyzers() {
    Map<String, Analyzer> m = new LinkedHashMap<>();
    m.put("marsad", new ArabicNewsAnalyzer());
    m.put("lucene-arabic", new ArabicAnalyzer());
    m.put("standard", new StandardAnalyzer());
    return m;
  }

  /** Scores every analyser on the collection. */
  public static Map<String, RetrievalScores> compare(RetrievalCollection c, Map<String, Analyzer> analyzers) {
    Map<String, RetrievalScores> out = new LinkedHashMap<>();
    analyzers.forEach((name, a) -> out.put(name, evaluate(c, a)));
    return out;
  }

  /** Mean MRR@10, Recall@1, Recall@10 and nDCG@10 over the queries that have judgements. */
  public static RetrievalScores evaluate(RetrievalCollection c, Analyzer analyzer) {
    BM25Similarity bm25 = new BM25Similarity();
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(bm25);
      try (IndexWriter w = new IndexWriter(dir, cfg)) {
        for (Map.Entry<String, String> d : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StringField(ID, d.getKey(), Field.Store.YES));
          doc.add(new TextField(TEXT, d.getValue(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(bm25);
        QueryBuilder builder = new QueryBuilder(analyzer);
        double mrr = 0, r1 = 0, r10 = 0, ndcg = 0;
        int n = 0;
        for (Map.Entry<String, String> q : c.queries().entrySet()) {
          Map<String, Integer> judged = c.qrels().get(q.getKey());
          if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
          List<String> ranked = search(searcher, builder.createBooleanQuery(TEXT, q.getValue()));
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

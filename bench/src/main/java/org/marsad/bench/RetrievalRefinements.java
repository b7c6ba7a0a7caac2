package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.app.eval.RetrievalMetrics;
import org.marsad.store.lucene.FreeTextRanking;

/**
 * Session-6 retrieval experiments on top of the store's ranking with root readings
 * ({@link FreeTextRanking}, bench/RESULTS.md "Retrieval quality on ARCD"): term proximity in the
 * manner of the sequential dependence model (Metzler and Croft 2005: adjacent query words as an
 * ordered bigram and as an unordered window), a coordination bonus per matched word, BM25
 * parameters of the root field apart from the body's, a second pass that weights down the
 * words all near hits share, and query-side word drops. {@code base} is the store's ranking;
 * {@code roots} and {@code rootw} set the root field's similarity themselves. None was kept
 * (bench/RESULTS.md). Develop on ARCD train and the ANT titles, never on test.
 *
 * <pre>bench/run RetrievalRefinements DIR [bm25:K1:B] [VARIANT-PREFIX...]</pre>
 * Prints MRR@10, Recall@1, Recall@10 and nDCG@10 of each variant whose name starts with one of
 * the prefixes (all when none).
 */
public final class RetrievalRefinements {
  static final String ID = "id";
  static final int DEPTH = 10;

  private RetrievalRefinements() {}

  /** A variant: the query of a query text (null: nothing left), and the similarity to search with. */
  record Variant(Function<String, Query> query, Similarity similarity) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RetrievalCollection c = RetrievalCollection.load(
        dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    String simSpec = args.length > 1 ? args[1] : "bm25:1.2:0.75";
    Similarity sim = RetrievalVariants.similarity(simSpec);
    List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    FreeTextRanking ranking = new FreeTextRanking();
    try (Directory d = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ranking.analyzer()).setSimilarity(sim))) {
        for (Map.Entry<String, String> e : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StringField(ID, e.getKey(), Field.Store.YES));
          for (String f : ranking.fields()) doc.add(new TextField(f, e.getValue(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        for (Map.Entry<String, Variant> v : variants(ranking, sim, simSpec).entrySet()) {
          if (!prefixes.isEmpty() && prefixes.stream().noneMatch(v.getKey()::startsWith)) continue;
          IndexSearcher s = new IndexSearcher(reader);
          s.setSimilarity(v.getValue().similarity());
          double mrr = 0, r1 = 0, r10 = 0, ndcg = 0;
          int n = 0;
          for (Map.Entry<String, String> q : c.queries().entrySet()) {
            Map<String, Integer> judged = c.qrels().get(q.getKey());
            if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
            Query query = v.getValue().query().apply(q.getValue());
            if (query == LOCAL_IDF) {
              int[] ka = LOCAL.get(v.getKey());
              query = localIdf(s, ranking, q.getValue(), ka[0], ka[1] / 100f);
            }
            List<String> ranked = RetrievalExpansion.top(s, query, DEPTH);
            mrr += RetrievalMetrics.reciprocalRank(ranked, judged, DEPTH);
            r1 += RetrievalMetrics.recall(ranked, judged, 1);
            r10 += RetrievalMetrics.recall(ranked, judged, DEPTH);
            ndcg += RetrievalMetrics.ndcg(ranked, judged, DEPTH);
            n++;
          }
          System.out.printf(Locale.ROOT, "%-40s MRR@10 %.4f  R@1 %.4f  R@10 %.4f  nDCG@10 %.4f%n",
              v.getKey(), mrr / n, r1 / n, r10 / n, ndcg / n);
        }
      }
    }
  }

  static Map<String, Variant> variants(FreeTextRanking r, Similarity sim, String simSpec) {
    Map<String, Variant> v = new LinkedHashMap<>();
    v.put("base", new Variant(r::anyWord, sim)); // the store's ranking
    float[] weights = {0.05f, 0.1f, 0.2f, 0.3f, 0.5f};
    for (float w : weights) {
      v.put("od1 w" + w, new Variant(q -> RetrievalExpansion.withClause(r.anyWord(q), pairs(r, q, RetrievalRefinements::bigram), w), sim));
    }
    for (float w : weights) { // the surface forms only (the analyser's first reading of each word)
      v.put("od1surface w" + w, new Variant(q -> RetrievalExpansion.withClause(r.anyWord(q),
          pairs(r, q, (a, b) -> bigram(a.subList(0, 1), b.subList(0, 1))), w), sim));
    }
    for (int window : new int[] {4, 8}) {
      for (float w : weights) {
        v.put("uw" + window + " w" + w, new Variant(q -> RetrievalExpansion.withClause(r.anyWord(q),
            pairs(r, q, (a, b) -> window(a, b, window, false)), w), sim));
      }
    }
    for (float w : weights) {
      v.put("ow8 w" + w, new Variant(q -> RetrievalExpansion.withClause(r.anyWord(q),
          pairs(r, q, (a, b) -> window(a, b, 8, true)), w), sim));
    }
    for (float[] ws : new float[][] {{0.1f, 0.05f}, {0.05f, 0.05f}, {0.2f, 0.1f}}) {
      v.put("sdm od " + ws[0] + " uw8 " + ws[1], new Variant(q -> RetrievalExpansion.withClause(
          RetrievalExpansion.withClause(r.anyWord(q), pairs(r, q, RetrievalRefinements::bigram), ws[0]),
          pairs(r, q, (a, b) -> window(a, b, 8, false)), ws[1]), sim));
    }
    for (float cw : new float[] {0.1f, 0.3f, 1f, 3f}) {
      v.put("coord w" + cw, new Variant(q -> RetrievalExpansion.withClause(r.anyWord(q), coord(r, q), cw), sim));
    }
    for (int k : new int[] {5, 10, 20}) {
      for (float a : new float[] {0.2f, 0.4f, 0.6f}) {
        v.put("localidf k" + k + " a" + a, new Variant(q -> LOCAL_IDF, sim));
        LOCAL.put("localidf k" + k + " a" + a, new int[] {k, Math.round(a * 100)});
      }
    }
    v.put("dedup", new Variant(q -> r.anyWord(deduplicated(r, q)), sim));
    v.put("qstop al", new Variant(q -> r.anyWord(without(q, List.of("ال"))), sim));
    v.put("qstop frame", new Variant(q -> r.anyWord(without(q, FRAME)), sim));
    v.put("qstop frame+al", new Variant(q -> r.anyWord(without(q, concat(FRAME, List.of("ال")))), sim));
    String[] p = simSpec.split(":");
    if (p[0].equals("bm25")) {
      float k1 = Float.parseFloat(p[1]), b = Float.parseFloat(p[2]);
      for (float rk1 : new float[] {0.6f, 0.9f, 1.2f, 1.5f, 2f}) {
        for (float rb : new float[] {0.3f, 0.5f, 0.75f, 0.9f}) {
          v.put("roots bm25 " + rk1 + " " + rb, new Variant(r::anyWord, rootsApart(new BM25Similarity(k1, b), new BM25Similarity(rk1, rb))));
        }
      }
      FreeTextRanking words = FreeTextRanking.wordsOnly();
      for (float[] kb : new float[][] {{1.2f, 0.75f}, {1.2f, 0.9f}, {0.9f, 0.9f}, {1.2f, 1f}}) {
        for (float rw : new float[] {0.7f, 1f, 1.5f, 2f}) {
          v.put("rootw " + kb[0] + " " + kb[1] + " w" + rw, new Variant(q -> RetrievalExpansion.withClause(words.anyWord(q),
              RetrievalExpansion.bag(r.analyzer(), FreeTextRanking.ROOTS_FIELD, q, false), rw),
              rootsApart(new BM25Similarity(k1, b), new BM25Similarity(kb[0], kb[1]))));
        }
      }
    }
    return v;
  }

  /** Nouns and verbs that frame a question rather than say what it is about (ما اسم، ما سبب، أين تقع …). */
  static final List<String> FRAME = List.of("اسم", "الاسم", "إسم", "عدد", "سبب", "معنى", "تعريف", "تسمى", "يسمى",
      "تقع", "يقع", "توجد", "يوجد", "ترتيب", "نسبة", "تعرف", "يعرف");

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The query without the given words (as written, after stripping a question mark). */
  static String without(String q, List<String> drop) {
    StringBuilder out = new StringBuilder();
    for (String w : q.strip().split("\\s+")) {
      if (!drop.contains(w.replace("؟", "").replace("?", ""))) out.append(w).append(' ');
    }
    return out.toString();
  }

  /** The query with each word whose readings repeat an earlier word's left out. */
  static String deduplicated(FreeTextRanking r, String q) {
    StringBuilder out = new StringBuilder();
    java.util.Set<List<String>> seen = new java.util.HashSet<>();
    for (String w : q.strip().split("\\s+")) {
      List<String> readings = RetrievalExpansion.terms(r.analyzer(), FreeTextRanking.FIELD, w);
      if (readings.isEmpty() || seen.add(readings)) out.append(w).append(' ');
    }
    return out.toString();
  }

  /** Marker query of the variants that need the searcher (see {@link #localIdf}). */
  static final Query LOCAL_IDF = new org.apache.lucene.search.MatchNoDocsQuery("local idf");
  static final Map<String, int[]> LOCAL = new LinkedHashMap<>();

  /**
   * Two passes: each word's clauses (its readings and its root) weighted 1 - a * (the share of
   * the first pass's top k documents that have the word), so that the words every near hit shares
   * (the subject) count less than the words that tell the hits apart.
   */
  static Query localIdf(IndexSearcher s, FreeTextRanking r, String q, int k, float a) throws IOException {
    Query base = r.anyWord(q);
    if (base == null) return null;
    org.apache.lucene.search.ScoreDoc[] top = s.search(base, k).scoreDocs;
    if (top.length == 0) return base;
    List<org.apache.lucene.util.BytesRef> ids = new ArrayList<>();
    for (org.apache.lucene.search.ScoreDoc sd : top) ids.add(new org.apache.lucene.util.BytesRef(s.storedFields().document(sd.doc).get(ID)));
    Query inTop = new org.apache.lucene.search.TermInSetQuery(ID, ids);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String word : q.strip().split("\\s+")) {
      Query w = word.isEmpty() ? null : r.anyWord(word);
      if (w == null) continue;
      int has = s.count(new BooleanQuery.Builder().add(w, Occur.FILTER).add(inTop, Occur.FILTER).build());
      b.add(new BoostQuery(w, 1 - a * has / (float) top.length), Occur.SHOULD);
    }
    return b.build();
  }

  /** {@code body} for every field but the root field, which gets {@code roots}. */
  static Similarity rootsApart(Similarity body, Similarity roots) {
    return new PerFieldSimilarityWrapper() {
      @Override
      public Similarity get(String field) {
        return field.equals(FreeTextRanking.ROOTS_FIELD) ? roots : body;
      }
    };
  }

  /** The readings of each word of {@code q} that the analyser keeps (stop words dropped). */
  static List<List<String>> words(FreeTextRanking r, String q) {
    List<List<String>> out = new ArrayList<>();
    for (String word : q.strip().split("\\s+")) {
      List<String> readings = RetrievalExpansion.terms(r.analyzer(), FreeTextRanking.FIELD, word);
      if (!readings.isEmpty()) out.add(readings);
    }
    return out;
  }

  interface PairQuery {
    Query of(List<String> a, List<String> b);
  }

  /** One clause per pair of adjacent words (after stop words), OR-ed; null when fewer than two words. */
  static Query pairs(FreeTextRanking r, String q, PairQuery pair) {
    List<List<String>> w = words(r, q);
    if (w.size() < 2) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < w.size(); i++) b.add(pair.of(w.get(i), w.get(i + 1)), Occur.SHOULD);
    return b.build();
  }

  /** The two words next to each other in order, any reading of each (BM25 of the phrase). */
  static Query bigram(List<String> a, List<String> b) {
    MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
    m.add(terms(a));
    m.add(terms(b));
    return m.build();
  }

  /** Both words within {@code window} positions (SDM's #uwN / #odN), any reading of each. */
  static Query window(List<String> a, List<String> b, int window, boolean ordered) {
    return new SpanNearQuery(new SpanQuery[] {spanOr(a), spanOr(b)}, window - 2, ordered);
  }

  private static SpanQuery spanOr(List<String> readings) {
    SpanQuery[] s = new SpanQuery[readings.size()];
    for (int i = 0; i < s.length; i++) s[i] = new SpanTermQuery(new Term(FreeTextRanking.FIELD, readings.get(i)));
    return s.length == 1 ? s[0] : new SpanOrQuery(s);
  }

  private static Term[] terms(List<String> readings) {
    Term[] t = new Term[readings.size()];
    for (int i = 0; i < t.length; i++) t[i] = new Term(FreeTextRanking.FIELD, readings.get(i));
    return t;
  }

  /** 1 for every query word a document has (any reading), whatever its frequency: a coordination bonus. */
  static Query coord(FreeTextRanking r, String q) {
    List<List<String>> w = words(r, q);
    if (w.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (List<String> readings : w) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String t : readings) any.add(new TermQuery(new Term(FreeTextRanking.FIELD, t)), Occur.SHOULD);
      b.add(new ConstantScoreQuery(any.build()), Occur.SHOULD);
    }
    return b.build();
  }
}

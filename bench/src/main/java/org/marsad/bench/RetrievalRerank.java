package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.marsad.app.eval.PairedComparison;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.app.eval.RetrievalMetrics;
import org.marsad.store.lucene.FreeTextRanking;

/**
 * Session-19 experiment: a learned linear re-ranker over the top k of the store's ranking
 * ({@link FreeTextRanking}). Each candidate gets general lexical features (BM25 of the surface
 * form, the light stem, the other readings and the root, each apart; the share of query words and
 * of their IDF mass matched; the tightest window holding the matched words; adjacent query pairs
 * adjacent in the text; document length) and a pairwise logistic model (RankNet with a linear
 * scorer, Burges et al. 2005) orders them. Hand-written: OpenNLP's maxent (GIS) is a pointwise
 * classifier that needs non-negative feature values, and a pairwise objective over feature
 * differences is neither; twenty lines of gradient descent are clearer than bending it.
 *
 * <pre>
 * bench/run RetrievalRerank cv DIR [K] [LAMBDA]                 5-fold CV (folds grouped by relevant document)
 * bench/run RetrievalRerank transfer TRAIN_DIR EVAL_DIR [K] [LAMBDA,...]   train on one collection, score another
 * </pre>
 * BM25 k1 1.2, b 0.75 (the evaluator's default) for the first pass and the features. Develop on
 * ARCD train and the ANT titles; ARCD test is scored once with {@code transfer}.
 */
public final class RetrievalRerank {
  static final String ID = "id";
  static final int DEPTH = 10;
  static final float K1 = 1.2f, B = 0.75f;

  static final String[] NAMES = {
      "first-pass score", "bm25 surface", "bm25 stem", "bm25 other readings", "bm25 root",
      "word coverage", "idf coverage", "root-only idf share", "window density", "adjacent pairs", "log length"};

  /** Features left out (indexes into {@link #NAMES}), for ablations: {@code -Ddrop=10,7}. */
  static final int[] DROPPED = System.getProperty("drop", "").isBlank() ? new int[0]
      : java.util.Arrays.stream(System.getProperty("drop").split(",")).mapToInt(Integer::parseInt).toArray();

  private RetrievalRerank() {}

  /** One query's candidates: features of each, and which are relevant. */
  record Candidates(String query, List<String> ids, double[][] x, boolean[] relevant, Map<String, Integer> judged) {}

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    if (mode.equals("cv")) {
      int k = args.length > 2 ? Integer.parseInt(args[2]) : 20;
      List<Candidates> all = extract(Path.of(args[1]), k);
      double[] lambdas = args.length > 3 ? new double[] {Double.parseDouble(args[3])} : new double[] {0.001, 0.01, 0.1, 1};
      report("first pass", all, null);
      for (double lambda : lambdas) cv(all, lambda, k);
    } else if (mode.equals("transfer")) {
      int k = args.length > 3 ? Integer.parseInt(args[3]) : 20;
      double[] lambdas = args.length > 4
          ? java.util.Arrays.stream(args[4].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[] {0.01};
      List<Candidates> train = extract(Path.of(args[1]), k);
      List<Candidates> eval = extract(Path.of(args[2]), k);
      report("first pass", eval, null);
      for (double lambda : lambdas) {
        Model m = Model.train(train, lambda);
        report(String.format(Locale.ROOT, "reranked k %d lambda %s", k, lambda), eval, m);
        System.out.println("  weights (standardised features): " + m.describe());
        double[] rr = new double[eval.size()], base = new double[eval.size()];
        for (int i = 0; i < eval.size(); i++) {
          rr[i] = RetrievalMetrics.reciprocalRank(m.rerank(eval.get(i)), eval.get(i).judged(), DEPTH);
          base[i] = RetrievalMetrics.reciprocalRank(eval.get(i).ids(), eval.get(i).judged(), DEPTH);
        }
        System.out.println("  RR against the first pass: " + PairedComparison.of(rr, base));
      }
    } else {
      throw new IllegalArgumentException("mode: cv or transfer");
    }
  }

  static void cv(List<Candidates> all, double lambda, int k) {
    // Folds grouped by the relevant document, so no paragraph is both trained and scored on.
    Map<String, Integer> fold = new HashMap<>();
    Random rnd = new Random(19);
    List<Candidates> shuffled = new ArrayList<>(all);
    java.util.Collections.shuffle(shuffled, rnd);
    int next = 0;
    for (Candidates c : shuffled) {
      String key = firstRelevant(c);
      if (!fold.containsKey(key)) fold.put(key, next++ % 5);
    }
    double[] sums = new double[4];
    double[] rr = new double[all.size()], base = new double[all.size()];
    for (int f = 0; f < 5; f++) {
      List<Candidates> tr = new ArrayList<>(), te = new ArrayList<>();
      for (Candidates c : all) (fold.get(firstRelevant(c)) == f ? te : tr).add(c);
      Model m = Model.train(tr, lambda);
      double[] s = scores(te, m);
      for (int i = 0; i < 4; i++) sums[i] += s[i] * te.size();
      for (int i = 0; i < all.size(); i++) {
        if (fold.get(firstRelevant(all.get(i))) != f) continue;
        rr[i] = RetrievalMetrics.reciprocalRank(m.rerank(all.get(i)), all.get(i).judged(), DEPTH);
        base[i] = RetrievalMetrics.reciprocalRank(all.get(i).ids(), all.get(i).judged(), DEPTH);
      }
    }
    for (int i = 0; i < 4; i++) sums[i] /= all.size();
    print(String.format(Locale.ROOT, "reranked k %d lambda %s (5-fold CV)", k, lambda), sums);
    System.out.println("  RR against the first pass: " + PairedComparison.of(rr, base));
    System.out.println("  weights on all: " + Model.train(all, lambda).describe());
  }

  static String firstRelevant(Candidates c) {
    return c.judged().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(c.query());
  }

  static void report(String name, List<Candidates> qs, Model m) {
    print(name, scores(qs, m));
  }

  static void print(String name, double[] s) {
    System.out.printf(Locale.ROOT, "%-45s MRR@10 %.4f  R@1 %.4f  R@10 %.4f  nDCG@10 %.4f%n", name, s[0], s[1], s[2], s[3]);
  }

  /** MRR@10, R@1, R@10, nDCG@10 of the candidates in first-pass order (m null) or re-ranked by m. */
  static double[] scores(List<Candidates> qs, Model m) {
    double[] s = new double[4];
    for (Candidates c : qs) {
      List<String> ranked = m == null ? c.ids() : m.rerank(c);
      s[0] += RetrievalMetrics.reciprocalRank(ranked, c.judged(), DEPTH);
      s[1] += RetrievalMetrics.recall(ranked, c.judged(), 1);
      s[2] += RetrievalMetrics.recall(ranked, c.judged(), DEPTH);
      s[3] += RetrievalMetrics.ndcg(ranked, c.judged(), DEPTH);
    }
    for (int i = 0; i < 4; i++) s[i] /= qs.size();
    return s;
  }

  /** A linear scorer over standardised features, trained with the pairwise logistic loss. */
  static final class Model {
    final double[] mean, sd, w;

    Model(double[] mean, double[] sd, double[] w) {
      this.mean = mean;
      this.sd = sd;
      this.w = w;
    }

    static Model train(List<Candidates> qs, double lambda) {
      int d = NAMES.length;
      double[] mean = new double[d], sd = new double[d];
      int n = 0;
      for (Candidates c : qs) for (double[] x : c.x()) { n++; for (int j = 0; j < d; j++) mean[j] += x[j]; }
      for (int j = 0; j < d; j++) mean[j] /= Math.max(1, n);
      for (Candidates c : qs) for (double[] x : c.x()) for (int j = 0; j < d; j++) sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
      for (int j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] / Math.max(1, n)) + 1e-9;
      List<double[]> diffs = new ArrayList<>();
      for (Candidates c : qs) {
        for (int i = 0; i < c.x().length; i++) {
          if (!c.relevant()[i]) continue;
          for (int j = 0; j < c.x().length; j++) {
            if (c.relevant()[j]) continue;
            double[] z = new double[d];
            for (int f = 0; f < d; f++) z[f] = (c.x()[i][f] - c.x()[j][f]) / sd[f];
            diffs.add(z);
          }
        }
      }
      double[] w = new double[d];
      w[0] = 1; // start from the first pass
      double rate = 0.5;
      for (int it = 0; it < 400; it++) {
        double[] g = new double[d];
        for (double[] z : diffs) {
          double m = dot(w, z);
          double p = 1 / (1 + Math.exp(m)); // d/dm of log(1 + e^-m) is -p
          for (int f = 0; f < d; f++) g[f] -= p * z[f];
        }
        for (int f = 0; f < d; f++) w[f] -= rate * (g[f] / Math.max(1, diffs.size()) + lambda * w[f]);
      }
      return new Model(mean, sd, w);
    }

    double score(double[] x) {
      double s = 0;
      for (int f = 0; f < w.length; f++) s += w[f] * (x[f] - mean[f]) / sd[f];
      return s;
    }

    List<String> rerank(Candidates c) {
      Integer[] order = new Integer[c.ids().size()];
      for (int i = 0; i < order.length; i++) order[i] = i;
      double[] s = new double[order.length];
      for (int i = 0; i < order.length; i++) s[i] = score(c.x()[i]);
      java.util.Arrays.sort(order, (a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a]) : Integer.compare(a, b));
      List<String> out = new ArrayList<>();
      for (Integer i : order) out.add(c.ids().get(i));
      return out;
    }

    String describe() {
      StringBuilder b = new StringBuilder();
      for (int f = 0; f < w.length; f++) b.append(String.format(Locale.ROOT, "%s %.3f; ", NAMES[f], w[f]));
      return b.toString();
    }

    static double dot(double[] a, double[] b) {
      double s = 0;
      for (int i = 0; i < a.length; i++) s += a[i] * b[i];
      return s;
    }
  }

  // ---- features ----

  /** A text as the analysers see it: the readings at each position, and the roots. */
  record View(List<List<String>> readings, List<Integer> positions, Map<String, Integer> roots, int length) {}

  static List<Candidates> extract(Path dir, int k) throws IOException {
    RetrievalCollection c = RetrievalCollection.load(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    FreeTextRanking ranking = new FreeTextRanking();
    Analyzer a = ranking.analyzer();
    BM25Similarity sim = new BM25Similarity(K1, B);
    List<Candidates> out = new ArrayList<>();
    try (Directory d = new ByteBuffersDirectory()) {
      long totalLength = 0;
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(a).setSimilarity(sim))) {
        for (Map.Entry<String, String> e : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StringField(ID, e.getKey(), Field.Store.YES));
          for (String f : ranking.fields()) doc.add(new TextField(f, e.getValue(), Field.Store.NO));
          w.addDocument(doc);
          totalLength += view(a, e.getValue(), false).length();
        }
      }
      double avgLength = totalLength / (double) c.docs().size();
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(sim);
        Map<String, View> cache = new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, View> eldest) {
            return size() > 3000;
          }
        };
        for (Map.Entry<String, String> q : c.queries().entrySet()) {
          Map<String, Integer> judged = c.qrels().get(q.getKey());
          if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
          Query query = ranking.anyWord(q.getValue());
          List<String> ids = new ArrayList<>();
          List<Float> first = new ArrayList<>();
          if (query != null) {
            for (ScoreDoc sd : s.search(query, k).scoreDocs) {
              ids.add(s.storedFields().document(sd.doc).get(ID));
              first.add(sd.score);
            }
          }
          QueryWords words = QueryWords.of(a, reader, q.getValue());
          double[][] x = new double[ids.size()][];
          boolean[] rel = new boolean[ids.size()];
          for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            View v = cache.computeIfAbsent(id, key -> view(a, c.docs().get(key), true));
            x[i] = features(words, v, first.get(i), avgLength);
            rel[i] = judged.getOrDefault(id, 0) > 0;
          }
          normalisePerQuery(x);
          for (double[] r : x) for (int f : DROPPED) r[f] = 0; // an ablation: a constant feature gets no weight
          out.add(new Candidates(q.getKey(), ids, x, rel, judged));
        }
      }
    }
    return out;
  }

  /** The BM25 sums and the first-pass score as shares of the query's best candidate, so queries of different lengths compare. */
  static void normalisePerQuery(double[][] x) {
    for (int f = 0; f <= 4; f++) {
      double max = 0;
      for (double[] r : x) max = Math.max(max, r[f]);
      if (max > 0) for (double[] r : x) r[f] /= max;
    }
  }

  /** The query's words that the analyser keeps: readings (surface first), root, IDFs. */
  record QueryWords(List<List<String>> readings, List<String> roots, double[] idfSurface, double[] idfStem, double[] idfAny, double[] idfRoot) {
    static QueryWords of(Analyzer a, DirectoryReader r, String text) throws IOException {
      List<List<String>> readings = new ArrayList<>();
      List<String> roots = new ArrayList<>();
      for (String word : text.strip().split("\\s+")) {
        List<String> rd = RetrievalExpansion.terms(a, FreeTextRanking.FIELD, word);
        if (rd.isEmpty()) continue;
        readings.add(rd);
        List<String> root = RetrievalExpansion.terms(a, FreeTextRanking.ROOTS_FIELD, word);
        roots.add(root.size() == 1 ? root.get(0) : null);
      }
      int n = readings.size();
      double[] s = new double[n], st = new double[n], any = new double[n], rt = new double[n];
      int docs = r.numDocs();
      for (int i = 0; i < n; i++) {
        List<String> rd = readings.get(i);
        s[i] = idf(r.docFreq(new Term(FreeTextRanking.FIELD, rd.get(0))), docs);
        st[i] = idf(r.docFreq(new Term(FreeTextRanking.FIELD, rd.get(Math.min(1, rd.size() - 1)))), docs);
        int maxDf = 0;
        for (String t : rd) maxDf = Math.max(maxDf, r.docFreq(new Term(FreeTextRanking.FIELD, t)));
        any[i] = idf(maxDf, docs);
        rt[i] = roots.get(i) == null ? 0 : idf(r.docFreq(new Term(FreeTextRanking.ROOTS_FIELD, roots.get(i))), docs);
      }
      return new QueryWords(readings, roots, s, st, any, rt);
    }
  }

  static double idf(int df, int n) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  static double bm25(double tf, double idf, double length, double avgLength) {
    return tf == 0 ? 0 : idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avgLength));
  }

  static double[] features(QueryWords q, View v, double firstPass, double avgLength) {
    int n = q.readings().size();
    double surface = 0, stem = 0, other = 0, root = 0, idfAll = 0, idfMatched = 0, idfRootOnly = 0;
    int matched = 0;
    List<List<Integer>> where = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> rd = q.readings().get(i);
      String qs = rd.get(0), qt = rd.get(Math.min(1, rd.size() - 1));
      Set<String> qOther = new HashSet<>(rd.subList(Math.min(2, rd.size()), rd.size()));
      Set<String> qAll = new HashSet<>(rd);
      int tfS = 0, tfT = 0, tfO = 0;
      List<Integer> at = new ArrayList<>();
      for (int p = 0; p < v.readings().size(); p++) {
        List<String> dr = v.readings().get(p);
        boolean any = false;
        if (dr.get(0).equals(qs)) { tfS++; any = true; }
        if (dr.get(Math.min(1, dr.size() - 1)).equals(qt)) { tfT++; any = true; }
        boolean o = false;
        for (int j = 0; j < dr.size(); j++) {
          if (qAll.contains(dr.get(j)) && (j >= 2 || qOther.contains(dr.get(j)))) o = true;
        }
        if (o) { tfO++; any = true; }
        if (!any) for (String t : dr) if (qAll.contains(t)) { any = true; break; }
        if (any) at.add(v.positions().get(p));
      }
      int tfR = q.roots().get(i) == null ? 0 : v.roots().getOrDefault(q.roots().get(i), 0);
      surface += bm25(tfS, q.idfSurface()[i], v.length(), avgLength);
      stem += bm25(tfT, q.idfStem()[i], v.length(), avgLength);
      other += bm25(tfO, q.idfAny()[i], v.length(), avgLength);
      root += bm25(tfR, q.idfRoot()[i], v.length(), avgLength);
      idfAll += q.idfAny()[i];
      if (!at.isEmpty()) {
        matched++;
        idfMatched += q.idfAny()[i];
        where.add(at);
      } else if (tfR > 0) {
        idfRootOnly += q.idfAny()[i];
      }
    }
    return new double[] {
        firstPass, surface, stem, other, root,
        n == 0 ? 0 : matched / (double) n,
        idfAll == 0 ? 0 : idfMatched / idfAll,
        idfAll == 0 ? 0 : idfRootOnly / idfAll,
        where.size() < 2 ? 0 : where.size() / (double) minimalSpan(where),
        adjacentPairs(q, v),
        Math.log(1 + v.length())};
  }

  /** Length in positions of the shortest stretch of text holding one occurrence of each matched word. */
  static int minimalSpan(List<List<Integer>> where) {
    List<int[]> events = new ArrayList<>(); // position, word
    for (int w = 0; w < where.size(); w++) for (int p : where.get(w)) events.add(new int[] {p, w});
    events.sort((x, y) -> Integer.compare(x[0], y[0]));
    int[] count = new int[where.size()];
    int have = 0, best = Integer.MAX_VALUE, lo = 0;
    for (int hi = 0; hi < events.size(); hi++) {
      if (count[events.get(hi)[1]]++ == 0) have++;
      while (have == where.size()) {
        best = Math.min(best, events.get(hi)[0] - events.get(lo)[0] + 1);
        if (--count[events.get(lo)[1]] == 0) have--;
        lo++;
      }
    }
    return best;
  }

  /** Share of adjacent query-word pairs (after stop words) found next to each other, in order, any readings. */
  static double adjacentPairs(QueryWords q, View v) {
    int n = q.readings().size();
    if (n < 2) return 0;
    Map<Integer, Integer> index = new HashMap<>();
    for (int p = 0; p < v.positions().size(); p++) index.put(v.positions().get(p), p);
    int found = 0;
    for (int i = 0; i + 1 < n; i++) {
      Set<String> a = new HashSet<>(q.readings().get(i)), b = new HashSet<>(q.readings().get(i + 1));
      for (int p = 0; p + 1 < v.readings().size(); p++) {
        if (v.positions().get(p + 1) != v.positions().get(p) + 1) continue;
        if (v.readings().get(p).stream().anyMatch(a::contains) && v.readings().get(p + 1).stream().anyMatch(b::contains)) {
          found++;
          break;
        }
      }
    }
    return found / (double) (n - 1);
  }

  /** The readings at each position of the body analysis and the root counts; {@code full} false: the length only. */
  static View view(Analyzer a, String text, boolean full) {
    List<List<String>> readings = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    Map<String, Integer> roots = new HashMap<>();
    try (TokenStream ts = a.tokenStream(FreeTextRanking.FIELD, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        if (inc.getPositionIncrement() > 0 || readings.isEmpty()) {
          pos += Math.max(1, inc.getPositionIncrement());
          readings.add(new ArrayList<>());
          positions.add(pos);
        }
        if (full) readings.get(readings.size() - 1).add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!full) return new View(List.of(), List.of(), Map.of(), readings.size());
    for (String r : RetrievalExpansion.terms(a, FreeTextRanking.ROOTS_FIELD, text)) roots.merge(r, 1, Integer::sum);
    return new View(readings, positions, roots, readings.size());
  }
}

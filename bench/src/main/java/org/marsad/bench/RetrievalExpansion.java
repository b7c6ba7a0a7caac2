package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.app.eval.RetrievalMetrics;
import org.marsad.store.lucene.FreeTextRanking;
import org.marsad.text.analysis.ArabicNewsAnalyzer;
import org.marsad.text.analysis.ArabicNewsTokenizer;
import org.marsad.text.stem.ArabicLightStemmer;
import org.marsad.text.stem.ArabicRootStemmer;

/**
 * Session-4 retrieval experiments (bench/RESULTS.md, "Retrieval quality on ARCD"): additions to
 * the store's ranking ({@link FreeTextRanking}) that need more than a per-word query: pseudo-
 * relevance feedback (RM3), a character n-gram field as a low-weight extra clause, and a light
 * root reading. Develop on ARCD train and the ANT titles, never on test.
 *
 * <pre>bench/run RetrievalExpansion DIR [SIMILARITY] [VARIANT-PREFIX...]</pre>
 * (with {@code BENCH_JAVA_OPTS=-Dgrams=s3} only the stem 3-gram field is indexed, which makes the
 * 10k-article ANT collection several times faster when no other n-gram variant is asked for).
 * Prints MRR@10, Recall@1, Recall@10 and nDCG@10 of each variant whose name starts with one of
 * the prefixes (all when none).
 */
public final class RetrievalExpansion {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String GRAM = "gram";
  static final String ROOT = "root";
  static final String SNOW = "snow";
  static final String ISRI = "isri";
  static final int DEPTH = 10;

  /** Which n-gram fields to index (all unless -Dgrams=s3,4 names fewer: they cost most of the indexing time). */
  static final List<String> GRAM_FIELDS = List.of(System.getProperty("grams", "3,4,5,s3,s4").split(","));

  private RetrievalExpansion() {}

  /** What a variant sees: the searcher, the query text; returns the ranked ids. */
  interface Variant {
    List<String> rank(Ctx ctx, String query) throws IOException;
  }

  record Ctx(IndexSearcher searcher, FreeTextRanking ranking, Map<String, String> docs) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RetrievalCollection c = RetrievalCollection.load(
        dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    Similarity sim = RetrievalVariants.similarity(args.length > 1 ? args[1] : "bm25:1.2:0.75");
    List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    FreeTextRanking ranking = FreeTextRanking.wordsOnly(); // session 4's starting point
    Analyzer perField = new PerFieldAnalyzerWrapper(ranking.analyzer(), Map.of(
        GRAM + 3, grams(3, false), GRAM + 4, grams(4, false), GRAM + 5, grams(5, false),
        GRAM + "s3", grams(3, true), GRAM + "s4", grams(4, true),
        ROOT, roots(), SNOW, snowball(false), SNOW + "root", snowball(true), ISRI, isri(false), ISRI + "s", isri(true)));
    try (Directory d = new ByteBuffersDirectory()) {
      IndexWriterConfig cfg = new IndexWriterConfig(perField).setSimilarity(sim);
      try (IndexWriter w = new IndexWriter(d, cfg)) {
        for (Map.Entry<String, String> e : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StringField(ID, e.getKey(), Field.Store.YES));
          doc.add(new TextField(FreeTextRanking.FIELD, e.getValue(), Field.Store.NO));
          for (String g : GRAM_FIELDS) doc.add(new TextField(GRAM + g, e.getValue(), Field.Store.NO));
          doc.add(new TextField(ROOT, e.getValue(), Field.Store.NO));
          doc.add(new TextField(SNOW, e.getValue(), Field.Store.NO));
          doc.add(new TextField(ISRI, e.getValue(), Field.Store.NO));
          doc.add(new TextField(ISRI + "s", e.getValue(), Field.Store.NO));
          doc.add(new TextField(SNOW + "root", e.getValue(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(sim);
        Ctx ctx = new Ctx(s, ranking, c.docs());
        Map<String, Analyzer> analyzers = Map.of(GRAM + 3, grams(3, false), GRAM + 4, grams(4, false),
            GRAM + 5, grams(5, false), GRAM + "s3", grams(3, true), GRAM + "s4", grams(4, true), ROOT, roots(),
            SNOW, snowball(false), SNOW + "root", snowball(true), ISRI, isri(false), ISRI + "s", isri(true));
        for (Map.Entry<String, Variant> v : variants(analyzers).entrySet()) {
          if (!prefixes.isEmpty() && prefixes.stream().noneMatch(v.getKey()::startsWith)) continue;
          double mrr = 0, r1 = 0, r10 = 0, ndcg = 0;
          int n = 0;
          for (Map.Entry<String, String> q : c.queries().entrySet()) {
            Map<String, Integer> judged = c.qrels().get(q.getKey());
            if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
            List<String> ranked = v.getValue().rank(ctx, q.getValue());
            mrr += RetrievalMetrics.reciprocalRank(ranked, judged, DEPTH);
            r1 += RetrievalMetrics.recall(ranked, judged, 1);
            r10 += RetrievalMetrics.recall(ranked, judged, DEPTH);
            ndcg += RetrievalMetrics.ndcg(ranked, judged, DEPTH);
            n++;
          }
          System.out.printf(Locale.ROOT, "%-44s MRR@10 %.4f  R@1 %.4f  R@10 %.4f  nDCG@10 %.4f%n",
              v.getKey(), mrr / n, r1 / n, r10 / n, ndcg / n);
        }
      }
    }
  }

  static Map<String, Variant> variants(Map<String, Analyzer> a) {
    Map<String, Variant> v = new LinkedHashMap<>();
    v.put("base", (c, q) -> top(c.searcher, c.ranking.anyWord(q), DEPTH));
    for (String g : List.of("3", "4", "5", "s3", "s4")) {
      for (float w : new float[] {0.1f, 0.2f, 0.4f, 0.7f, 1f}) {
        v.put("gram" + g + " w" + w, (c, q) -> top(c.searcher, withClause(c.ranking.anyWord(q), bag(a.get(GRAM + g), GRAM + g, q, true), w), DEPTH));
      }
    }
    for (float w : new float[] {0.2f, 0.5f, 0.7f, 1f, 1.5f}) {
      v.put("root w" + w, (c, q) -> top(c.searcher, withClause(c.ranking.anyWord(q), bag(a.get(ROOT), ROOT, q, false), w), DEPTH));
    }
    for (String f : List.of(SNOW, SNOW + "root", ISRI, ISRI + "s")) {
      for (float w : new float[] {0.2f, 0.5f, 1f, 1.5f, 2f, 3f}) {
        v.put(f + " w" + w, (c, q) -> top(c.searcher, withClause(c.ranking.anyWord(q), bag(a.get(f), f, q, false), w), DEPTH));
      }
    }
    for (float w : new float[] {1f, 1.5f}) {
      for (float gw : new float[] {0.2f, 0.4f}) {
        v.put("combo isris w" + w + " grams3 w" + gw, (c, q) -> top(c.searcher, withClause(withClause(c.ranking.anyWord(q),
            bag(a.get(ISRI + "s"), ISRI + "s", q, false), w), bag(a.get(GRAM + "s3"), GRAM + "s3", q, true), gw), DEPTH));
      }
    }
    for (float w : new float[] {0.3f, 0.5f}) {
      for (float gw : new float[] {0.2f, 0.4f}) {
        v.put("combo root w" + w + " grams3 w" + gw, (c, q) -> top(c.searcher, withClause(withClause(c.ranking.anyWord(q),
            bag(a.get(ROOT), ROOT, q, false), w), bag(a.get(GRAM + "s3"), GRAM + "s3", q, true), gw), DEPTH));
      }
    }
    for (int k : new int[] {3, 5, 10}) {
      for (int t : new int[] {10, 20}) {
        for (float l : new float[] {0.2f, 0.4f, 0.6f}) {
          v.put("rm3 k" + k + " t" + t + " l" + l, (c, q) -> rm3(c, q, k, t, l));
        }
      }
    }
    for (double df : new double[] {0.5, 0.3, 0.2}) {
      v.put("prune df>" + df, (c, q) -> top(c.searcher, pruned(c, q, df), DEPTH));
    }
    return v;
  }

  /** The ranked ids of the top {@code n}. */
  static List<String> top(IndexSearcher s, Query q, int n) throws IOException {
    List<String> ids = new ArrayList<>();
    if (q == null) return ids;
    for (ScoreDoc sd : s.search(q, n).scoreDocs) ids.add(s.storedFields().document(sd.doc).get(ID));
    return ids;
  }

  static Query withClause(Query base, Query extra, float weight) {
    if (base == null) return extra == null ? null : new BoostQuery(extra, weight);
    if (extra == null) return base;
    return new BooleanQuery.Builder().add(base, Occur.SHOULD).add(new BoostQuery(extra, weight), Occur.SHOULD).build();
  }

  /**
   * The analysed terms of {@code q} on {@code field} as a bag of SHOULD term queries; when
   * {@code perWord}, each word's terms are scaled by 1/(number of its terms), so that a long word
   * (many n-grams) counts as much as a short one.
   */
  static Query bag(Analyzer a, String field, String q, boolean perWord) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String word : q.strip().split("\\s+")) {
      List<String> terms = terms(a, field, word);
      for (String t : terms) {
        Query tq = new TermQuery(new Term(field, t));
        b.add(perWord ? new BoostQuery(tq, 1f / terms.size()) : tq, Occur.SHOULD);
        n++;
      }
    }
    b.setMinimumNumberShouldMatch(0);
    return n == 0 ? null : n > 1024 ? null : b.build();
  }

  static List<String> terms(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * RM3: the top {@code k} documents of the first pass, each term's relevance-model weight
   * sum_D P(w|D) * score(D) / sum score, the {@code t} heaviest as a weighted bag of body terms
   * with total weight {@code l} * (number of query words), next to the original query with weight 1-l.
   */
  static List<String> rm3(Ctx c, String q, int k, int t, float l) throws IOException {
    Query base = c.ranking.anyWord(q);
    if (base == null) return List.of();
    TopDocs first = c.searcher.search(base, k);
    Map<String, Double> rm = new HashMap<>();
    double total = 0;
    for (ScoreDoc sd : first.scoreDocs) total += sd.score;
    for (ScoreDoc sd : first.scoreDocs) {
      String text = c.docs.get(c.searcher.storedFields().document(sd.doc).get(ID));
      List<String> terms = terms(c.ranking.analyzer(), FreeTextRanking.FIELD, text);
      Map<String, Integer> tf = new HashMap<>();
      for (String x : terms) tf.merge(x, 1, Integer::sum);
      double dw = sd.score / total;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        rm.merge(e.getKey(), dw * e.getValue() / terms.size(), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> best = new ArrayList<>(rm.entrySet());
    best.removeIf(e -> e.getKey().length() < 2);
    best.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    best = best.subList(0, Math.min(t, best.size()));
    double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
    int words = ((BooleanQuery) base).clauses().size();
    BooleanQuery.Builder exp = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> e : best) {
      exp.add(new BoostQuery(new TermQuery(new Term(FreeTextRanking.FIELD, e.getKey())), (float) (e.getValue() / sum * words)), Occur.SHOULD);
    }
    Query all = new BooleanQuery.Builder()
        .add(new BoostQuery(base, 1 - l), Occur.SHOULD)
        .add(new BoostQuery(exp.build(), l), Occur.SHOULD).build();
    return top(c.searcher, all, DEPTH);
  }

  /** The query without the words whose every reading is in more than {@code maxDf} of the documents. */
  static Query pruned(Ctx c, String q, double maxDf) throws IOException {
    StringBuilder kept = new StringBuilder();
    int n = c.searcher.getIndexReader().numDocs();
    for (String word : q.strip().split("\\s+")) {
      List<String> terms = terms(c.ranking.analyzer(), FreeTextRanking.FIELD, word);
      if (terms.isEmpty()) continue;
      int df = 0;
      for (String t : terms) df = Math.max(df, c.searcher.getIndexReader().docFreq(new Term(FreeTextRanking.FIELD, t)));
      if (df <= maxDf * n) kept.append(word).append(' ');
    }
    Query p = c.ranking.anyWord(kept.toString());
    return p == null ? c.ranking.anyWord(q) : p;
  }

  /** Marsad's normalised words ({@link ArabicNewsAnalyzer#normalisedWords}) with {@code then} on top. */
  static Analyzer onNormalisedWords(java.util.function.UnaryOperator<TokenStream> then) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new ArabicNewsTokenizer();
        return new TokenStreamComponents(source, then.apply(ArabicNewsAnalyzer.normalisedWords(source)));
      }
    };
  }

  /** Character n-grams of each normalised word (or of its light stem), words shorter than n kept whole. */
  static Analyzer grams(int n, boolean ofStem) {
    return onNormalisedWords(r -> new NGramTokenFilter(ofStem ? new Rewrite(r, ArabicLightStemmer::stem) : r, n, n, true));
  }

  /** Lucene's Snowball Arabic stemmer on Marsad's normalised words (optionally then {@link #root}). */
  static Analyzer snowball(boolean thenRoot) {
    return onNormalisedWords(r -> {
      TokenStream stems = new org.apache.lucene.analysis.snowball.SnowballFilter(r, new org.tartarus.snowball.ext.ArabicStemmer());
      return thenRoot ? new Rewrite(stems, RetrievalExpansion::root) : stems;
    });
  }

  /** The ISRI root ({@link ArabicRootStemmer}) of each normalised word, or of its light stem. */
  static Analyzer isri(boolean ofStem) {
    return onNormalisedWords(r -> new Rewrite(r, ofStem ? w -> ArabicRootStemmer.root(ArabicLightStemmer.stem(w)) : ArabicRootStemmer::root));
  }

  /** A light root reading of each word's stem (see {@link #root}). */
  static Analyzer roots() {
    return onNormalisedWords(r -> new Rewrite(r, w -> root(ArabicLightStemmer.stem(w))));
  }

  /**
   * A crude hand-made triliteral reading of a light stem, measured before the ISRI algorithm
   * ({@link ArabicRootStemmer}) was written: a final ه, one derivational prefix (است مست ان مت
   * ت م ي ا ن), inner long vowels ا و ي and the ت of افتعل are dropped while more than three
   * letters are left.
   */
  static String root(String stem) {
    StringBuilder s = new StringBuilder(stem);
    if (s.length() <= 3) return s.toString();
    if (s.length() > 3 && s.charAt(s.length() - 1) == 'ه') s.setLength(s.length() - 1);
    // prefixes of derived forms: است، ان، ت، م، ي، ا
    String[] pre = {"است", "مست", "ان", "مت", "ت", "م", "ي", "ا", "ن"};
    for (String p : pre) {
      if (s.length() - p.length() >= 3 && s.indexOf(p) == 0) {
        s.delete(0, p.length());
        break;
      }
    }
    // long vowels inside (فاعل، فعول، فعيل، افتعال)
    for (int i = s.length() - 2; i >= 1 && s.length() > 3; i--) {
      char ch = s.charAt(i);
      if (ch == 'ا' || ch == 'و' || ch == 'ي') s.deleteCharAt(i);
    }
    // infixed ت of افتعل (اجتمع → جمع) when 4 letters remain with ت second
    if (s.length() == 4 && s.charAt(1) == 'ت') s.deleteCharAt(1);
    if (s.length() > 3 && (s.charAt(s.length() - 1) == 'ي' || s.charAt(s.length() - 1) == 'ا')) s.setLength(s.length() - 1);
    return s.toString();
  }

  /** Rewrites each term with a function (empty results keep the term). */
  static final class Rewrite extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Function<String, String> f;

    Rewrite(TokenStream in, Function<String, String> f) {
      super(in);
      this.f = f;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      String r = f.apply(term.toString());
      if (r != null && !r.isEmpty()) term.setEmpty().append(r);
      return true;
    }
  }
}

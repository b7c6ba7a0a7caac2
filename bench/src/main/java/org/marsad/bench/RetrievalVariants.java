package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.similarities.AfterEffectL;
import org.apache.lucene.search.similarities.AxiomaticF2EXP;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.BasicModelIn;
import org.apache.lucene.search.similarities.DFRSimilarity;
import org.apache.lucene.search.similarities.DistributionLL;
import org.apache.lucene.search.similarities.IBSimilarity;
import org.apache.lucene.search.similarities.LMDirichletSimilarity;
import org.apache.lucene.search.similarities.LMJelinekMercerSimilarity;
import org.apache.lucene.search.similarities.LambdaDF;
import org.apache.lucene.search.similarities.NormalizationH2;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.app.eval.RetrievalEvaluator;
import org.marsad.app.eval.RetrievalEvaluator.Ranking;
import org.marsad.text.analysis.ArabicLightStemFilter;
import org.marsad.text.analysis.ArabicNewsAnalyzer;
import org.marsad.text.analysis.ArabicNewsTokenizer;
import org.marsad.text.analysis.ArabicSpellingVariantFilter;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * The retrieval variants measured for issue 3 (bench/RESULTS.md, "Retrieval quality on ARCD"):
 * analysis and query construction alternatives to Marsad's, on a collection in the
 * {@code marsad eval retrieval} format. Develop on ARCD train, never on test.
 *
 * <pre>bench/run RetrievalVariants DIR [SIMILARITY...]</pre>
 * DIR holds docs.jsonl, queries.jsonl and qrels.tsv; each SIMILARITY is {@code bm25:K1:B}, {@code bm25all:K1:B} (overlapping tokens counted in the length),
 * {@code lmd:MU}, {@code lmjm:LAMBDA}, {@code dfr} (I(n)L2), {@code ib} (LL-D2) or {@code f2exp} (default {@code bm25:1.2:0.75}). Prints
 * MRR@10 of every variant under every similarity.
 */
public final class RetrievalVariants {
  private static final String STEM = "stem";
  private static final String EXACT = "exact";
  private static final Analyzer MARSAD = new ArabicNewsAnalyzer();
  private static final Analyzer MARSAD_EXACT = ArabicNewsAnalyzer.exact();
  private static final Analyzer LUCENE = new ArabicAnalyzer();

  private RetrievalVariants() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RetrievalCollection c = RetrievalCollection.load(
        dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    List<String> sims = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("bm25:1.2:0.75");
    Map<String, Ranking> variants = variants();
    for (String s : sims) {
      System.out.println("== " + s);
      for (Map.Entry<String, Ranking> v : variants.entrySet()) {
        double mrr = RetrievalEvaluator.evaluate(c, v.getValue(), similarity(s)).mrr10();
        System.out.printf(Locale.ROOT, "%-34s %.4f%n", v.getKey(), mrr);
      }
    }
  }

  static Map<String, Ranking> variants() {
    Map<String, Ranking> v = new LinkedHashMap<>();
    v.put("lucene-arabic", Ranking.of(LUCENE));
    v.put("lucene-arabic+proximity(0.1,slop4)", proximity(LUCENE, LUCENE, 0.1f, 4));
    v.put("marsad-store (eval column)", Ranking.marsad());
    v.put("marsad one field, readings as synonyms", Ranking.of(MARSAD));
    v.put("readings surface:stem:other 1:.5:.5", weighted(1f, 0.5f, 0.5f));
    v.put("readings 1:.3:.3", weighted(1f, 0.3f, 0.3f));
    v.put("readings .5:1:1", weighted(0.5f, 1f, 1f));
    v.put("readings 1:1:.5", weighted(1f, 1f, 0.5f));
    v.put("stem field + exact field summed", stemPlusExact());
    v.put("marsad+proximity(0.1,slop4)", proximity(MARSAD, MARSAD_EXACT, 0.1f, 4));
    v.put("marsad+proximity(0.5,slop8)", proximity(MARSAD, MARSAD_EXACT, 0.5f, 8));
    v.put("+reading: Lucene ArabicStemmer stem", extra(w -> List.of(luceneStem(w))));
    v.put("+reading: nisba ي off the stem", extra(w -> listOf(nisba(w))));
    v.put("+reading: verb prefix ي/ت/ن off", extra(w -> listOf(verbPrefix(w, "يتن"))));
    v.put("+reading: verb prefix ي off", extra(w -> listOf(verbPrefix(w, "ي"))));
    v.put("+reading: dual ان off the stem", extra(w -> listOf(dual(w))));
    v.put("+reading: article only off", extra(w -> listOf(withoutArticle(w))));
    return v;
  }

  static Similarity similarity(String spec) {
    String[] p = spec.split(":");
    return switch (p[0]) {
      case "bm25" -> new BM25Similarity(Float.parseFloat(p[1]), Float.parseFloat(p[2]));
      // document length counting every token, also the readings at a word's position (Lucene's
      // default discounts them from the length but not from the average length)
      case "bm25all" -> new BM25Similarity(Float.parseFloat(p[1]), Float.parseFloat(p[2]), false);
      case "lmd" -> new LMDirichletSimilarity(Float.parseFloat(p[1]));
      case "lmjm" -> new LMJelinekMercerSimilarity(Float.parseFloat(p[1]));
      case "dfr" -> new DFRSimilarity(new BasicModelIn(), new AfterEffectL(), new NormalizationH2());
      case "ib" -> new IBSimilarity(new DistributionLL(), new LambdaDF(), new NormalizationH2());
      case "f2exp" -> new AxiomaticF2EXP();
      default -> throw new IllegalArgumentException("unknown similarity " + spec);
    };
  }

  /** Marsad's analyser, one field; per word a synonym query with weights by kind of reading. */
  private static Ranking weighted(float surface, float stem, float other) {
    return new Ranking(MARSAD, STEM, text -> {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      int n = 0;
      for (List<String> readings : positions(MARSAD, text)) {
        String st = ArabicLightStemmer.stem(readings.get(0));
        SynonymQuery.Builder s = new SynonymQuery.Builder(STEM);
        for (int i = 0; i < readings.size(); i++) {
          s.addTerm(new Term(STEM, readings.get(i)), i == 0 ? surface : readings.get(i).equals(st) ? stem : other);
        }
        b.add(s.build(), Occur.SHOULD);
        n++;
      }
      return n == 0 ? null : b.build();
    });
  }

  /** Two fields, stemmed and unstemmed, each a QueryBuilder disjunction, scores added. */
  private static Ranking stemPlusExact() {
    Analyzer a = new PerFieldAnalyzerWrapper(MARSAD, Map.of(EXACT, MARSAD_EXACT));
    QueryBuilder qb = new QueryBuilder(a);
    return new Ranking(a, List.of(STEM, EXACT), text -> {
      Query s = qb.createBooleanQuery(STEM, text);
      Query e = qb.createBooleanQuery(EXACT, text);
      if (s == null) return null;
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(s, Occur.SHOULD);
      if (e != null) b.add(e, Occur.SHOULD);
      return b.build();
    });
  }

  /** The analyser's disjunction plus, for each pair of adjacent words, a sloppy phrase of their surface forms. */
  private static Ranking proximity(Analyzer analyzer, Analyzer surface, float weight, int slop) {
    QueryBuilder qb = new QueryBuilder(analyzer);
    return new Ranking(analyzer, STEM, text -> {
      Query base = qb.createBooleanQuery(STEM, text);
      if (base == null) return null;
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.SHOULD);
      List<List<String>> words = positions(surface, text);
      for (int i = 0; i + 1 < words.size(); i++) {
        Query pair = new PhraseQuery(slop, STEM, words.get(i).get(0), words.get(i + 1).get(0));
        b.add(new BoostQuery(pair, weight), Occur.SHOULD);
      }
      return b.build();
    });
  }

  /** Marsad's chain with extra readings of each surface word at its position. */
  private static Ranking extra(Function<String, List<String>> readings) {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new ArabicNewsTokenizer();
        TokenStream r = ArabicNewsAnalyzer.normalisedWords(source);
        r = new ExtraReadings(r, readings);
        r = new ArabicLightStemFilter(r, true, true);
        r = new ArabicSpellingVariantFilter(r);
        return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(r));
      }
    };
    return Ranking.of(a);
  }

  private static List<String> listOf(String s) {
    return s == null ? List.of() : List.of(s);
  }

  private static String luceneStem(String w) {
    char[] b = w.toCharArray();
    return new String(b, 0, new ArabicStemmer().stem(b, b.length));
  }

  private static String nisba(String w) {
    String s = ArabicLightStemmer.stem(w);
    return s.length() >= 4 && s.endsWith("ي") ? s.substring(0, s.length() - 1) : null;
  }

  private static String dual(String w) {
    String s = ArabicLightStemmer.stem(w);
    return s.length() >= 5 && s.endsWith("ان") ? s.substring(0, s.length() - 2) : null;
  }

  private static String verbPrefix(String w, String prefixes) {
    return w.length() >= 4 && prefixes.indexOf(w.charAt(0)) >= 0 ? ArabicLightStemmer.stem(w.substring(1)) : null;
  }

  private static final String[] ARTICLES = {"وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"};

  private static String withoutArticle(String w) {
    for (String a : ARTICLES) if (w.startsWith(a) && w.length() - a.length() >= 3) return w.substring(a.length());
    return null;
  }

  /** The analysed terms of {@code text}, grouped by position (first the surface form). */
  private static List<List<String>> positions(Analyzer a, String text) {
    List<List<String>> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(STEM, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (pi.getPositionIncrement() > 0 || out.isEmpty()) out.add(new ArrayList<>());
        out.get(out.size() - 1).add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Adds readings computed from each surface word right after it, at its position. */
  private static final class ExtraReadings extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Function<String, List<String>> readings;
    private final Deque<String> pending = new ArrayDeque<>();

    ExtraReadings(TokenStream in, Function<String, List<String>> readings) {
      super(in);
      this.readings = readings;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!pending.isEmpty()) {
        term.setEmpty().append(pending.poll());
        posInc.setPositionIncrement(0);
        keyword.setKeyword(true);
        return true;
      }
      if (!input.incrementToken()) return false;
      if (posInc.getPositionIncrement() > 0 && !keyword.isKeyword()) {
        String w = term.toString();
        for (String r : readings.apply(w)) if (r.length() >= 2 && !r.equals(w)) pending.add(r);
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
    }
  }
}

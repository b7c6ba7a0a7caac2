package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.store.lucene.FreeTextRanking;

/**
 * Session-25 answer-type experiments (bench/RESULTS.md, lane answertype25): the store's ranking
 * ({@link FreeTextRanking}) and, for queries with a question frame only, a re-scoring of its top
 * 20 by first-pass score / best score + μ · {@link AnswerTypeRerank#score} (the query's IDF mass
 * near a candidate answer of the asked type) or + μ · {@link AnswerTypeRerank#proximity} (the
 * query's IDF mass within one span). Queries without a frame keep the first pass exactly. Develop
 * on ARCD train, never on test.
 *
 * <pre>java -cp … org.marsad.bench.RetrievalAnswerType DIR [VARIANT-PREFIX…]</pre>
 */
public final class RetrievalAnswerType {
  static final int DEPTH = 10;
  static final int RESCORE_DEPTH = 20;

  private RetrievalAnswerType() {}

  interface Bonus {
    double of(AnswerTypeRerank.Question q, AnswerTypeRerank.Doc d);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RetrievalCollection c = RetrievalCollection.load(
        dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    List<String> prefixes = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    AnswerTypeRerank at = new AnswerTypeRerank();
    Map<String, AnswerTypeRerank.Doc> docs = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (Map.Entry<String, String> e : c.docs().entrySet()) {
      AnswerTypeRerank.Doc d = AnswerTypeRerank.doc(e.getValue());
      docs.put(e.getKey(), d);
      for (String s : new HashSet<>(d.stems())) df.merge(s, 1, Integer::sum);
    }
    int n = c.docs().size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, f) -> idf.put(t, Math.log(1 + (n - f + 0.5) / (f + 0.5))));
    double unseen = Math.log(1 + (n + 0.5) / 0.5);

    Map<AnswerTypeRerank.Type, Integer> byType = new EnumMap<>(AnswerTypeRerank.Type.class);
    int framed = 0;
    for (String q : c.queries().values()) {
      AnswerTypeRerank.Question question = at.read(q);
      if (question.type() == null) continue;
      framed++;
      byType.merge(question.type(), 1, Integer::sum);
      if (Boolean.getBoolean("showFramed") && framed <= 40) System.out.println("  framed " + question.type() + " | " + q.strip());
    }
    System.out.println("queries " + c.queries().size() + ", with a question frame " + framed + " " + byType);

    Similarity sim = RetrievalVariants.similarity("bm25:1.2:0.75");
    FreeTextRanking ranking = new FreeTextRanking();
    try (Directory dd = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dd, new IndexWriterConfig(ranking.analyzer()).setSimilarity(sim))) {
        for (Map.Entry<String, String> e : c.docs().entrySet()) {
          Document doc = new Document();
          doc.add(new StringField(RetrievalSemantic.ID, e.getKey(), Field.Store.YES));
          for (String f : ranking.fields()) doc.add(new TextField(f, e.getValue(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dd)) {
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(sim);
        Map<String, Bonus> variants = new LinkedHashMap<>();
        variants.put("base", null);
        for (int window : new int[] {5, 10, 20}) {
          for (double mu : new double[] {0.05, 0.1, 0.2, 0.3, 0.5}) {
            variants.put("type w" + window + " mu" + mu, (q, d) -> mu * at.score(q, d, idf, unseen, window));
          }
        }
        for (int window : new int[] {5, 10, 20}) {
          for (double mu : new double[] {0.05, 0.1, 0.2, 0.3}) {
            // Only the types read by pattern (figures, years, months, number words).
            variants.put("typedn w" + window + " mu" + mu, (q, d) -> q.type() == AnswerTypeRerank.Type.DATE || q.type() == AnswerTypeRerank.Type.NUMBER
                ? mu * at.score(q, d, idf, unseen, window) : 0);
          }
        }
        for (int window : new int[] {5, 10, 20}) {
          for (double mu : new double[] {0.05, 0.1, 0.2, 0.3}) {
            variants.put("prox w" + window + " mu" + mu, (q, d) -> mu * AnswerTypeRerank.proximity(q, d, idf, unseen, window));
          }
        }
        for (int lead : new int[] {5, 10, 20}) {
          for (double mu : new double[] {0.05, 0.1, 0.2, 0.3}) {
            variants.put("lead w" + lead + " mu" + mu, (q, d) -> mu * AnswerTypeRerank.lead(q, d, idf, unseen, lead, false));
            variants.put("deflead w" + lead + " mu" + mu, (q, d) -> mu * AnswerTypeRerank.lead(q, d, idf, unseen, lead, true));
          }
        }
        if (Boolean.getBoolean("diagnose")) {
          diagnose(c, s, ranking, at, docs, idf, unseen);
          return;
        }
        double[] baseRr = null;
        for (Map.Entry<String, Bonus> v : variants.entrySet()) {
          if (!v.getKey().equals("base") && !prefixes.isEmpty() && prefixes.stream().noneMatch(v.getKey()::startsWith)) continue;
          QueryScoreSums sums = new QueryScoreSums(DEPTH);
          int changed = 0;
          for (Map.Entry<String, String> q : c.queries().entrySet()) {
            Map<String, Integer> judged = c.qrels().get(q.getKey());
            if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
            List<String> first = RetrievalSemantic.ids(s, s.search(RetrievalSemantic.orEmpty(ranking.anyWord(q.getValue())), DEPTH).scoreDocs);
            List<String> ranked = v.getValue() == null ? first : rerank(s, ranking, q.getValue(), at.read(q.getValue()), docs, v.getValue());
            if (!ranked.equals(first)) changed++;
            sums.add(ranked, judged);
          }
          if (baseRr == null) baseRr = sums.reciprocalRanks();
          System.out.printf(Locale.ROOT, "%-22s %s  changed %d  %s%n", v.getKey(), sums.figures(), changed,
              v.getKey().equals("base") ? "" : sums.pairedWith(baseRr));
        }
      }
    }
  }

  /** The first pass unchanged for a query without a frame; otherwise its top 20 re-scored. */
  static List<String> rerank(IndexSearcher s, FreeTextRanking ranking, String query, AnswerTypeRerank.Question q,
      Map<String, AnswerTypeRerank.Doc> docs, Bonus bonus) throws IOException {
    if (q.type() == null) {
      return RetrievalSemantic.ids(s, s.search(RetrievalSemantic.orEmpty(ranking.anyWord(query)), DEPTH).scoreDocs);
    }
    ScoreDoc[] top = s.search(RetrievalSemantic.orEmpty(ranking.anyWord(query)), RESCORE_DEPTH).scoreDocs;
    if (top.length == 0) return List.of();
    float max = top[0].score;
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (ScoreDoc sd : top) {
      String id = s.storedFields().document(sd.doc).get(RetrievalSemantic.ID);
      scored.add(Map.entry(id, sd.score / max + bonus.of(q, docs.get(id))));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(DEPTH, scored.size()); i++) ids.add(scored.get(i).getKey());
    return ids;
  }

  /** For framed queries whose relevant document is not first: the type score of the relevant document and of the one ranked first. */
  static void diagnose(RetrievalCollection c, IndexSearcher s, FreeTextRanking ranking, AnswerTypeRerank at,
      Map<String, AnswerTypeRerank.Doc> docs, Map<String, Double> idf, double unseen) throws IOException {
    int failures = 0, framed = 0, relevantHigher = 0, firstHigher = 0, tie = 0;
    for (Map.Entry<String, String> q : c.queries().entrySet()) {
      Map<String, Integer> judged = c.qrels().get(q.getKey());
      if (judged == null) continue;
      List<String> ranked = RetrievalSemantic.ids(s, s.search(RetrievalSemantic.orEmpty(ranking.anyWord(q.getValue())), DEPTH).scoreDocs);
      String relevant = judged.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
      if (relevant == null || ranked.isEmpty() || ranked.get(0).equals(relevant)) continue;
      failures++;
      AnswerTypeRerank.Question question = at.read(q.getValue());
      if (question.type() == null || question.type() == AnswerTypeRerank.Type.NAME || question.type() == AnswerTypeRerank.Type.OTHER) continue;
      framed++;
      double r = at.score(question, docs.get(relevant), idf, unseen, 10);
      double f = at.score(question, docs.get(ranked.get(0)), idf, unseen, 10);
      if (r > f) relevantHigher++;
      else if (f > r) firstHigher++;
      else tie++;
      System.out.printf(Locale.ROOT, "  %s rank %d rel %.2f first %.2f | %s%n", question.type(), ranked.indexOf(relevant) + 1, r, f, q.getValue().strip());
    }
    System.out.printf(Locale.ROOT, "failures %d, with a checked answer type %d: the relevant document scores higher %d, the first %d, equal %d%n",
        failures, framed, relevantHigher, firstHigher, tie);
  }
}

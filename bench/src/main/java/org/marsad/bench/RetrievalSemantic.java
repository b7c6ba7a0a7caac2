package org.marsad.bench;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.store.lucene.FreeTextRanking;
import org.marsad.text.analysis.ArabicNewsAnalyzer;
import org.marsad.text.stem.ArabicLightStemmer;

/**
 * Session-25 semantic-matching experiments (bench/RESULTS.md): the store's ranking
 * ({@link FreeTextRanking}, words and roots) plus what the distributional word-association model
 * of {@link WordAssociationBuilder} offers: (1) query expansion with each query word's nearest
 * neighbours as one extra low-weight SHOULD clause; (2) a re-scoring of the first pass's top 20
 * by the cosine of IDF-weighted mean word vectors of query and document. Develop on ARCD train
 * and the ANT titles, never on test.
 *
 * <pre>java -cp … org.marsad.bench.RetrievalSemantic DIR NEIGHBOURS.tsv [VECTORS.bin|-] [VARIANT-PREFIX…]</pre>
 */
public final class RetrievalSemantic {
  static final String ID = "id";
  static final int DEPTH = 10;
  static final int RESCORE_DEPTH = 20;

  private RetrievalSemantic() {}

  record Neighbour(String surface, float cosine) {}

  interface Variant {
    List<String> rank(String query) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    RetrievalCollection c = RetrievalCollection.load(
        dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    Map<String, List<Neighbour>> neighbours = loadNeighbours(Path.of(args[1]));
    Map<String, float[]> vectors = args.length > 2 && !args[2].equals("-") ? loadVectors(Path.of(args[2])) : Map.of();
    List<String> prefixes = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
    Similarity sim = RetrievalVariants.similarity("bm25:1.2:0.75");
    FreeTextRanking ranking = new FreeTextRanking();
    FreeTextRanking words = FreeTextRanking.wordsOnly();
    Analyzer exact = ArabicNewsAnalyzer.exact();
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
        IndexSearcher s = new IndexSearcher(reader);
        s.setSimilarity(sim);
        Map<String, Double> idf = vectors.isEmpty() ? Map.of() : idf(c, exact);
        Map<String, float[]> docVectors = new HashMap<>();
        if (!vectors.isEmpty()) {
          for (Map.Entry<String, String> e : c.docs().entrySet()) docVectors.put(e.getKey(), meanVector(e.getValue(), exact, vectors, idf));
        }
        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("base", q -> ids(s, s.search(orEmpty(ranking.anyWord(q)), DEPTH).scoreDocs));
        for (int k : new int[] {3, 5, 10}) {
          for (float floor : new float[] {0.4f, 0.5f, 0.6f}) {
            for (float weight : new float[] {0.05f, 0.1f, 0.2f, 0.3f, 0.5f}) {
              variants.put("exp k" + k + " floor" + floor + " w" + weight, q -> {
                Query expansion = expansion(q, exact, neighbours, words, k, floor);
                Query base = ranking.anyWord(q);
                Query all = expansion == null ? base : base == null ? new BoostQuery(expansion, weight)
                    : new BooleanQuery.Builder().add(base, Occur.SHOULD).add(new BoostQuery(expansion, weight), Occur.SHOULD).build();
                return ids(s, s.search(orEmpty(all), DEPTH).scoreDocs);
              });
            }
          }
        }
        if (!vectors.isEmpty()) {
          for (float mu : new float[] {0.05f, 0.1f, 0.2f, 0.3f, 0.5f, 1f}) {
            variants.put("rescore mu" + mu, q -> rescore(s, ranking.anyWord(q), meanVector(q, exact, vectors, idf), docVectors, mu));
          }
        }
        Map<String, java.util.Set<String>> docStems = new HashMap<>();
        if (!vectors.isEmpty()) {
          for (Map.Entry<String, String> e : c.docs().entrySet()) docStems.put(e.getKey(), new java.util.HashSet<>(stems(e.getValue(), exact)));
          for (float floor : new float[] {0.3f, 0.5f}) {
            for (float mu : new float[] {0.05f, 0.1f, 0.2f, 0.3f, 0.5f}) {
              variants.put("soft floor" + floor + " mu" + mu, q -> softRescore(s, ranking.anyWord(q), stems(q, exact), docStems, vectors, idf, floor, mu));
            }
          }
        }
        if (Boolean.getBoolean("diagnose")) {
          diagnose(c, s, ranking, exact, neighbours);
          return;
        }
        double[] baseRr = null;
        for (Map.Entry<String, Variant> v : variants.entrySet()) {
          if (!v.getKey().equals("base") && !prefixes.isEmpty() && prefixes.stream().noneMatch(v.getKey()::startsWith)) continue;
          QueryScoreSums sums = new QueryScoreSums(DEPTH);
          for (Map.Entry<String, String> q : c.queries().entrySet()) {
            Map<String, Integer> judged = c.qrels().get(q.getKey());
            if (judged == null || judged.values().stream().noneMatch(g -> g > 0)) continue;
            sums.add(v.getValue().rank(q.getValue()), judged);
          }
          if (baseRr == null) baseRr = sums.reciprocalRanks();
          System.out.printf(Locale.ROOT, "%-32s %s  %s%n", v.getKey(), sums.figures(), v.getKey().equals("base") ? "" : sums.pairedWith(baseRr));
        }
      }
    }
  }

  /**
   * For each query word (its light stem), its k nearest neighbours of cosine at least
   * {@code floor} that are not themselves query words, each as the store's word query weighted by
   * its share of the word's neighbour cosines: every expanded word adds a total weight of 1.
   */
  static Query expansion(String q, Analyzer exact, Map<String, List<Neighbour>> neighbours, FreeTextRanking words, int k, float floor) {
    List<String> stems = new ArrayList<>();
    for (String t : WordAssociationBuilder.tokens(exact, q)) stems.add(ArabicLightStemmer.stem(t));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (String stem : stems) {
      List<Neighbour> near = new ArrayList<>();
      for (Neighbour n : neighbours.getOrDefault(stem, List.of())) {
        if (near.size() == k || n.cosine() < floor) break;
        if (!stems.contains(ArabicLightStemmer.stem(n.surface()))) near.add(n);
      }
      double total = near.stream().mapToDouble(Neighbour::cosine).sum();
      for (Neighbour n : near) {
        Query nq = words.anyWord(n.surface());
        if (nq == null) continue;
        b.add(new BoostQuery(nq, (float) (n.cosine() / total)), Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : b.build();
  }

  static List<String> rescore(IndexSearcher s, Query first, float[] qv, Map<String, float[]> docVectors, float mu) throws IOException {
    ScoreDoc[] top = s.search(orEmpty(first), RESCORE_DEPTH).scoreDocs;
    if (top.length == 0) return List.of();
    float max = top[0].score;
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (ScoreDoc sd : top) {
      String id = s.storedFields().document(sd.doc).get(ID);
      double cos = qv == null ? 0 : WordAssociationBuilder.dot(qv, docVectors.get(id));
      scored.add(Map.entry(id, sd.score / max + mu * cos));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(DEPTH, scored.size()); i++) ids.add(scored.get(i).getKey());
    return ids;
  }

  /**
   * Re-scores the first pass's top 20 by a soft match of the query words the document lacks:
   * each such word (with a vector) counts its IDF times its best cosine with any of the
   * document's words (when at least {@code floor}); the sum over the query's IDF mass, times
   * {@code mu}, is added to the first-pass score divided by the best first-pass score.
   */
  static List<String> softRescore(IndexSearcher s, Query first, List<String> queryStems, Map<String, java.util.Set<String>> docStems,
      Map<String, float[]> vectors, Map<String, Double> idf, float floor, float mu) throws IOException {
    ScoreDoc[] top = s.search(orEmpty(first), RESCORE_DEPTH).scoreDocs;
    if (top.length == 0) return List.of();
    float max = top[0].score;
    double mass = 0;
    for (String q : new java.util.HashSet<>(queryStems)) mass += idf.getOrDefault(q, idf.get(""));
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (ScoreDoc sd : top) {
      String id = s.storedFields().document(sd.doc).get(ID);
      java.util.Set<String> words = docStems.get(id);
      double soft = 0;
      for (String q : new java.util.HashSet<>(queryStems)) {
        float[] qv = vectors.get(q);
        if (qv == null || words.contains(q)) continue;
        float best = 0;
        for (String w : words) {
          float[] wv = vectors.get(w);
          if (wv != null) best = Math.max(best, WordAssociationBuilder.dot(qv, wv));
        }
        if (best >= floor) soft += idf.getOrDefault(q, idf.get("")) * best;
      }
      scored.add(Map.entry(id, sd.score / max + mu * (mass == 0 ? 0 : soft / mass)));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(DEPTH, scored.size()); i++) ids.add(scored.get(i).getKey());
    return ids;
  }

  /**
   * For the queries whose relevant document is not first: the query words (light stems) missing
   * from that document, and how many of them have a listed neighbour that the document holds,
   * i.e. how much paraphrase the model could bridge at all.
   */
  static void diagnose(RetrievalCollection c, IndexSearcher s, FreeTextRanking ranking, Analyzer exact,
      Map<String, List<Neighbour>> neighbours) throws IOException {
    int failures = 0, sameArticle = 0, complete = 0, missing = 0, listed = 0, bridged = 0, queriesBridged = 0, shown = 0;
    for (Map.Entry<String, String> q : c.queries().entrySet()) {
      Map<String, Integer> judged = c.qrels().get(q.getKey());
      if (judged == null) continue;
      List<String> ranked = ids(s, s.search(orEmpty(ranking.anyWord(q.getValue())), DEPTH).scoreDocs);
      String relevant = judged.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst().orElse(null);
      if (relevant == null || (!ranked.isEmpty() && ranked.get(0).equals(relevant))) continue;
      failures++;
      // ARCD ids are aNpM (article N, paragraph M): is the paragraph ranked first a sibling?
      if (!ranked.isEmpty() && relevant.indexOf('p') > 0 && ranked.get(0).startsWith(relevant.substring(0, relevant.indexOf('p') + 1))) sameArticle++;
      java.util.Set<String> doc = new java.util.HashSet<>(stems(c.docs().get(relevant), exact));
      StringBuilder note = new StringBuilder();
      boolean any = false;
      for (String stem : new java.util.LinkedHashSet<>(stems(q.getValue(), exact))) {
        if (doc.contains(stem)) continue;
        missing++;
        List<Neighbour> near = neighbours.getOrDefault(stem, List.of());
        if (!near.isEmpty()) listed++;
        String hit = near.stream().filter(n -> doc.contains(ArabicLightStemmer.stem(n.surface()))).map(Neighbour::surface).findFirst().orElse(null);
        if (hit != null) {
          bridged++;
          any = true;
        }
        note.append(' ').append(stem).append(hit == null ? "" : "→" + hit);
      }
      if (any) queriesBridged++;
      if (note.length() == 0) complete++;
      int at = ranked.indexOf(relevant);
      String rank = at < 0 ? "not in top " + DEPTH : "rank " + (at + 1);
      if (shown++ < 25) System.out.println("  " + rank + " | " + q.getValue().strip() + " | missing:" + note);
    }
    System.out.printf(Locale.ROOT, "queries with the relevant document not first: %d (%d of them behind a paragraph of the same ARCD article; %d: the document holds every query word); query words missing from it: %d, %d with a neighbour list, "
        + "%d with a listed neighbour in the document; queries with at least one such bridge: %d%n", failures, sameArticle, complete, missing, listed, bridged, queriesBridged);
  }

  static Query orEmpty(Query q) {
    return q == null ? new BooleanQuery.Builder().build() : q;
  }

  static List<String> ids(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : docs) out.add(s.storedFields().document(sd.doc).get(ID));
    return out;
  }

  /** IDF of each light stem over the collection's documents. */
  static Map<String, Double> idf(RetrievalCollection c, Analyzer exact) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : c.docs().values()) {
      for (String stem : new java.util.HashSet<>(stems(text, exact))) df.merge(stem, 1, Integer::sum);
    }
    int n = c.docs().size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, f) -> idf.put(t, Math.log(1 + (n - f + 0.5) / (f + 0.5))));
    idf.put("", Math.log(1 + (n + 0.5) / 0.5));
    return idf;
  }

  static List<String> stems(String text, Analyzer exact) {
    List<String> out = new ArrayList<>();
    for (String t : WordAssociationBuilder.tokens(exact, text)) out.add(ArabicLightStemmer.stem(t));
    return out;
  }

  /** The unit-length IDF-weighted sum of the vectors of the text's stems (null when none has one). */
  static float[] meanVector(String text, Analyzer exact, Map<String, float[]> vectors, Map<String, Double> idf) {
    float[] sum = null;
    for (String stem : stems(text, exact)) {
      float[] v = vectors.get(stem);
      if (v == null) continue;
      if (sum == null) sum = new float[v.length];
      double w = idf.getOrDefault(stem, idf.get(""));
      for (int i = 0; i < v.length; i++) sum[i] += (float) (w * v[i]);
    }
    if (sum != null) WordAssociationBuilder.normalise(sum);
    return sum;
  }

  static Map<String, List<Neighbour>> loadNeighbours(Path file) throws IOException {
    Map<String, List<Neighbour>> out = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] cols = line.split("\t");
      List<Neighbour> list = new ArrayList<>();
      for (String n : cols[2].split(" ")) {
        int at = n.lastIndexOf(':');
        list.add(new Neighbour(n.substring(0, at), Float.parseFloat(n.substring(at + 1))));
      }
      out.put(cols[0], list);
    }
    return out;
  }

  static Map<String, float[]> loadVectors(Path file) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      int v = in.readInt();
      int dim = in.readInt();
      for (int i = 0; i < v; i++) {
        String w = in.readUTF();
        in.readInt();
        float[] x = new float[dim];
        for (int j = 0; j < dim; j++) x[j] = in.readFloat();
        out.put(w, x);
      }
    }
    return out;
  }
}

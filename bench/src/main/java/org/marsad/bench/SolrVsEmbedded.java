package org.marsad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.lucene.LuceneArticleStore;
import org.marsad.store.lucene.RootReadings;
import org.marsad.store.solr.SolrArticleStore;
import org.marsad.store.solr.SolrCluster;
import org.marsad.store.solr.SolrSetup;
import org.marsad.store.solr.ZkAddress;

/**
 * The embedded index and a SolrCloud collection side by side on the same analysed SaudiNewsNet
 * articles: store throughput (add every article, then commit; analysis is done beforehand and
 * timed apart, as it costs the same for both) and search latency (first 10 hits with snippets
 * and all facets) over queries drawn from the headlines, filters and date ranges.
 *
 * <p>The cluster runs in a separate JVM ({@code StandaloneSolrCloud} from marsad-solr's test
 * classes: 2 Solr nodes and an embedded ZooKeeper on this machine, 1 GB heap for both), and the
 * collection has 2 shards × 1 replica. The client is single-threaded for both backends.
 *
 * <p>Also printed: the size of the root field the SolrCloud store sends with each article, and
 * how often both backends agree on the first hit and the first page of each query.
 *
 * <p>Usage: {@code bench/run SolrVsEmbedded [ARTICLES=5000] [QUERIES=300]}
 */
public final class SolrVsEmbedded {
  private SolrVsEmbedded() {}

  public static void main(String[] args) throws Exception {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int queryCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;

    long t0 = System.nanoTime();
    List<Article> articles = analyse(SaudiNewsNet.read(SaudiNewsNet.defaultDir()), wanted);
    double analyseSeconds = seconds(t0);
    System.out.printf("analysed %d articles in %.1f s (not part of the store figures)%n", articles.size(), analyseSeconds);
    List<String> queries = queries(articles, queryCount);
    rootField(articles);

    Map<String, double[]> rows = new LinkedHashMap<>();
    Map<String, List<List<String>>> pages = new LinkedHashMap<>();
    Path tmp = Files.createTempDirectory("marsad-bench-solr");
    try (LuceneArticleStore embedded = LuceneArticleStore.open(tmp.resolve("embedded"))) {
      rows.put("embedded (Lucene, 1 index)", measure(embedded, articles, queries, pages.computeIfAbsent("embedded", k -> new ArrayList<>()), null));
    }
    Process node = startCluster(tmp.resolve("solr"));
    try (SolrCluster cluster = SolrCluster.connect(readZk(node))) {
      SolrSetup.setup(cluster, "bench", 2, 1);
      try (SolrArticleStore solr = SolrArticleStore.over(cluster, "bench", SolrArticleStore.DEFAULT_BATCH)) {
        rows.put("SolrCloud (2 nodes, 2 shards x 1 replica)", measure(solr, articles, queries, pages.computeIfAbsent("solr", k -> new ArrayList<>()), node.toHandle()));
      }
    } finally {
      node.getOutputStream().close();
      if (!node.waitFor(60, TimeUnit.SECONDS)) node.destroyForcibly();
      deleteTree(tmp);
    }

    System.out.printf("%n%d articles, %d queries (each run once to warm up, then measured)%n", articles.size(), queries.size());
    System.out.printf("%-44s %12s %10s %10s %10s%n", "backend", "articles/s", "p50 ms", "p99 ms", "mean ms");
    rows.forEach((name, r) -> System.out.printf("%-44s %12.0f %10.1f %10.1f %10.1f%n", name, r[0], r[1], r[2], r[3]));
    agreement(queries, pages.get("embedded"), pages.get("solr"));
  }

  /**
   * What the root field adds to a Solr update: the SolrCloud store sends each body's root
   * readings as a field of their own (computed in the client, docs/solr.md), so its characters
   * and the client time to compute them.
   */
  private static void rootField(List<Article> articles) {
    long body = 0, roots = 0;
    for (Article a : articles) RootReadings.of(a.text()); // warm-up (JIT, class loading)
    long t = System.nanoTime();
    for (Article a : articles) {
      String text = a.text() == null ? "" : a.text();
      body += text.length();
      roots += String.join(" ", RootReadings.of(text)).length();
    }
    double s = seconds(t);
    System.out.printf("root field: %d chars over %d body chars (%.0f %%), %.0f chars per article; computed in %.2f s (%.0f us per article, one thread)%n",
        roots, body, 100.0 * roots / Math.max(1, body), roots / (double) articles.size(), s, s * 1e6 / articles.size());
  }

  /** How often both backends put the same article first, and how much of the embedded first page Solr's shares. */
  private static void agreement(List<String> queries, List<List<String>> embedded, List<List<String>> solr) {
    int n = 0, top1 = 0;
    double overlap = 0;
    for (int i = 0; i < embedded.size(); i++) {
      List<String> e = embedded.get(i), s = solr.get(i);
      if (e.size() < 2) continue; // one hit or none: nothing to rank
      n++;
      if (!s.isEmpty() && s.get(0).equals(e.get(0))) top1++;
      else System.out.printf("top hit differs: %s  embedded %s  solr %s%n", queries.get(i), e.subList(0, 2), s.subList(0, Math.min(2, s.size())));
      overlap += s.stream().filter(e::contains).count() / (double) e.size();
    }
    System.out.printf("ranking agreement over %d queries with 2+ hits: same top hit %d (%.0f %%), first-page overlap %.3f%n",
        n, top1, 100.0 * top1 / Math.max(1, n), overlap / Math.max(1, n));
  }

  /**
   * {articles/s, p50 ms, p99 ms, mean ms}. Also prints the CPU time the ingest took in this JVM
   * and, for SolrCloud, in the cluster's JVM ({@code server}): on a shared machine CPU time varies
   * less than wall time.
   */
  private static double[] measure(ArticleStore store, List<Article> articles, List<String> queries, List<List<String>> pages,
      ProcessHandle server) throws IOException {
    long clientCpu = ownCpuNanos();
    long serverCpu = cpuNanos(server);
    long t = System.nanoTime();
    for (Article a : articles) store.add(a);
    store.commit();
    double ingest = articles.size() / seconds(t);
    double client = (ownCpuNanos() - clientCpu) / 1e9;
    double cluster = (cpuNanos(server) - serverCpu) / 1e9;
    System.out.printf("ingest CPU of %s: %.1f s in this JVM%s%n", store.getClass().getSimpleName(), client,
        server == null ? "" : String.format(", %.1f s in the cluster's JVM (%.1f ms per article in all)", cluster,
            (client + cluster) * 1000 / articles.size()));
    for (String q : queries) store.search(SearchRequest.of(q)); // warm-up
    double[] ms = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long s = System.nanoTime();
      SearchResult r = store.search(SearchRequest.of(queries.get(i)));
      ms[i] = (System.nanoTime() - s) / 1e6;
      pages.add(r.hits().stream().map(Hit::id).toList());
    }
    Arrays.sort(ms);
    return new double[] {ingest, percentile(ms, 50), percentile(ms, 99), Arrays.stream(ms).average().orElse(0)};
  }

  private static long ownCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long cpuNanos(ProcessHandle process) {
    if (process == null) return 0;
    return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  private static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static List<Article> analyse(List<RawDocument> docs, int wanted) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (RawDocument d : docs) {
      if (byId.size() >= wanted) break;
      if (d.body() == null || d.body().isBlank()) continue;
      try {
        Article a = analyzer.analyze(d);
        byId.putIfAbsent(a.id(), a);
      } catch (org.marsad.nlp.NoArticleException e) {
        // boilerplate only: ingest would quarantine it too
      }
    }
    return new ArrayList<>(byId.values());
  }

  /** Single words and word pairs from headlines, a source filter and a date range mixed in. */
  private static List<String> queries(List<Article> articles, int count) {
    Set<String> out = new LinkedHashSet<>();
    int step = Math.max(1, articles.size() / count);
    for (int i = 0; out.size() < count && i < articles.size() * 4; i += step) {
      Article a = articles.get(i % articles.size());
      if (a.title() == null) continue;
      String[] w = Arrays.stream(a.title().strip().split("\\s+"))
          .map(x -> x.replaceAll("[^\\p{L}\\p{N}]", "")) // quotes and punctuation would be query syntax
          .filter(x -> !x.isEmpty()).toArray(String[]::new);
      if (w.length < 3) continue;
      String q = switch (out.size() % 5) {
        case 0, 1 -> w[1];
        case 2 -> w[1] + " " + w[2];
        case 3 -> w[1] + " source:" + (a.source() == null ? "x" : a.source().toLowerCase());
        default -> w[2] + " from:2015-07-25 to:2015-08-05";
      };
      out.add(q);
    }
    return new ArrayList<>(out);
  }

  /** Starts StandaloneSolrCloud in its own JVM with marsad-solr's test classpath. */
  private static Process startCluster(Path dir) throws Exception {
    Path root = Path.of(SolrVsEmbedded.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent().getParent().getParent();
    Path solrTarget = root.resolve("marsad-solr/target");
    Path cpFile = solrTarget.resolve("test-classpath.txt");
    if (!Files.isRegularFile(cpFile)) throw new IOException("missing " + cpFile + " (build with: mvn -DskipTests package -pl bench -am)");
    String cp = solrTarget.resolve("test-classes") + java.io.File.pathSeparator + solrTarget.resolve("classes")
        + java.io.File.pathSeparator + Files.readString(cpFile).strip();
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Djava.security.egd=file:/dev/./urandom", "-cp", cp,
        "org.marsad.store.solr.StandaloneSolrCloud", "2", dir.toString());
    pb.redirectError(dir.getParent().resolve("solr.log").toFile());
    return pb.start();
  }

  private static ZkAddress readZk(Process node) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.startsWith("ZK ")) return ZkAddress.parse(line.substring(3));
    }
    throw new IOException("the Solr cluster process ended before it was up (see solr.log next to its directory)");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

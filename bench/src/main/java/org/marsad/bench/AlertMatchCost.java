package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.UnaryOperator;
import org.marsad.app.alert.Alert;
import org.marsad.app.alert.QueryMatcher;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * What matching saved alerts costs per new article (the step {@code AlertEngine} runs for each
 * ingested article): {@link QueryMatcher} — the article indexed alone in a memory index, then each
 * alert's query as search runs it — with 0 (the memory index only), 10, 100 and 1000 alerts, then 0
 * again (the first row of a run pays for warming up what the JIT has not seen yet).
 *
 * <p>Each count runs twice: queries as typed ({@code new QueryMatcher()}), and read through the
 * product's rewrite as {@code ingest} and {@code serve} build it ({@code new
 * QueryMatcher(QueryExpansion.of(registry))}, the data directory's entity registry: Latin names
 * become their Arabic names and entities, entity ids their merged ids), as the product does: each alert's
 * rewrite is kept while what it looked up in the registry is unchanged (session 17; session 16 kept
 * it until any registration).
 *
 * <p>With {@code register} as the fourth argument, each article's entities are registered again
 * before its alerts are matched (not timed), as ingest registers an article's names before the
 * committing thread runs the alerts: the registry changes between every two articles, as it does
 * during an ingest. Without it the registry only answers lookups (a serve with no ingest).
 *
 * <p>Articles: every K-th record of DATA/log/segment-000001.log (analysed, as ingest hands them to
 * alerts). Alerts, cycling through five kinds an analyst saves: two title words, the same two words
 * as a phrase, a person filter by a frequent entity's canonical name (DATA/entities.jsonl), a
 * source filter with a title word, and a Latin name ({@code alert-latin-names.txt}: Lavrov, Obama…);
 * the first four drawn from other articles' titles, so most never fire. Each count runs WARM
 * articles first (not timed; before the first, a pass with 100 alerts warms the JIT), then the timed
 * ones; per article: mean, p50, p99 in ms of wall time and of the thread's CPU time (the machine is
 * shared: CPU time is the steadier figure under load), and the collectors' time per article (GC
 * threads' work, which the thread's CPU time leaves out).
 *
 * <p>Usage: {@code bench/run AlertMatchCost DATA_DIR [ARTICLES=300] [WARM=100] [register|serve] [COUNTS=0,10,100,1000,0]}
 * (COUNTS: the alert counts to run, in order; fewer make a run short enough to alternate jars under load)
 */
public final class AlertMatchCost {
  private AlertMatchCost() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    boolean register = args.length > 3 && args[3].equals("register");
    int[] counts = args.length > 4 ? Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {0, 10, 100, 1000, 0};
    List<Article> all = read(data.resolve("log/segment-000001.log"));
    List<Article> articles = new ArrayList<>();
    int step = Math.max(1, all.size() / (n + warm));
    for (int i = 0; i < all.size() && articles.size() < n + warm; i += step) articles.add(all.get(i));
    List<String> persons = frequentPersons(data.resolve("entities.jsonl"), 200);
    System.out.printf(Locale.ROOT, "%s  %d articles read, %d timed after %d warm-up%s; load %s%n", Instant.now(), all.size(), n, warm,
        register ? ", each article's entities registered before its match" : "", Files.readString(Path.of("/proc/loadavg")).strip());
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    EntityRegistry registry = EntityRegistry.open(data, Transliterator.rulesOnly());
    UnaryOperator<String> product = QueryExpansion.of(registry);
    List<String> latin = latinNames();
    // one pass with 100 alerts over the warm-up articles first, so the first count timed is not the JIT's
    QueryMatcher warmer = new QueryMatcher(product);
    List<Alert> warmAlerts = alerts(100, all, persons, latin);
    for (int i = 0; i < warm; i++) warmer.matching(warmAlerts, articles.get(i));
    for (int count : counts) {
      List<Alert> alerts = alerts(count, all, persons, latin);
      for (boolean expanded : new boolean[] {false, true}) {
        QueryMatcher matcher = expanded ? new QueryMatcher(product) : new QueryMatcher();
        for (Alert a : alerts) matcher.validate(a.query());
        long fired = 0;
        double[] ms = new double[n];
        double[] cpuMs = new double[n];
        long gc0 = 0;
        for (int i = 0; i < articles.size(); i++) {
          if (register) registerEntities(registry, articles.get(i));
          if (i == warm) gc0 = gcMillis();
          long c0 = cpu.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          int hits = count == 0 ? matchNothing(matcher, articles.get(i)) : matcher.matching(alerts, articles.get(i)).size();
          long t1 = System.nanoTime();
          long c1 = cpu.getCurrentThreadCpuTime();
          if (i >= warm) {
            ms[i - warm] = (t1 - t0) / 1e6;
            cpuMs[i - warm] = (c1 - c0) / 1e6;
            fired += hits;
          }
        }
        double gcPerArticle = (double) (gcMillis() - gc0) / n;
        System.out.printf(Locale.ROOT, "alerts %5d  %-8s per article, wall: %s; CPU of the thread: %s; GC %.2f ms  (alerts fired %d over %d articles)%n",
            count, expanded ? "expanded" : "as typed", summary(ms), summary(cpuMs), gcPerArticle, fired, n);
      }
    }
  }

  /** An article's entities registered as ingest registers them: one registration per entity, with its spellings and mentions. */
  private static void registerEntities(EntityRegistry registry, Article a) {
    java.util.Map<String, java.util.Set<String>> spellings = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
    for (org.marsad.nlp.article.Entity e : a.entities()) {
      if (e.canonical() == null) continue;
      String key = e.type() + "\t" + e.canonical();
      spellings.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(e.text());
      mentions.merge(key, 1, Integer::sum);
    }
    spellings.forEach((key, texts) -> {
      String[] tc = key.split("\t", 2);
      registry.register(tc[0], tc[1], texts, mentions.get(key));
    });
  }

  /** Milliseconds all collectors have spent so far (their threads' work is not the bench thread's CPU time). */
  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
    return total;
  }

  private static List<String> latinNames() throws Exception {
    try (var in = AlertMatchCost.class.getResourceAsStream("alert-latin-names.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  private static String summary(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "mean %.2f ms p50 %.2f p99 %.2f", Arrays.stream(s).average().orElse(0),
        s[s.length / 2], s[Math.min(s.length - 1, (int) (s.length * 0.99))]);
  }

  /** The memory index alone: one alert no article can match (the cost with any alert saved is at least this). */
  private static int matchNothing(QueryMatcher matcher, Article a) {
    return matcher.matching(List.of(alert(0, "zzzqqqxyz")), a).size();
  }

  private static List<Alert> alerts(int count, List<Article> all, List<String> persons, List<String> latin) {
    List<Alert> out = new ArrayList<>();
    int t = 0;
    for (int i = 0; out.size() < count; i++, t += 7) {
      Article a = all.get((t * 31 + 5) % all.size());
      String[] words = a.title() == null ? new String[0] : a.title().strip().split("[\\s\\p{P}]+");
      if (words.length < 3) continue;
      String w1 = words[1], w2 = words[2];
      String q = switch (out.size() % 5) {
        case 0 -> w1 + " " + w2;
        case 1 -> "\"" + w1 + " " + w2 + "\"";
        case 2 -> "person:\"" + persons.get(out.size() % persons.size()) + "\"";
        case 3 -> "source:" + (a.source() == null ? "was" : a.source()) + " " + w2;
        default -> latin.get(out.size() / 5 % latin.size());
      };
      try {
        new QueryMatcher().validate(q);
      } catch (RuntimeException e) {
        continue; // stop words only, or a bad quote: an analyst's alert asks for something
      }
      out.add(alert(out.size(), q));
    }
    return out;
  }

  private static Alert alert(int i, String query) {
    return new Alert("bench-" + i, "bench " + i, query, null, true, Instant.EPOCH.toString());
  }

  private static List<String> frequentPersons(Path entities, int limit) throws Exception {
    List<JsonNode> persons = new ArrayList<>();
    for (String line : Files.readAllLines(entities, StandardCharsets.UTF_8)) {
      JsonNode e = ArticleJson.mapper().readTree(line);
      if (e.path("type").asText().equals("PERS")) persons.add(e);
    }
    persons.sort(Comparator.comparingInt((JsonNode e) -> -e.path("count").asInt()));
    return persons.stream().limit(limit).map(e -> e.path("canonical").asText()).toList();
  }

  private static List<Article> read(Path log) throws Exception {
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] p = line.split("\t", 3);
        if (p.length == 3) out.add(ArticleJson.read(p[2]));
      }
    }
    return out;
  }
}

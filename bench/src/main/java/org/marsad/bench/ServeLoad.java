package org.marsad.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.app.alert.Alert;
import org.marsad.app.alert.AlertDraft;
import org.marsad.app.alert.AlertRepository;
import org.marsad.app.alert.QueryMatcher;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.app.http.Services;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Serving load (issue 7): (1) alert matching, articles per second against N saved alerts;
 * (2) HTTP latency and throughput of {@code /api/articles/{id}} and {@code /api/search} through
 * the real server (Jetty, routing, parameters, JSON) over a store that answers from memory, so
 * the figure is the serving layer's own cost; the index's cost is measured by the search bench.
 *
 * <p>Usage: {@code bench/run ServeLoad [ARTICLE_FILE] [ALERTS] [REQUESTS] [THREADS]}
 */
public final class ServeLoad {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/seed/000_10efc35c20210809.txt");
    int alerts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    String text = Files.readString(file);
    Article article = new Article("bench0001", text.strip().lines().findFirst().orElse(""), null, "2021-08-09T00:00:00Z", "sana",
        null, null, text, List.of(), List.of(), text, null, null, List.of(), List.of(), null, List.of(), null, null);
    Path data = Files.createTempDirectory("marsad-serve-load");
    matching(data, article, alerts);
    http(data, article, requests, threads);
    System.exit(0); // the HTTP client's pool threads would keep the JVM alive
  }

  /** Alert queries of every shape, built from the article's words so some match and most do not. */
  private static void matching(Path data, Article article, int n) throws Exception {
    String[] words = Arrays.stream(article.text().split("[\\s\\p{Punct}«»“”،؛]+")).filter(w -> w.length() > 3).distinct().toArray(String[]::new);
    String[] absent = {"البرازيل", "الأرجنتين", "كوالالمبور", "الزلزال", "الانتخابات", "الميزانية", "المونديال", "الفيضانات"};
    QueryMatcher matcher = new QueryMatcher();
    AlertRepository repo = new AlertRepository(data, matcher, Clock.systemUTC());
    for (int i = 0; i < n; i++) {
      String w = words[i % words.length], x = absent[i % absent.length];
      String q = switch (i % 5) {
        case 0 -> w + " " + x;                       // one word present, one absent
        case 1 -> "\"" + w + " " + words[(i + 1) % words.length] + "\"";  // phrase
        case 2 -> x + " OR " + w;                    // either
        case 3 -> w + " -" + x + " source:sana";     // exclusion and field
        default -> x;                                // absent word
      };
      repo.create(new AlertDraft("alert " + i, q, null, true));
    }
    List<Alert> all = repo.enabled();
    int matched = matcher.matching(all, article).size();
    for (int i = 0; i < 200; i++) matcher.matching(all, article); // warm-up
    int rounds = 2000;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) matcher.matching(all, article);
    double ms = (System.nanoTime() - t0) / 1e6 / rounds;
    System.out.printf("alert matching: %d alerts, article of %d chars, %d alerts match; %.3f ms per article (%.0f articles/s)%n",
        all.size(), article.text().length(), matched, ms, 1000 / ms);
  }

  private static void http(Path data, Article article, int requests, int threads) throws Exception {
    ArticleStore store = new AnswerStore(article);
    try (Services services = Services.builder(data, store).build();
         MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, "bench-token-0123456789", 1 << 20, List.of()), services).start()) {
      HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
      String base = "http://127.0.0.1:" + server.port();
      String q = URLEncoder.encode("لافروف source:sana", StandardCharsets.UTF_8);
      for (var e : Map.of("GET /api/articles/{id}", base + "/api/articles/" + article.id(),
          "GET /api/search (10 hits)", base + "/api/search?q=" + q + "&size=10").entrySet()) {
        run(client, e.getValue(), Math.min(2000, requests), threads); // warm-up
        long[] lat = run(client, e.getValue(), requests, threads);
        System.out.println(e.getKey() + ": " + summary(lat, threads));
      }
    }
  }

  private static long[] run(HttpClient client, String url, int requests, int threads) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long[] lat = new long[requests];
    List<Future<?>> fs = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int from = t;
      fs.add(pool.submit(() -> {
        for (int i = from; i < requests; i += threads) {
          long s = System.nanoTime();
          HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode());
          lat[i] = System.nanoTime() - s;
        }
        return null;
      }));
    }
    for (Future<?> f : fs) f.get();
    long total = System.nanoTime() - start;
    pool.shutdown();
    long[] withTotal = Arrays.copyOf(lat, requests + 1);
    withTotal[requests] = total;
    return withTotal;
  }

  private static String summary(long[] latAndTotal, int threads) {
    int n = latAndTotal.length - 1;
    long total = latAndTotal[n];
    long[] lat = Arrays.copyOf(latAndTotal, n);
    Arrays.sort(lat);
    return String.format("%d requests, %d client threads: %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms",
        n, threads, n / (total / 1e9), lat[n / 2] / 1e6, lat[(int) (n * 0.95)] / 1e6, lat[(int) (n * 0.99)] / 1e6);
  }

  /** Answers every call from memory with the one article (ten hits per search). */
  private record AnswerStore(Article article) implements ArticleStore {
    @Override public boolean contains(String id) { return id.equals(article.id()); }
    @Override public void add(Article a) {}
    @Override public void commit() {}
    @Override public Optional<Article> get(String id) { return contains(id) ? Optional.of(article) : Optional.empty(); }
    @Override public long count() { return 1; }
    @Override public void close() {}

    @Override
    public SearchResult search(SearchRequest request) {
      String snippet = article.text().substring(0, Math.min(160, article.text().length()));
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < request.limit(); i++) hits.add(new Hit(article.id(), article.title(), "sana", null, article.published(), 1.0, snippet));
      return new SearchResult(1000, hits, Map.of());
    }
  }
}

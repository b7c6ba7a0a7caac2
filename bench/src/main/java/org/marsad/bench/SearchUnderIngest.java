package org.marsad.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.app.http.Services;
import org.marsad.app.http.service.IngestService;
import org.marsad.app.run.Engine;
import org.marsad.ingest.feed.WatcherOptions;
import org.marsad.nlp.article.RawDocument;

/**
 * Serving load (issue 7): searches over HTTP while articles are being ingested. The real engine
 * ({@link Engine}: product analyser, embedded index, alerts) and server run on 127.0.0.1; one
 * thread ingests SaudiNewsNet through the same path as feed articles and {@code POST /api/ingest}
 * (analyse, store, commit, alerts); CLIENTS threads send {@code GET /api/search} for SECONDS,
 * cycling through queries of every shape (words, phrases, OR, exclusion, filters, date sort).
 * Reports errors (non-200 or failed requests; the target is 0) and latency percentiles.
 *
 * <p>Usage: {@code bench/run SearchUnderIngest [SECONDS] [CLIENTS] [PRELOAD] [SAUDINEWSNET_DIR]}
 */
public final class SearchUnderIngest {
  private static final List<String> QUERIES = List.of(
      "الملك سلمان", "وزارة الصحة", "\"مجلس الوزراء\"", "النفط OR البترول", "الهلال -النصر", "الرياض source:alriyadh",
      "أمطار جدة", "\"خادم الحرمين الشريفين\"", "الحوثيين اليمن", "كورونا", "الاتحاد الأوروبي", "سوق الأسهم",
      "المنتخب السعودي", "التعليم from:2015-08-01", "داعش", "الأمير محمد بن سلمان");

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int preload = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    Path dir = args.length > 3 ? Path.of(args[3]) : SaudiNewsNet.defaultDir();
    List<RawDocument> docs = SaudiNewsNet.read(dir);
    Path data = Files.createTempDirectory("marsad-search-under-ingest");
    try (Engine engine = Engine.open(data, Engine.Feeds.OFF, WatcherOptions.defaults());
         MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, "bench-token-0123456789", 1 << 20, List.of()),
             engine.services()).start()) {
      Services services = engine.services();
      long t0 = System.nanoTime();
      for (int i = 0; i < Math.min(preload, docs.size()); i++) ingest(services, docs.get(i));
      System.out.printf("preloaded %d articles in %.1f s (analyse + store + commit each)%n", preload, (System.nanoTime() - t0) / 1e9);

      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong ingested = new AtomicLong();
      Thread ingest = new Thread(() -> {
        for (int i = preload; i < docs.size() && !stop.get(); i++) {
          ingest(services, docs.get(i));
          ingested.incrementAndGet();
        }
      }, "ingest");
      ingest.start();

      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + server.port() + "/api/search?size=10&q=";
      Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<long[]>> results = new ArrayList<>();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        results.add(pool.submit(() -> {
          long[] lat = new long[1 << 16];
          int n = 0;
          for (int i = offset; System.nanoTime() < end; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            String url = base + URLEncoder.encode(q, StandardCharsets.UTF_8) + (i % 4 == 0 ? "&sort=date" : "");
            long s = System.nanoTime();
            try {
              HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
              if (r.statusCode() != 200) errors.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
            } catch (Exception e) {
              errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
            }
            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
            lat[n++] = System.nanoTime() - s;
          }
          return Arrays.copyOf(lat, n);
        }));
      }
      List<long[]> parts = new ArrayList<>();
      for (Future<long[]> f : results) parts.add(f.get());
      double elapsed = (System.nanoTime() - start) / 1e9;
      stop.set(true);
      ingest.join();
      pool.shutdown();
      long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
      System.out.printf("GET /api/search, %d clients, %d s while ingesting: %d requests (%.0f req/s), %d errors %s,"
              + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          clients, seconds, all.length, all.length / elapsed, errorCount, errors.isEmpty() ? "" : errors.toString(),
          pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
      System.out.printf("ingest during the window: %d documents (%.1f/s, analyse + store + commit + alerts each); index now holds %d articles;"
          + " %d documents rejected by the analyser (empty)%n", ingested.get(), ingested.get() / elapsed, services.store().count(), REJECTED.get());
    }
    System.exit(0); // the HTTP client's threads would keep the JVM alive
  }

  /** The feed path: analyse, store, commit, alerts; a document the analyser rejects (empty, no text) is skipped. */
  private static void ingest(Services services, RawDocument doc) {
    try {
      IngestService.Ingested r = services.ingest().ingest(doc);
      if (r.created()) services.alertEngine().onIngested(r.article());
    } catch (java.io.IOException | RuntimeException e) {
      REJECTED.incrementAndGet();
    }
  }

  private static final AtomicLong REJECTED = new AtomicLong();

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
  }
}

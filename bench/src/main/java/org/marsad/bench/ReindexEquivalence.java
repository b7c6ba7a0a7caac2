package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.app.cli.MarsadCli;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.log.LoggedArticleStore;

/**
 * Issue 9: does {@code marsad reindex} reproduce the index? Runs a fixed set of queries made from
 * article titles (words with relevance order, words with a source filter sorted by date, two-word
 * phrases with a month histogram; every search computes the facets) on an ingested data
 * directory, rebuilds the index from the article log with {@code marsad reindex}, reruns the
 * same queries and compares totals, hit ids and order, scores and facets exactly.
 *
 * <p>Usage: {@code bench/run ReindexEquivalence --data DIR [--queries 200]}; DIR is changed
 * (its index is replaced by the rebuilt one). Ingest DIR first with {@code marsad ingest}.
 */
public final class ReindexEquivalence {
  private ReindexEquivalence() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(BenchArgs.required(args, "--data"));
    int wanted = Integer.parseInt(BenchArgs.option(args, "--queries", "200"));

    // Titles and sources from the log, in id order so the query set does not depend on ingest order.
    Map<String, String[]> byId = new TreeMap<>();
    ArticleLog.scan(data.resolve(LoggedArticleStore.LOG_DIR), r -> {
      try {
        JsonNode n = ArticleJson.mapper().readTree(r.json());
        String title = n.path("title").asText("");
        if (title.split("\\s+").length >= 3) byId.put(r.id(), new String[] {title, n.path("source").asText("")});
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, d -> System.out.println("log damage: " + d));
    List<SearchRequest> queries = queries(new ArrayList<>(byId.values()), wanted);

    openCost(data);
    long count0;
    List<SearchResult> before = new ArrayList<>();
    long t0 = System.nanoTime();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      count0 = store.count();
      for (SearchRequest q : queries) before.add(store.search(q));
    }
    long queryMillis0 = (System.nanoTime() - t0) / 1_000_000;

    long r0 = System.nanoTime();
    int exit = MarsadCli.commandLine().execute("reindex", "--data", data.toString());
    long reindexMillis = (System.nanoTime() - r0) / 1_000_000;
    if (exit != 0) throw new IllegalStateException("reindex exited with " + exit);

    long count1;
    List<SearchResult> after = new ArrayList<>();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      count1 = store.count();
      for (SearchRequest q : queries) after.add(store.search(q));
    }

    int identical = 0, totals = 0, facets = 0, ids = 0, tieOrderOnly = 0, tieCutoff = 0, scores = 0, snippets = 0;
    double maxScoreDiff = 0;
    for (int i = 0; i < queries.size(); i++) {
      SearchResult a = before.get(i), b = after.get(i);
      boolean same = true;
      if (a.total() != b.total()) { totals++; same = false; report(queries.get(i), "total " + a.total() + " vs " + b.total()); }
      if (!a.facets().equals(b.facets())) { facets++; same = false; report(queries.get(i), "facets differ"); }
      List<String> ia = a.hits().stream().map(Hit::id).toList(), ib = b.hits().stream().map(Hit::id).toList();
      if (!ia.equals(ib)) {
        same = false;
        if (sameWithinTies(a.hits(), b.hits())) tieOrderOnly++;
        else if (sameScores(a.hits(), b.hits())) tieCutoff++;
        else { ids++; report(queries.get(i), "hits " + ia + " vs " + ib); }
      } else {
        for (int h = 0; h < a.hits().size(); h++) {
          double d = Math.abs(a.hits().get(h).score() - b.hits().get(h).score());
          maxScoreDiff = Math.max(maxScoreDiff, d);
          if (d != 0) { scores++; same = false; break; }
          if (!a.hits().get(h).snippet().equals(b.hits().get(h).snippet())) { snippets++; same = false; break; }
        }
      }
      if (same) identical++;
    }
    System.out.printf(Locale.ROOT, "articles in the index: %d before, %d after reindex (log: %d ids with a title of 3+ words)%n",
        count0, count1, byId.size());
    System.out.printf(Locale.ROOT, "reindex: %.1f s (%.0f articles/s); %d queries ran in %d ms before%n",
        reindexMillis / 1000.0, count1 * 1000.0 / Math.max(1, reindexMillis), queries.size(), queryMillis0);
    System.out.printf(Locale.ROOT, "queries: %d, identical (total, facets, ids, order, scores, snippets): %d; differing totals %d, facets %d, "
        + "hit ids %d, order only among equal scores %d, other hits at the same score at every rank (a tie cut by the page end) %d, "
        + "scores %d (max diff %.3g), snippets %d%n",
        queries.size(), identical, totals, facets, ids, tieOrderOnly, tieCutoff, scores, maxScoreDiff, snippets);
  }

  /**
   * What the checksum verification at open costs: opening the store read-only (which verifies
   * every file) against opening a bare Lucene reader, best of 3 each (page cache warm).
   */
  static void openCost(Path data) throws Exception {
    Path index = data.resolve("index");
    long bytes;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(index)) {
      bytes = files.mapToLong(p -> p.toFile().length()).sum();
    }
    long store = Long.MAX_VALUE, bare = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t = System.nanoTime();
      try (ArticleStore s = ArticleStore.openEmbeddedReadOnly(data)) {
        s.count();
      }
      store = Math.min(store, System.nanoTime() - t);
      t = System.nanoTime();
      try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index);
           org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d)) {
        r.numDocs();
      }
      bare = Math.min(bare, System.nanoTime() - t);
    }
    System.out.printf(Locale.ROOT, "index %.1f MB: store open with checksum verification %d ms, bare Lucene reader open %d ms (best of 3)%n",
        bytes / 1e6, store / 1_000_000, bare / 1_000_000);
  }

  /** Word queries, filtered-by-source date-sorted queries and phrases, in equal shares, from evenly spaced titles. */
  static List<SearchRequest> queries(List<String[]> titles, int wanted) {
    List<SearchRequest> out = new ArrayList<>();
    int step = Math.max(1, titles.size() / wanted);
    for (int i = 0; out.size() < wanted && i < titles.size(); i += step) {
      // letters and digits only: titles hold quotation marks, colons and dashes the query syntax reads
      String[] words = titles.get(i)[0].replaceAll("[^\\p{L}\\p{M}\\p{N}\\s]", " ").strip().split("\\s+");
      if (words.length < 2) continue;
      String source = titles.get(i)[1];
      switch (out.size() % 3) {
        case 0 -> out.add(new SearchRequest(String.join(" ", List.of(words).subList(0, Math.min(3, words.length))),
            SearchRequest.SortOrder.RELEVANCE, 0, 20, false, SearchRequest.DateBucket.DAY));
        case 1 -> out.add(new SearchRequest(words[0] + " " + words[words.length - 1]
            + (source.isBlank() || source.contains(" ") ? "" : " source:" + source),
            SearchRequest.SortOrder.DATE, 0, 20, false, SearchRequest.DateBucket.DAY));
        default -> out.add(new SearchRequest("\"" + words[0] + " " + words[1] + "\"",
            SearchRequest.SortOrder.RELEVANCE, 0, 20, true, SearchRequest.DateBucket.MONTH));
      }
    }
    return out;
  }

  /** True when the two pages hold the same hits and differ only in the order of hits with equal scores. */
  private static boolean sameWithinTies(List<Hit> a, List<Hit> b) {
    if (a.size() != b.size()) return false;
    Map<String, Double> sa = new TreeMap<>(), sb = new TreeMap<>();
    for (int i = 0; i < a.size(); i++) {
      sa.put(a.get(i).id(), a.get(i).score());
      sb.put(b.get(i).id(), b.get(i).score());
      if (a.get(i).score() != b.get(i).score()) return false; // the score sequence itself must match
    }
    return sa.equals(sb);
  }

  /** True when both pages have the same score at every rank (the hits may differ only where scores tie). */
  private static boolean sameScores(List<Hit> a, List<Hit> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (a.get(i).score() != b.get(i).score()) return false;
    return true;
  }

  private static int reports;

  private static void report(SearchRequest q, String what) {
    if (reports++ < 20) System.out.println("  differs: " + q.query() + " [" + q.sort() + "]: " + what);
  }
}

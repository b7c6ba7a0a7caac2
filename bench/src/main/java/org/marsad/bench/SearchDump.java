package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.log.ArticleLog;

/**
 * Writes every result of a fixed set of searches (total, hit ids in order, scores, snippets,
 * titles, facets) as one JSON line per search, so that two versions of the search code can be
 * compared on the same index byte for byte ({@code cmp before.jsonl after.jsonl}). Only the
 * public {@link ArticleStore} API is used, so this class can run against an older store jar
 * (put that jar's lib directory on the class path instead of the current one).
 *
 * <p>The searches (from shuffled titles of the analysed records, seed 42): whole titles by
 * relevance (as the scale run's latency queries), titles by date, titles on page 2, the first
 * two words (many hits: exact totals and facets under load), two-word phrases with a month
 * histogram and near-duplicates included, title words with a source filter, and blank-query
 * listings with a date range.
 *
 * <p>Usage: {@code bench/run SearchDump --data DATA --analysed DATA_WITH_LOG --out FILE [--per-kind 50]}
 */
public final class SearchDump {
  private SearchDump() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(BenchArgs.required(args, "--data"));
    Path log = Path.of(BenchArgs.required(args, "--analysed")).resolve("log");
    Path out = Path.of(BenchArgs.required(args, "--out"));
    int perKind = Integer.parseInt(BenchArgs.option(args, "--per-kind", "50"));

    List<String[]> titles = new ArrayList<>(); // title, source
    ArticleLog.scan(log, r -> {
      var a = ArticleJson.read(r.json());
      if (a.title() != null) titles.add(new String[] {a.title(), a.source() == null ? "" : a.source()});
    }, d -> {});
    Collections.shuffle(titles, new Random(42));
    List<SearchRequest> queries = queries(titles, perKind);

    ObjectMapper json = ArticleJson.mapper();
    long t0 = System.nanoTime();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data);
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (SearchRequest q : queries) {
        SearchResult r = store.search(q);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("request", q.toString());
        line.put("result", r);
        w.write(json.writeValueAsString(line));
        w.newLine();
      }
    }
    System.out.printf("%d searches on %s written to %s in %.1f s%n", queries.size(), data, out, (System.nanoTime() - t0) / 1e9);
  }

  static List<SearchRequest> queries(List<String[]> titles, int perKind) {
    List<SearchRequest> out = new ArrayList<>();
    int i = 0;
    for (int kind = 0; kind < 7; kind++) {
      for (int n = 0; n < perKind && i < titles.size(); i++) {
        String title = titles.get(i)[0];
        String source = titles.get(i)[1];
        String clean = title.replaceAll("[\"“”«»:()]", " ").replaceAll("(^|\\s)-", " ").replace(" OR ", " ").strip();
        String[] words = title.replaceAll("[^\\p{L}\\p{M}\\p{N}\\s]", " ").strip().split("\\s+");
        if (clean.isEmpty() || words.length < 2) continue;
        SearchRequest q = switch (kind) {
          case 0 -> SearchRequest.of(clean);
          case 1 -> SearchRequest.of(clean).withSort(SearchRequest.SortOrder.DATE);
          case 2 -> SearchRequest.of(clean).withPage(10, 10);
          case 3 -> SearchRequest.of(words[0] + " " + words[1]);
          case 4 -> SearchRequest.of("\"" + words[0] + " " + words[1] + "\"").withDuplicates(true)
              .withHistogram(SearchRequest.DateBucket.MONTH);
          case 5 -> SearchRequest.of(words[words.length - 1] + (source.isBlank() || source.contains(" ") ? "" : " source:" + source));
          default -> SearchRequest.of("from:2015-0" + (1 + n % 9) + " to:2016").withSort(SearchRequest.SortOrder.DATE)
              .withPage(n, 10);
        };
        out.add(q);
        n++;
      }
    }
    return out;
  }
}

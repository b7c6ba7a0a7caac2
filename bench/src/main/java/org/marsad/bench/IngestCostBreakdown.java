package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.app.pipeline.ProductAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;

/**
 * Where the ingest time goes, single-threaded: analysis, JSON of the record, and store adds
 * (document building + Lucene inversion + stored fields), each timed over the same documents.
 * Usage: {@code bench/run IngestCostBreakdown [--limit 8000] [--shared ../shared]}
 */
public final class IngestCostBreakdown {
  private IngestCostBreakdown() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 3 ? args[3] : "../shared");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
    List<RawDocument> docs = SaudiNewsNetDocuments.load(shared.resolve("data/saudinewsnet"));
    docs = docs.subList(0, Math.min(limit, docs.size()));
    var analyzer = ProductAnalyzer.create();
    for (int round = 0; round < 2; round++) { // round 0 warms up
      long t0 = System.nanoTime();
      List<Article> articles = new ArrayList<>();
      for (RawDocument d : docs) {
        try {
          articles.add(analyzer.analyze(d));
        } catch (RuntimeException e) {
          // empty documents
        }
      }
      long t1 = System.nanoTime();
      long bytes = 0;
      for (Article a : articles) bytes += ArticleJson.write(a).length();
      long t2 = System.nanoTime();
      Path dir = Files.createTempDirectory("marsad-cost");
      try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
        for (Article a : articles) store.add(a);
        store.commit();
      }
      long t3 = System.nanoTime();
      if (round == 1) {
        double n = articles.size();
        System.out.printf(Locale.ROOT, "%d articles: analyse %.2f ms/doc, JSON %.2f ms/doc (%.0f chars), store add+commit %.2f ms/doc%n",
            articles.size(), (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, bytes / n, (t3 - t2) / 1e6 / n);
      }
    }
  }
}

package org.marsad.store.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/**
 * The articles both backends are loaded with: the SANA seed analysed by {@link ArticleAnalyzer}
 * (with entities, a quote and a near-duplicate copy, as the enrichment steps will add them), and
 * a slice of SaudiNewsNet read by {@link Sources} and analysed the same way.
 */
final class Corpus {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private Corpus() {}

  /** The seed with a person, an organisation, a place, a MISC entity and a quoted speaker. */
  static Article seed() {
    Article a = ANALYZER.analyze(new RawDocument(SharedData.seedText(), false, null, null, "sana", "2016-04-12", "seed"));
    String text = a.text();
    int lavrov = text.indexOf("لافروف");
    int kerry = text.indexOf("كيري");
    int council = text.indexOf("مجلس الأمن");
    int moscow = text.indexOf("موسكو");
    int truce = text.indexOf("وقف الأعمال القتالية");
    return a.withEntities(List.of(
            new Entity("لافروف", "PERS", lavrov, lavrov + 6, "سيرغي لافروف", "pers:sergey-lavrov", null),
            new Entity("كيري", "PERS", kerry, kerry + 4, "جون كيري", "pers:john-kerry", null),
            new Entity("مجلس الأمن", "ORG", council, council + 10, "مجلس الأمن الدولي", "org:unsc", null),
            new Entity("موسكو", "LOC", moscow, moscow + 5, "موسكو", "loc:moscow", null),
            new Entity("وقف الأعمال القتالية", "MISC", truce, truce + 20, "وقف الأعمال القتالية", "misc:truce", null)))
        .withQuotes(List.of(new Quote("إن مثل هذه التسريبات في وسائل الإعلام سيكون لها تأثير سلبي", true, 0, 10,
            "لافروف", "pers:sergey-lavrov", "وتابع", null)));
  }

  /** A reworded copy of the seed marked as its near-duplicate (hidden from default searches). */
  static Article seedDuplicate(Article seed) {
    Article copy = ANALYZER.analyze(new RawDocument(SharedData.seedText() + "\nالمصدر: وكالة سانا", false, null, null,
        "sana", "2016-04-12", "seed-copy"));
    return copy.withDuplicateOf(seed.id());
  }

  private static final Map<String, List<Article>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The first {@code limit} distinct articles of one SaudiNewsNet day (the test is skipped without
   * the data); analysed once per test JVM, as every backend's test loads the same slice.
   */
  static List<Article> saudiNewsNet(String day, int limit) {
    Path zip = SharedData.require("data/saudinewsnet/" + day + ".zip");
    return CACHE.computeIfAbsent(day + "/" + limit, k -> read(zip, day, limit));
  }

  private static List<Article> read(Path zip, String day, int limit) {
    Map<String, Article> byId = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    Sources.read(List.of(zip), new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        if (byId.size() >= limit || document.body() == null || document.body().isBlank()) return;
        try {
          Article a = ANALYZER.analyze(document);
          byId.putIfAbsent(a.id(), a);
        } catch (org.marsad.nlp.NoArticleException e) {
          // boilerplate only: ingest quarantines it too
        }
      }

      @Override
      public void failed(String origin, String reason, byte[] bytes) {
        if (!reason.equals("empty text")) failures.add(origin + ": " + reason); // SaudiNewsNet has a few empty items
      }
    });
    if (!failures.isEmpty()) throw new IllegalStateException("SaudiNewsNet " + day + " did not read cleanly: " + failures);
    return List.copyOf(byId.values());
  }
}

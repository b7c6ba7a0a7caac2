package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.anatomy.WireContinuations;
import org.marsad.nlp.NoArticleException;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.RawDocument;

/**
 * Saudi Press Agency datelines on SaudiNewsNet: for every {@code source = was} article, does
 * the analyser find the city, the agency {@code واس} and the Gregorian date? Prints a table,
 * the articles that fail and why (first line shown), or with {@code --json} one JSON object.
 *
 * <p>Usage: {@code bench/run SpaDatelines [--json] [--dir DIR]}
 */
public final class SpaDatelines {
  /** A line signed by the agency: ends with the word واس (or "مواس", "م .واس"). */
  private static final Pattern SIGNED_LINE = Pattern.compile("(^|[^\\p{L}]|م)واس[^\\p{L}\\p{N}]*$");

  private SpaDatelines() {}

  public static void main(String[] args) throws Exception {
    boolean asJson = false;
    Path dir = SaudiNewsNet.defaultDir();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--json")) asJson = true;
      else if (args[i].equals("--dir")) dir = Path.of(args[++i]);
      else throw new IllegalArgumentException("usage: SpaDatelines [--json] [--dir DIR]");
    }
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    // Parts of a long wire inherit the dateline of its first part, as the ingest does (Corpus);
    // the agency publishes parts in id order, so the items are taken in URL (id) order.
    WireContinuations parts = new WireContinuations();
    int total = 0, city = 0, agency = 0, date = 0, all = 0, withDatelineLine = 0, allWhereLine = 0;
    Map<String, String> failures = new LinkedHashMap<>();
    List<RawDocument> spa = new ArrayList<>();
    for (RawDocument d : SaudiNewsNet.read(dir)) if ("was".equals(d.source())) spa.add(d);
    spa.sort(java.util.Comparator.comparing((RawDocument d) -> d.url() == null ? "" : d.url(),
        java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder())));
    for (RawDocument d : spa) {
      total++;
      String firstLine = d.body().strip().lines().findFirst().orElse("");
      // The share of items whose copy opens with a dateline at all (continuation items do not).
      boolean hasDatelineLine = SIGNED_LINE.matcher(firstLine).find();
      if (hasDatelineLine) withDatelineLine++;
      Dateline dl = null;
      try {
        Article a = parts.link(analyzer.analyze(d));
        dl = a.dateline();
      } catch (NoArticleException e) {
        // counted as a failure below
      }
      boolean c = dl != null && dl.city() != null;
      boolean ag = dl != null && "واس".equals(dl.agency());
      boolean dt = dl != null && dl.date() != null;
      if (c) city++;
      if (ag) agency++;
      if (dt) date++;
      if (c && ag && dt) {
        all++;
        if (hasDatelineLine) allWhereLine++;
      } else {
        failures.put(d.url(), (dl == null ? "no dateline" : "got " + dl) + " | first line: "
            + firstLine.substring(0, Math.min(90, firstLine.length())));
      }
    }
    if (asJson) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("articles", total).put("city", city).put("agency", agency).put("date", date).put("all", all)
          .put("share", ratio(all, total)).put("openWithDateline", withDatelineLine)
          .put("shareOfThoseWithDateline", ratio(allWhereLine, withDatelineLine));
      o.putPOJO("failures", new ArrayList<>(failures.keySet()));
      System.out.println(new ObjectMapper().writeValueAsString(o));
      return;
    }
    System.out.printf("SaudiNewsNet source=was articles: %d%n", total);
    System.out.printf("%-44s %5s %8s%n", "measure", "n", "share");
    row("city found", city, total);
    row("agency = واس", agency, total);
    row("Gregorian date found", date, total);
    row("all three", all, total);
    row("articles whose first line carries a dateline", withDatelineLine, total);
    row("all three, among those", allWhereLine, withDatelineLine);
    System.out.println();
    System.out.println("Failures (" + failures.size() + "):");
    List<String> lines = new ArrayList<>();
    failures.forEach((url, why) -> lines.add("  " + url + "  " + why));
    lines.forEach(System.out::println);
  }

  private static void row(String name, int n, int of) {
    System.out.printf("%-44s %5d %7.1f%%%n", name, n, 100.0 * ratio(n, of));
  }

  private static double ratio(int n, int of) {
    return of == 0 ? 0 : Math.round(10000.0 * n / of) / 10000.0;
  }
}

package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/**
 * Real SaudiNewsNet articles (../shared/data/saudinewsnet, 2015-07-21) as crawled pages and WARC
 * records, for inputs broken the way real archives break. Tests that use it skip when the data is absent.
 */
final class RealArticles {
  private static List<RawDocument> articles;

  private RealArticles() {}

  /** The articles of 2015-07-21 with a text, in file order. */
  static synchronized List<RawDocument> all() {
    if (articles == null) {
      CollectingSink sink = new CollectingSink();
      Sources.read(List.of(SharedData.require("data/saudinewsnet").resolve("2015-07-21.zip")), sink);
      articles = sink.documents.stream().filter(d -> d.url() != null && d.url().startsWith("http")).toList();
    }
    return articles;
  }

  /** Article {@code i} as the HTML page a crawler fetched. */
  static byte[] page(int i) {
    RawDocument a = all().get(i);
    String title = a.title() == null ? "" : a.title();
    return ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>"
        + title + "</h1><p>" + a.body().replace("\n", "</p><p>") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  /** The url of article {@code i}. */
  static String url(int i) {
    return all().get(i).url();
  }

  /** Article {@code i} as a WARC response record (CRLF line ends, as crawlers write). */
  static byte[] response(int i) {
    return Fixtures.warcRecord("response", url(i), String.format("2015-07-21T10:%02d:%02dZ", i / 60 % 60, i % 60),
        "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html; charset=utf-8", null, page(i)));
  }

  /** A plain WARC of articles {@code from} to {@code to} (exclusive). */
  static byte[] warc(int from, int to) {
    byte[][] records = new byte[to - from][];
    for (int i = from; i < to; i++) records[i - from] = response(i);
    return Fixtures.concat(records);
  }
}

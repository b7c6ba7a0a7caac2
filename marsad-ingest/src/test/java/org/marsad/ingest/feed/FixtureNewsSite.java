package org.marsad.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Arabic news site on 127.0.0.1 for the watcher tests: robots.txt, an RSS feed with an
 * ETag, an Atom feed, a news sitemap, article pages (one in Windows-1256), a failing feed and a
 * feed robots.txt forbids. It counts every request per path and keeps the request headers.
 */
final class FixtureNewsSite implements AutoCloseable {
  static final String ETAG = "\"rss-v1\"";
  static final String LAST_MODIFIED = "Mon, 08 Aug 2016 07:00:00 GMT";

  private final HttpServer server;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<Map<String, List<String>>> rssRequests = new CopyOnWriteArrayList<>();
  final List<String> userAgents = new CopyOnWriteArrayList<>();

  FixtureNewsSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    switch (path) {
      case "/robots.txt" -> send(ex, 200, "text/plain", """
          # Fixture robots.txt
          User-agent: OtherBot
          Disallow: /

          User-agent: *
          Disallow: /private/
          Disallow: /blocked-feed.xml
          Allow: /private/open.html
          """.getBytes(StandardCharsets.UTF_8));
      case "/rss.xml" -> {
        rssRequests.add(Map.copyOf(ex.getRequestHeaders()));
        if (ETAG.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.getResponseHeaders().add("ETag", ETAG);
          ex.sendResponseHeaders(304, -1);
          ex.close();
          return;
        }
        ex.getResponseHeaders().add("ETag", ETAG);
        ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
        send(ex, 200, "application/rss+xml; charset=utf-8", fixture("rss.xml"));
      }
      case "/atom.xml", "/blocked-feed.xml" -> send(ex, 200, "application/atom+xml", fixture("atom.xml"));
      case "/news-sitemap.xml" -> send(ex, 200, "application/xml", fixture("news-sitemap.xml"));
      case "/flaky.xml" -> send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>عاجل</title><link>" + base() + "/</link><description>عاجل</description>\n"
          + "<item><title>خبر على خادم مثقل</title><link>" + base() + "/news/overloaded.html</link></item>\n"
          + "<item><title>الأمم المتحدة تحذر من مجاعة</title><link>" + base() + "/news/sudan.html</link></item>\n"
          + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8));
      case "/full-text.xml" -> send(ex, 200, "application/rss+xml", fullTextFeed());
      case "/redirects.xml" -> send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>روابط مختصرة</title><link>" + base() + "/</link><description>روابط</description>\n"
          + "<item><title>بيسكوف: إيجاد حل مستقر للأزمة</title><link>" + base() + "/go/peskov</link></item>\n"
          + "<item><title>خبر للمشتركين</title><link>" + base() + "/go/private</link></item>\n"
          + "<item><title>حلقة تحويل</title><link>" + base() + "/go/loop</link></item>\n"
          + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8));
      // A careless CMS: a link with a space and Arabic letters, not percent-encoded; and a feed URL that now gives a page.
      case "/sloppy.xml" -> send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>أخبار</title><link>" + base() + "/</link><description>أخبار</description>\n"
          + "<item><title>انطلاق معرض الرياض الدولي للكتاب</title><link>" + base() + "/news/معرض الكتاب.html</link></item>\n"
          + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8));
      case "/news/معرض الكتاب.html" -> page(ex, "انطلاق معرض الرياض الدولي للكتاب",
          "انطلقت اليوم فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.", StandardCharsets.UTF_8);
      case "/moved.xml" -> send(ex, 200, "text/html; charset=utf-8", ("<!DOCTYPE html>\n<html lang=\"ar\"><head><title>تم نقل الصفحة</title></head>"
          + "<body><p>انتقلت خدمة الأخبار إلى موقعنا الجديد.</p></body></html>").getBytes(StandardCharsets.UTF_8));
      // Links a careless feed writes: a host with an underscore (no host for java.net.URI), a no-break space,
      // a short link redirecting with a query-only Location, an item with its whole text and no link at all.
      case "/odd-links.xml" -> send(ex, 200, "application/rss+xml", oddLinksFeed());
      case "/news/خبر\u00A0جديد.html" -> page(ex, "الأمم المتحدة تحذر من مجاعة في السودان",
          "حذرت الأمم المتحدة اليوم من خطر مجاعة وشيكة في عدة ولايات سودانية بسبب استمرار القتال.", StandardCharsets.UTF_8);
      case "/go/query" -> {
        if (ex.getRequestURI().getQuery() == null) {
          redirect(ex, 302, "?lang=ar");
        } else {
          page(ex, "انطلاق معرض الرياض الدولي للكتاب", "انطلقت اليوم فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.", StandardCharsets.UTF_8);
        }
      }
      // Short links, as feed proxies and link shorteners give: one to an article, one to a page robots.txt forbids, one loop.
      case "/go/peskov" -> redirect(ex, 301, "/news/peskov.html");
      // an Arabic CMS writing its Location in raw UTF-8 bytes, not percent-encoded (HttpServer sends each char as one byte)
      case "/go/book-fair" -> redirect(ex, 301, new String("/news/معرض-الكتاب.html".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
      case "/news/معرض-الكتاب.html" -> page(ex, "انطلاق معرض الرياض الدولي للكتاب",
          "انطلقت اليوم فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.", StandardCharsets.UTF_8);
      case "/utf8-location.xml" -> send(ex, 200, "application/rss+xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>واس</title>\n"
          + "<item><title>انطلاق معرض الرياض الدولي للكتاب</title><link>" + base() + "/go/book-fair</link></item>\n"
          + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
      case "/go/private" -> redirect(ex, 302, base() + "/private/subscribers-only.html");
      case "/go/loop" -> redirect(ex, 307, "/go/loop");
      case "/odd-pages.xml" -> send(ex, 200, "application/rss+xml", oddPagesFeed());
      case "/files/statement.pdf" -> send(ex, 200, "application/pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
      case "/api/story.json" -> send(ex, 200, "application/json", "{\"title\":\"لافروف\"}".getBytes(StandardCharsets.UTF_8));
      case "/news/blank.html" -> send(ex, 200, "text/html; charset=utf-8", "<html><head><title>سانا</title></head><body> </body></html>".getBytes(StandardCharsets.UTF_8));
      case "/news/overloaded.html" -> send(ex, 503, "text/html", "<html><body>مشغول</body></html>".getBytes(StandardCharsets.UTF_8));
      case "/sitemap-index.xml" -> send(ex, 200, "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
          + "  <sitemap><loc>" + base() + "/news-sitemap.xml</loc><lastmod>2024-09-26T18:05:00+03:00</lastmod></sitemap>\n"
          + "</sitemapindex>\n").getBytes(StandardCharsets.UTF_8));
      case "/broken.xml" -> {
        ex.getResponseHeaders().add("Retry-After", "5");
        send(ex, 503, "text/plain", "الخدمة غير متاحة مؤقتاً".getBytes(StandardCharsets.UTF_8));
      }
      case "/news/lavrov-kerry.html" -> page(ex, "لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية",
          "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم سبل تعزيز وقف الأعمال القتالية في سورية.",
          StandardCharsets.UTF_8);
      case "/news/peskov.html" -> page(ex, "بيسكوف: إيجاد حل مستقر للأزمة",
          "أكد المتحدث باسم الرئاسة الروسية ديميتري بيسكوف أن إيجاد حل مستقر للأزمة يتطلب إشراك كل القوى.",
          Charset.forName("windows-1256"));
      case "/news/sudan.html" -> page(ex, "الأمم المتحدة تحذر من مجاعة في السودان",
          "حذرت الأمم المتحدة اليوم من خطر مجاعة وشيكة في عدة ولايات سودانية بسبب استمرار القتال.", StandardCharsets.UTF_8);
      case "/news/riyadh-book-fair.html" -> page(ex, "انطلاق معرض الرياض الدولي للكتاب",
          "انطلقت اليوم فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.", StandardCharsets.UTF_8);
      case "/private/subscribers-only.html" -> page(ex, "خبر للمشتركين", "نص لا يجوز جلبه.", StandardCharsets.UTF_8);
      default -> send(ex, 404, "text/html", "<html><body>الصفحة غير موجودة</body></html>".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * An RSS feed whose items carry their article in content:encoded (the seed story, split in two), whose pages
   * are gone (404), robots-disallowed, overloaded (503) or fine, plus a teaser whose page is gone.
   */
  private byte[] fullTextFeed() {
    List<String> lines = org.marsad.testkit.SharedData.seedText().lines().filter(l -> !l.isBlank()).toList();
    String first = "<p>" + String.join("</p><p>", lines.subList(0, 3)) + "</p>";
    String second = "<p>" + String.join("</p><p>", lines.subList(3, lines.size())) + "</p>";
    String item = "<item><title>%s</title><link>" + base() + "%s</link><content:encoded><![CDATA[%s]]></content:encoded></item>\n";
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>سانا</title><link>" + base() + "/</link><description>سانا</description>\n"
        + item.formatted("لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية", "/news/removed.html", first)
        + item.formatted("لافروف: الحدود التركية السورية تتخللها الثغرات", "/private/paywalled.html", second)
        + item.formatted("الأمم المتحدة تحذر من مجاعة", "/news/gone.html", "<p>حذرت الأمم المتحدة اليوم من خطر مجاعة وشيكة…</p>")
        + item.formatted("بيسكوف: إيجاد حل مستقر للأزمة", "/news/peskov.html", first)
        + item.formatted("خبر على خادم مثقل", "/news/overloaded.html", second)
        + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An RSS feed whose links lead to pages that are not articles: a PDF, JSON and an HTML page
   * without text, for items carrying their whole article (the seed story), and a teaser whose
   * link is a PDF.
   */
  private byte[] oddPagesFeed() {
    List<String> lines = org.marsad.testkit.SharedData.seedText().lines().filter(l -> !l.isBlank()).toList();
    String first = "<p>" + String.join("</p><p>", lines.subList(0, 3)) + "</p>";
    String second = "<p>" + String.join("</p><p>", lines.subList(3, lines.size())) + "</p>";
    String item = "<item><title>%s</title><link>" + base() + "%s</link><description><![CDATA[%s]]></description></item>\n";
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
        + "<channel><title>سانا</title><link>" + base() + "/</link><description>سانا</description>\n"
        + item.formatted("لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية", "/files/statement.pdf", first)
        + item.formatted("لافروف: الحدود التركية السورية تتخللها الثغرات", "/api/story.json", second)
        + item.formatted("بيسكوف: إيجاد حل مستقر للأزمة", "/news/blank.html", first)
        + item.formatted("الأمم المتحدة تحذر من مجاعة", "/files/statement.pdf?teaser", "<p>حذرت الأمم المتحدة اليوم من خطر مجاعة وشيكة…</p>")
        + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8);
  }

  private byte[] oddLinksFeed() {
    List<String> lines = org.marsad.testkit.SharedData.seedText().lines().filter(l -> !l.isBlank()).toList();
    String whole = "<p>" + String.join("</p><p>", lines) + "</p>";
    String firstHalf = "<p>" + String.join("</p><p>", lines.subList(0, lines.size() / 2)) + "</p>";
    String secondHalf = "<p>" + String.join("</p><p>", lines.subList(lines.size() / 2, lines.size())) + "</p>";
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>أخبار</title><link>" + base() + "/</link><description>أخبار</description>\n"
        + "<item><title>خبر على موقع قديم</title><link>http://my_site.example.com/news/old.html</link></item>\n"
        + "<item><title>الأمم المتحدة تحذر من مجاعة</title><link>" + base() + "/news/خبر\u00A0جديد.html</link></item>\n"
        + "<item><title>انطلاق معرض الرياض الدولي للكتاب</title><link>" + base() + "/go/query</link></item>\n"
        + "<item><title>لافروف وكيري يبحثان تعزيز وقف الأعمال القتالية</title><content:encoded><![CDATA[" + whole + "]]></content:encoded></item>\n"
        // two more whole texts with an empty link element (Rome gives "" for it): each its own article, not one key for both
        + "<item><title>الخارجية الروسية: لقاء مرتقب</title><link/><content:encoded><![CDATA[" + firstHalf + "]]></content:encoded></item>\n"
        + "<item><title>بيسكوف: الكرملين يرحب</title><link></link><content:encoded><![CDATA[" + secondHalf + "]]></content:encoded></item>\n"
        + "</channel></rss>\n").getBytes(StandardCharsets.UTF_8);
  }

  private void page(HttpExchange ex, String title, String body, Charset charset) throws IOException {
    String html = new String(fixture("article.html"), StandardCharsets.UTF_8)
        .replace("<meta charset=\"utf-8\">", "")
        .replace("TITLE", title).replace("BODY", body);
    send(ex, 200, "text/html; charset=" + charset.name(), html.getBytes(charset));
  }

  private byte[] fixture(String name) {
    try (InputStream in = FixtureNewsSite.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("http://HOST", base()).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().add("Location", location);
    ex.sendResponseHeaders(status, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}

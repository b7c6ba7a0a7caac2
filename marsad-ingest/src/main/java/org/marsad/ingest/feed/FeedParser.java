package org.marsad.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Feed and sitemap bodies to {@link FeedItem}s: RSS and Atom through Rome; sitemaps
 * ({@code urlset}, with the Google News {@code news:news} extension for title and publication
 * date) and sitemap indexes through StAX with DTDs and external entities off.
 */
final class FeedParser {
  /**
   * What a body held.
   *
   * @param items    articles
   * @param sitemaps child sitemaps of a sitemap index
   */
  record Parsed(List<FeedItem> items, List<URI> sitemaps, List<Unlinked> unlinked) {
    Parsed(List<FeedItem> items, List<URI> sitemaps) {
      this(items, sitemaps, List.of());
    }
  }

  /**
   * A feed entry without a link a request can use (none, an unusable host, not http(s)): kept
   * so that the watcher stores its own text or reports it, never drops it silently.
   *
   * @param item    the entry, url null
   * @param link    the link as the feed wrote it, or null
   * @param problem why it cannot be fetched
   */
  record Unlinked(FeedItem item, String link, String problem) {
    /**
     * What the watcher remembers it by: a digest of link, title and text, stable across polls; not the
     * link alone, which several entries may share (an empty {@code <link/>}, {@code javascript:void(0)}).
     */
    String key() {
      try {
        byte[] d = java.security.MessageDigest.getInstance("SHA-256")
            .digest((link + "\n" + item.title() + "\n" + item.text()).getBytes(StandardCharsets.UTF_8));
        return "item:" + java.util.HexFormat.of().formatHex(d, 0, 12);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e); // every JVM has SHA-256
      }
    }
  }

  private FeedParser() {}

  /** Parses a feed or a sitemap, whichever the root element says. */
  static Parsed parse(byte[] body, URI base) throws FetchException {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      return parseSitemap(body, base);
    }
    return parseFeed(body, base);
  }

  static Parsed parseFeed(byte[] body, URI base) throws FetchException {
    List<FeedItem> items = new ArrayList<>();
    List<Unlinked> unlinked = new ArrayList<>();
    for (SyndEntry e : build(body).getEntries()) {
      FeedItem item = item(e, base);
      if (item.url() != null) {
        items.add(item);
      } else {
        String link = link(e);
        unlinked.add(new Unlinked(item, link, link == null || link.isBlank() ? "feed item without a link" : FeedLinks.resolve(base, link).problem()));
      }
    }
    return new Parsed(items, List.of(), unlinked);
  }

  /** An RSS or Atom body as Rome reads it (DTDs off). */
  static SyndFeed build(byte[] body) throws FetchException {
    String page = HtmlInsteadOfFeed.title(body);
    if (page != null) {
      // a feed URL that now gives a page (a moved feed, a login or error page): say that, not the XML parser's complaint
      throw new FetchException("not a valid RSS or Atom feed: an HTML page" + (page.isEmpty() ? "" : " («" + page + "»)"));
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FetchException("not a valid RSS or Atom feed: " + firstLine(e.getMessage()));
    }
  }

  /**
   * One feed entry: its link resolved against {@code base} (null when it has none, or none in
   * http(s); base null: absolute links only), title, date, and its own text when it carries one.
   */
  static FeedItem item(SyndEntry e, URI base) {
    String link = link(e);
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    String title = e.getTitle() == null || e.getTitle().isBlank() ? null : e.getTitle().strip();
    return new FeedItem(resolve(base, link), title, date == null ? null : date.toInstant().toString(), text(e));
  }

  /** The entry's link, else its id (an RSS guid that is a permalink, an Atom id); null when both are blank. */
  private static String link(SyndEntry e) {
    if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink(); // Rome gives "" for <link/>
    return e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : null;
  }

  /**
   * content:encoded (RSS) or content (Atom), else description (RSS) or summary (Atom), as HTML;
   * null when all are blank.
   */
  private static String text(SyndEntry e) {
    for (SyndContent c : e.getContents()) {
      if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
        return ItemHtml.of(c.getValue(), c.getType());
      }
    }
    SyndContent d = e.getDescription();
    return d != null && d.getValue() != null && !d.getValue().isBlank() ? ItemHtml.of(d.getValue(), d.getType()) : null;
  }

  static Parsed parseSitemap(byte[] body, URI base) throws FetchException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<FeedItem> items = new ArrayList<>();
    List<URI> sitemaps = new ArrayList<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
      String loc = null;
      String title = null;
      String published = null;
      String lastmod = null;
      boolean inSitemap = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "url" -> {
              loc = title = published = lastmod = null;
              inSitemap = false;
            }
            case "sitemap" -> {
              loc = null;
              inSitemap = true;
            }
            case "loc" -> loc = xml.getElementText().strip();
            case "lastmod" -> lastmod = xml.getElementText().strip();
            case "publication_date" -> published = xml.getElementText().strip();
            case "title" -> title = xml.getElementText().strip();
            default -> { }
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          String name = xml.getLocalName();
          URI url = resolve(base, loc);
          if (name.equals("url") && url != null) {
            items.add(new FeedItem(url, title == null || title.isEmpty() ? null : title, published != null ? published : lastmod));
          } else if (name.equals("sitemap") && inSitemap && url != null) {
            sitemaps.add(url);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new FetchException("not a valid sitemap: " + firstLine(e.getMessage()));
    }
    return new Parsed(items, sitemaps);
  }

  private static URI resolve(URI base, String link) {
    return link == null || link.isBlank() ? null : FeedLinks.resolve(base, link).url();
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}

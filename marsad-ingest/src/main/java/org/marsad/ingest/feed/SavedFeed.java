package org.marsad.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.reader.UnreadableInputException;

/**
 * An RSS or Atom feed saved to a file ({@code marsad ingest feed.xml}): every item that carries
 * its own text (content:encoded, description or summary) becomes one HTML article, as the
 * watcher makes one from a fetched page ({@link FeedItem#toDocument}); the analysis cleans the
 * HTML the same way. An item with a link but no text, or only a teaser (fewer words than the
 * extractor asks of a page), cannot be read from the file: it is reported as a failure of its
 * own (the watcher fetches such links), never dropped silently.
 */
public final class SavedFeed {
  private SavedFeed() {}

  /**
   * Reads every item of a saved feed into the sink.
   *
   * @param body   the whole file
   * @param origin the file (or archive entry); item {@code i} is {@code origin[i]}, 0-based
   * @throws UnreadableInputException the bytes are not an RSS or Atom feed Rome can read
   */
  public static void read(byte[] body, String origin, DocumentSink sink) throws UnreadableInputException {
    SyndFeed feed;
    try {
      feed = FeedParser.build(body);
    } catch (FetchException e) {
      throw new UnreadableInputException(e.getMessage(), body);
    }
    URI site = absolute(feed.getLink());
    String source = sourceOf(feed, site);
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new UnreadableInputException("an RSS or Atom feed without items", body);
    }
    for (int i = 0; i < entries.size(); i++) {
      FeedItem item = FeedParser.item(entries.get(i), site);
      String at = origin + "[" + i + "]";
      if (item.text() == null) {
        sink.failed(at, "feed item without text" + (item.url() == null ? "" : " (only a link: " + item.url() + ")")
            + ": add the feed's URL to DATA/feeds.json and run marsad watch or run to fetch its articles (docs/feeds.md)", null);
      } else if (!item.carriesFullText()) {
        // The extractor would refuse it with "no article text found"; say what it is instead.
        sink.failed(at, "feed item text too short (" + item.textWords() + " words): a teaser"
            + (item.url() == null ? "" : " of " + item.url()) + "; the watcher fetches the linked page (marsad watch or run, docs/feeds.md)", null);
      } else {
        sink.accept(item.toDocument(item.text(), item.url(), source, at), item.extras(null, origin));
      }
    }
  }

  /**
   * The publisher key: the {@code source} of the shipped feed list's entry on the same site as
   * the feed (its link, or its Atom self link), else that site's host name without {@code www.}.
   */
  static String sourceOf(SyndFeed feed, URI site) {
    List<URI> candidates = new ArrayList<>();
    if (site != null) {
      candidates.add(site);
    }
    for (SyndLink l : feed.getLinks()) {
      URI u = absolute(l.getHref());
      if (u != null) {
        candidates.add(u);
      }
    }
    List<FeedSource> shipped = FeedList.defaults().feeds(); // parsed once, not per candidate link
    for (URI u : candidates) {
      for (FeedSource known : shipped) {
        if (host(known.url()).equals(host(u))) {
          return known.source();
        }
      }
    }
    return candidates.isEmpty() ? null : host(candidates.get(0));
  }

  private static String host(URI u) {
    String h = u.getHost().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static URI absolute(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(link.strip());
      return u.getHost() != null && ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) ? u : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}

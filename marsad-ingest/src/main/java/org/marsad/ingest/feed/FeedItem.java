package org.marsad.ingest.feed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.nlp.article.RawDocument;

/**
 * One entry of a feed or sitemap: an article to fetch, or (a saved feed read by
 * {@link SavedFeed}) an article whose text the feed carries.
 *
 * @param url       the article page; null only for an item of a saved feed without a link
 * @param title     headline from the feed, or null
 * @param published publication time from the feed (ISO-8601 when the feed's date parsed), or null
 * @param text      the item's own HTML text (content:encoded, else description / summary), or null
 */
public record FeedItem(URI url, String title, String published, String text) {
  /** An item known by its link only (sitemaps, single pages). */
  public FeedItem(URI url, String title, String published) {
    this(url, title, published, null);
  }

  /**
   * The article this item stands for, as both the watcher and {@link SavedFeed} hand it on: an
   * HTML document (the analysis extracts its text) with the item's title and date.
   *
   * @param html   the page fetched from the item's link, or the item's own text
   * @param url    where the HTML came from (the page after redirects, or the item's link)
   * @param source publisher key
   * @param origin the feed URL or the saved feed's entry, for messages
   */
  RawDocument toDocument(String html, URI url, String source, String origin) {
    return new RawDocument(html, true, title, url == null ? null : url.toString(), source, published, origin);
  }

  /** The extras of {@link #toDocument}: {@code feed} (the feed's URL or file), and the link asked for when the page moved. */
  Map<String, String> extras(URI fetched, String feed) {
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put("feed", feed);
    if (url != null && fetched != null && !fetched.equals(url)) {
      extras.put("requestedUrl", url.toString());
    }
    return extras;
  }
}

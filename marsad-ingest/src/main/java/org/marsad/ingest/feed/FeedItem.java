package org.marsad.ingest.feed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.html.HtmlArticleExtractor;

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

  /** Words of the item's own text (markup dropped), 0 when it has none. */
  public int textWords() {
    String plain = text == null ? "" : Jsoup.parse(text).text().strip();
    return plain.isEmpty() ? 0 : plain.split("\\s+").length;
  }

  /**
   * Whether the item's own text is long enough to be read as the article: at least the words the
   * article extractor asks of a page ({@link HtmlArticleExtractor#MIN_WORDS}); fewer is a teaser.
   */
  public boolean carriesFullText() {
    return textWords() >= HtmlArticleExtractor.MIN_WORDS;
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

  /**
   * The extras of an article the watcher read from the item's own text because its page could not
   * be fetched: {@code textFrom} = {@code feed item}, and {@code pageError}, why the page was not used.
   */
  Map<String, String> itemTextExtras(String feed, String pageError) {
    Map<String, String> extras = extras(null, feed);
    extras.put("textFrom", "feed item");
    extras.put("pageError", pageError);
    return extras;
  }
}

package org.marsad.ingest.feed;

import java.net.URI;
import java.time.Duration;

/**
 * One watched URL from the feed list.
 *
 * @param id           short unique key ("sana", "bbc-arabic")
 * @param name         display name ("سانا")
 * @param url          the feed, sitemap or page URL (http or https)
 * @param kind         what the URL is
 * @param source       publisher key given to the documents ({@code RawDocument.source})
 * @param pollInterval time between polls when all is well
 * @param enabled      false to keep an entry in the list without polling it
 */
public record FeedSource(String id, String name, URI url, FeedKind kind, String source, Duration pollInterval, boolean enabled) {
  /** Polling more often than this is impolite and pointless for news. */
  public static final Duration MIN_POLL_INTERVAL = Duration.ofMinutes(1);

  public FeedSource {
    if (id == null || !id.matches("[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException("Feed id must be lower-case letters, digits, '.', '_' or '-': " + id);
    }
    if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
      throw new IllegalArgumentException("Feed '" + id + "' needs an http(s) URL: " + url);
    }
    if (kind == null) {
      throw new IllegalArgumentException("Feed '" + id + "' needs a kind");
    }
    if (pollInterval == null || pollInterval.compareTo(MIN_POLL_INTERVAL) < 0) {
      throw new IllegalArgumentException("Feed '" + id + "' polls more often than every " + MIN_POLL_INTERVAL.toMinutes() + " minute: " + pollInterval);
    }
    name = name == null || name.isBlank() ? id : name;
    source = source == null || source.isBlank() ? id : source;
  }
}

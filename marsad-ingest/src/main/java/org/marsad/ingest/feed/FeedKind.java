package org.marsad.ingest.feed;

import java.util.Locale;

/** What a watched URL is. */
public enum FeedKind {
  /** RSS 0.9x/1.0/2.0 or Atom, told apart by Rome. */
  FEED,
  /** A sitemap ({@code urlset}, ideally with {@code news:news}) or a sitemap index. */
  SITEMAP,
  /** One article page, fetched itself (re-delivered only when it changes). */
  PAGE;

  /** The config name: {@code feed} (aliases {@code rss}, {@code atom}), {@code sitemap}, {@code page}. */
  public static FeedKind parse(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "feed", "rss", "atom" -> FEED;
      case "sitemap", "news-sitemap" -> SITEMAP;
      case "page", "article" -> PAGE;
      default -> throw new IllegalArgumentException("Unknown feed kind '" + name + "' (expected feed, sitemap or page)");
    };
  }

  /** The config name. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.marsad.ingest.feed;

import java.net.URI;

/**
 * One entry of a feed or sitemap: an article to fetch.
 *
 * @param url       the article page
 * @param title     headline from the feed, or null
 * @param published publication time from the feed (ISO-8601 when the feed's date parsed), or null
 */
public record FeedItem(URI url, String title, String published) {}

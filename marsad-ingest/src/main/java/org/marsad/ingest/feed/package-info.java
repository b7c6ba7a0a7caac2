/**
 * The feed watcher: polls RSS 2.0 / Atom feeds, news sitemaps and plain article URLs politely
 * (robots.txt, conditional GET, per-host rate limit, exponential back-off, a clear User-Agent)
 * and hands the linked article pages on as HTML {@link org.marsad.nlp.article.RawDocument}s.
 * Start at {@link org.marsad.ingest.feed.FeedWatcher}; the feed list is {@link org.marsad.ingest.feed.FeedList}.
 */
package org.marsad.ingest.feed;

package org.marsad.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.NotStoredException;
import org.marsad.ingest.reader.HtmlPages;
import org.marsad.ingest.reader.UnreadableInputException;

/**
 * Watches feeds, news sitemaps and article URLs and hands new article pages to a
 * {@link DocumentSink} as HTML {@link org.marsad.nlp.article.RawDocument}s (url, title and published from the feed
 * item, source from the feed list). Politeness, in order of each request:
 * <ul>
 *   <li>robots.txt of the host is fetched once per {@link WatcherOptions#robotsTtl()} and
 *       obeyed (an unreachable one means "nothing allowed" for an hour, as RFC 9309 says; an
 *       article refused so is not marked seen, and a later poll asks again);</li>
 *   <li>requests to one host are at least {@link WatcherOptions#minHostInterval()} apart (or
 *       the host's Crawl-delay);</li>
 *   <li>feeds are fetched with If-None-Match / If-Modified-Since; a 304 ends the poll;</li>
 *   <li>an article URL is fetched once (per feed; {@link #saveState} keeps the memory across runs);</li>
 *   <li>a 5xx, 429 or network failure of an article stops this poll's article fetching (the
 *       rest is left for the next poll);</li>
 *   <li>a page the sink cannot keep ({@link NotStoredException}: disk full, an I/O error) stays
 *       unseen, ends the feed's poll and counts as a failure of the feed, so it is fetched again
 *       after the back-off;</li>
 *   <li>a failing feed is retried after 2, 4, 8… times its interval, up to
 *       {@link WatcherOptions#maxBackoff()}, or after the server's Retry-After.</li>
 * </ul>
 * Polls run one at a time, either driven by the caller ({@link #pollDue()}) or by
 * {@link #start(Duration)}. Failures of articles go to {@link DocumentSink#failed}; failures
 * of feeds go to the status ({@link #statuses()}).
 */
public final class FeedWatcher implements AutoCloseable {
  /** At most this many child sitemaps of a sitemap index are read per poll (news indexes list the newest first). */
  static final int MAX_CHILD_SITEMAPS = 3;

  private final Map<String, FeedState> states = new LinkedHashMap<>();
  private final DocumentSink sink;
  private final WatcherOptions options;
  private final Clock clock;
  private final PoliteFetcher fetcher;
  private final Object schedulerLock = new Object();
  private ScheduledExecutorService scheduler; // guarded by schedulerLock, not by this (polls hold this)
  /** Read without the lock, so a status page never waits for a poll in progress. */
  private volatile List<FeedStatus> snapshot = List.of();

  /** A watcher with real time and a real HTTP client. */
  public FeedWatcher(List<FeedSource> feeds, DocumentSink sink, WatcherOptions options) {
    this(feeds, sink, options, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  /** A watcher with a given clock and sleeper (tests). */
  FeedWatcher(List<FeedSource> feeds, DocumentSink sink, WatcherOptions options, Clock clock, HostRateLimiter.Sleeper sleeper) {
    this.sink = sink;
    this.options = options;
    this.clock = clock;
    HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER) // PoliteFetcher follows them: robots.txt and the rate limit apply to each hop
        .connectTimeout(options.requestTimeout())
        .build();
    this.fetcher = new PoliteFetcher(client, options, clock, new HostRateLimiter(clock, sleeper));
    Instant now = clock.instant();
    for (FeedSource f : feeds) {
      if (states.put(f.id(), new FeedState(f, now)) != null) {
        throw new IllegalArgumentException("Duplicate feed id '" + f.id() + "'");
      }
    }
    refreshSnapshot();
  }

  /** Polls every enabled feed that is due; returns how many were polled. */
  public synchronized int pollDue() throws InterruptedException {
    Instant now = clock.instant();
    int polled = 0;
    for (FeedState s : states.values()) {
      if (s.feed.enabled() && !s.nextPoll.isAfter(now)) {
        poll(s);
        polled++;
      }
    }
    return polled;
  }

  /** Polls one feed now, due or not. */
  public synchronized FeedStatus poll(String id) throws InterruptedException {
    FeedState s = states.get(id);
    if (s == null) {
      throw new IllegalArgumentException("No feed with id '" + id + "'");
    }
    poll(s);
    return s.status();
  }

  /**
   * Fetches one article URL now (robots.txt and rate limit apply) and hands it to the sink.
   *
   * @return true when a document was delivered
   * @throws NotStoredException the sink could not keep the page (the caller may try again)
   */
  public synchronized boolean fetchArticle(URI url, String title, String published, String source) throws InterruptedException {
    return deliver(new FeedItem(url, title, published), source, url.toString());
  }

  /**
   * Saves validators, seen article URLs and back-off to a JSON file (e.g.
   * {@code ~/.marsad/feed-state.json}) so that the next run goes on where this one stopped.
   */
  public synchronized void saveState(Path file) throws IOException {
    FeedStateStore.save(states.values(), file);
  }

  /**
   * Restores what {@link #saveState} wrote, for the feeds still in the list with the same URL.
   * A missing file is not an error.
   *
   * @return how many feeds were restored
   */
  public synchronized int loadState(Path file) throws IOException {
    int restored = FeedStateStore.load(states, file);
    refreshSnapshot();
    return restored;
  }

  /** Every feed's status, in list order, as of the last finished poll (never blocks). */
  public List<FeedStatus> statuses() {
    return snapshot;
  }

  private void refreshSnapshot() {
    List<FeedStatus> out = new ArrayList<>();
    for (FeedState s : states.values()) {
      out.add(s.status());
    }
    snapshot = List.copyOf(out);
  }

  /** Polls due feeds every {@code tick} on a background thread until {@link #close()}. */
  public void start(Duration tick) {
    synchronized (schedulerLock) {
      startLocked(tick);
    }
  }

  private void startLocked(Duration tick) {
    if (scheduler != null) {
      throw new IllegalStateException("already started");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "marsad-feed-watcher");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        pollDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        // one bad poll must not stop the schedule; the feed's status carries the error
      }
    }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops the background polling (interrupting a poll in progress); safe to call more than once. */
  @Override
  public void close() {
    synchronized (schedulerLock) {
      if (scheduler != null) {
        scheduler.shutdownNow();
        scheduler = null;
      }
    }
  }

  private void poll(FeedState s) throws InterruptedException {
    try {
      pollOnce(s);
    } finally {
      refreshSnapshot();
    }
  }

  private void pollOnce(FeedState s) throws InterruptedException {
    Instant started = clock.instant();
    s.lastPoll = started;
    try {
      URI url = s.feed.url();
      if (!fetcher.allowed(url)) {
        throw new FetchException(fetcher.refusal(url));
      }
      FetchResult r = fetcher.get(url, s.etag, s.lastModified);
      if (r.notModified()) {
        s.notModified++;
        readItems(s, s.pending()); // the feed is unchanged, but items held back last time are not done
      } else {
        s.etag = r.etag();
        s.lastModified = r.lastModified();
        handle(s, r);
      }
      s.lastSuccess = clock.instant();
      s.lastError = null;
      s.lastErrorAt = null;
      s.consecutiveFailures = 0;
      s.nextPoll = started.plus(s.feed.pollInterval());
    } catch (FetchException e) {
      failed(s, started, e.getMessage(), e.retryAfter());
    } catch (NotStoredException e) {
      // the page is good but the store cannot take it: left unseen (pending), fetched again after the back-off
      failed(s, started, "not stored, retried later: " + e.getMessage(), null);
    } catch (IllegalArgumentException e) {
      // a URL no request can be built for: reported on the feed, not thrown out of the round (later feeds would never be polled)
      failed(s, started, "unusable URL: " + e.getMessage(), null);
    }
  }

  private void failed(FeedState s, Instant started, String why, Duration retryAfter) {
    s.consecutiveFailures++;
    s.lastError = why;
    s.lastErrorAt = clock.instant();
    s.nextPoll = started.plus(backoff(s.feed.pollInterval(), s.consecutiveFailures, retryAfter));
  }

  /** interval × 2^failures, capped; at least the server's Retry-After. */
  Duration backoff(Duration interval, int failures, Duration retryAfter) {
    Duration d = interval;
    for (int i = 0; i < failures && d.compareTo(options.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    if (d.compareTo(options.maxBackoff()) > 0) {
      d = options.maxBackoff();
    }
    return retryAfter != null && retryAfter.compareTo(d) > 0 ? retryAfter : d;
  }

  private void handle(FeedState s, FetchResult r) throws FetchException, InterruptedException {
    if (s.feed.kind() == FeedKind.PAGE) {
      if (emit(new FeedItem(r.url(), null, null), r, s.feed.source(), s.feed.url().toString())) {
        s.articlesDelivered++;
      }
      return;
    }
    FeedParser.Parsed parsed = s.feed.kind() == FeedKind.SITEMAP ? FeedParser.parseSitemap(r.body(), r.url()) : FeedParser.parse(r.body(), r.url());
    List<FeedItem> items = new ArrayList<>(parsed.items());
    for (URI child : parsed.sitemaps().subList(0, Math.min(MAX_CHILD_SITEMAPS, parsed.sitemaps().size()))) {
      if (fetcher.allowed(child)) {
        items.addAll(FeedParser.parseSitemap(fetcher.get(child, null, null).body(), child).items());
      }
    }
    unlinked(s, parsed.unlinked());
    readItems(s, items);
  }

  /** Fetches the unseen {@code items} (at most the per-poll limit); those left unseen stay pending. */
  private void readItems(FeedState s, List<FeedItem> items) throws InterruptedException {
    try {
      fetchUnseen(s, items);
    } finally {
      s.keepPending(items);
    }
  }

  private void fetchUnseen(FeedState s, List<FeedItem> items) throws InterruptedException {
    int fetched = 0;
    for (FeedItem item : items) {
      String key = item.url().toString();
      if (s.seen(key) || fetched >= options.maxItemsPerPoll()) {
        continue;
      }
      Outcome outcome;
      try {
        outcome = fetchItem(s, item, key);
      } catch (IllegalArgumentException e) {
        // a link no request can be built for fails alone: the rest of the feed is still read
        s.markSeen(key);
        sink.failed(key, "unusable link: " + e.getMessage(), null);
        continue;
      }
      if (outcome == Outcome.STOP) {
        break;
      }
      if (outcome == Outcome.FETCHED) {
        fetched++;
      }
    }
  }

  /**
   * Entries without a usable link, once each: their own text when it is the whole article,
   * else a failure saying why they cannot be fetched.
   */
  private void unlinked(FeedState s, List<FeedParser.Unlinked> entries) {
    for (FeedParser.Unlinked u : entries) {
      String key = u.key();
      if (s.seen(key)) {
        continue;
      }
      if (u.item().carriesFullText()) {
        emitItemText(u.item(), s, u.problem());
      } else {
        String title = u.item().title() == null ? "" : " «" + u.item().title() + "»";
        sink.failed(u.link() != null ? u.link() : s.feed.url() + title, u.problem(), null);
      }
      s.markSeen(key); // after the sink took it: a NotStoredException leaves it unseen
    }
  }

  /** What became of one item: not requested (robots.txt), fetched, or the host struggles and the poll stops. */
  private enum Outcome { SKIPPED, FETCHED, STOP }

  /**
   * Fetches and delivers one item, or its own text when its page is out of reach. An item is
   * marked seen once the sink has taken it (or it is refused for good); a
   * {@link NotStoredException} of the sink leaves it unseen and ends the poll.
   */
  private Outcome fetchItem(FeedState s, FeedItem item, String key) throws InterruptedException {
    if (!fetcher.allowed(item.url())) {
      if (fetcher.refusedForNow(item.url()) && !item.carriesFullText()) {
        // robots.txt unreachable: no refusal for good, so the item stays unseen (pending) and a later
        // poll asks again, even after a 304; reported once while it waits
        if (s.firstHold(key)) {
          sink.failed(key, fetcher.refusal(item.url()) + "; retried on a later poll", null);
        }
        return Outcome.SKIPPED;
      }
      if (item.carriesFullText()) {
        emitItemText(item, s, fetcher.refusal(item.url()));
      }
      s.skippedByRobots++;
      s.markSeen(key);
      return Outcome.SKIPPED;
    }
    try {
      FetchResult page = fetcher.get(item.url(), null, null);
      try {
        emitPage(item, page, s.feed.source(), s.feed.url().toString());
        s.articlesDelivered++;
      } catch (UnreadableInputException e) {
        // A PDF, an image, JSON, an undecodable or empty page: the item's own text, when whole, is the article.
        if (item.carriesFullText()) {
          emitItemText(item, s, e.reason());
        } else {
          failed(item, e);
        }
      }
      s.markSeen(key);
      return Outcome.FETCHED;
    } catch (FetchException e) {
      if (item.carriesFullText()) {
        // The feed already gave the whole article: keep it rather than lose or retry the item.
        emitItemText(item, s, e.getMessage());
        s.markSeen(key);
        return e.transientFailure() ? Outcome.STOP : Outcome.FETCHED;
      }
      sink.failed(key, e.getMessage(), null);
      if (!e.transientFailure()) {
        s.markSeen(key); // a 404 will not heal
        return Outcome.FETCHED;
      }
      return Outcome.STOP; // the host is struggling: leave the rest (and this one) for the next poll
    }
  }

  private boolean deliver(FeedItem item, String source, String origin) throws InterruptedException {
    try {
      if (!fetcher.allowed(item.url())) {
        sink.failed(item.url().toString(), fetcher.refusal(item.url()), null);
        return false;
      }
      return emit(item, fetcher.get(item.url(), null, null), source, origin);
    } catch (FetchException e) {
      sink.failed(item.url().toString(), e.getMessage(), null);
      return false;
    }
  }

  /** The article from the item's own full text, its page being out of reach ({@code why}). */
  private void emitItemText(FeedItem item, FeedState s, String why) {
    String feed = s.feed.url().toString();
    sink.accept(item.toDocument(item.text(), item.url(), s.feed.source(), feed), item.itemTextExtras(feed, why));
    s.articlesDelivered++;
  }

  /** Delivers the page, or reports why it is not a usable article page; true when delivered. */
  private boolean emit(FeedItem item, FetchResult page, String source, String feedUrl) {
    try {
      emitPage(item, page, source, feedUrl);
      return true;
    } catch (UnreadableInputException e) {
      failed(item, e);
      return false;
    }
  }

  /**
   * Delivers the page as the item's article; refuses (delivering nothing) a page that is not
   * HTML (a PDF, an image, JSON…), cannot be decoded or has no text.
   */
  private void emitPage(FeedItem item, FetchResult page, String source, String feedUrl) throws UnreadableInputException {
    String type = page.contentType() == null ? "" : page.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!type.isEmpty() && !type.contains("html")) {
      throw new UnreadableInputException("not an HTML page (" + page.contentType() + ")", null);
    }
    String html = HtmlPages.decode(page.body(), HtmlPages.charsetOf(page.contentType()));
    sink.accept(item.toDocument(html, page.url(), source, feedUrl), item.extras(page.url(), feedUrl));
  }

  private void failed(FeedItem item, UnreadableInputException e) {
    sink.failed(item.url().toString(), e.reason(), e.bytes() != null && e.bytes().length <= 1024 * 1024 ? e.bytes() : null);
  }
}

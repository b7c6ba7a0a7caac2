package org.marsad.app.run;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.app.alert.AlertEngine;
import org.marsad.app.http.service.IngestService;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.NotStoredException;
import org.marsad.nlp.article.RawDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the feed watcher delivers: each article page is analysed and stored through the same
 * {@link IngestService} as {@code POST /api/ingest} (so a page seen twice is stored once), and
 * the alerts run on every new article. Pages that cannot be fetched or analysed go to the
 * quarantine; one bad page never stops a poll. A page the store cannot take (an I/O error, a full
 * disk, shutting down) is not the page's fault: {@link #accept} throws {@link NotStoredException},
 * the watcher leaves it unseen and fetches it again after its back-off (session 17 QA, F9).
 *
 * <p>The store step runs on a thread of its own that nobody interrupts. Stopping the watcher
 * interrupts its thread (to cut a slow fetch short), and an interrupt that reaches Lucene in the
 * middle of a write closes the index file's channel ({@code ClosedByInterruptException}): the
 * writer then refuses every write, the last commit at shutdown fails, and the page in hand was
 * quarantined while the watcher marked it seen (session 17 QA, a SIGTERM during a poll). The
 * watcher's thread waits for the page it handed over, then keeps its interrupt and stops at its
 * next fetch.
 */
public final class FeedIngest implements DocumentSink, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedIngest.class);

  /**
   * What the watcher delivered since start.
   *
   * @param stored     new articles stored
   * @param duplicates pages whose content was already stored
   * @param failed     pages that could not be fetched or analysed (quarantined)
   * @param alertHits  alert hits caused by the new articles
   * @param notStored  good pages the store could not take (left for a later poll; may be stored since)
   */
  public record Counts(long stored, long duplicates, long failed, long alertHits, long notStored) {}

  private final IngestService ingest;
  private final AlertEngine alerts;
  private final Quarantine quarantine;
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong notStored = new AtomicLong();
  private final AtomicLong alertHits = new AtomicLong();
  private final Map<String, AtomicLong> storedByFeed = new ConcurrentHashMap<>();
  private final ExecutorService storing = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marsad-feed-store");
    t.setDaemon(true);
    return t;
  });

  public FeedIngest(IngestService ingest, AlertEngine alerts, Quarantine quarantine) {
    this.ingest = ingest;
    this.alerts = alerts;
    this.quarantine = quarantine;
  }

  @Override
  public void accept(RawDocument document) {
    accept(document, Map.of());
  }

  @Override
  public void accept(RawDocument document, Map<String, String> extras) {
    Future<?> done;
    try {
      done = storing.submit(() -> store(document, extras));
    } catch (RejectedExecutionException closed) {
      throw new NotStoredException("marsad is shutting down", closed); // the next run fetches it
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          done.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true; // the page in hand is stored all the same; the watcher stops after it
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) throw error;
          if (e.getCause() instanceof NotStoredException notStored) throw notStored;
          throw new IllegalStateException(e.getCause()); // store() handles every other exception itself
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  private static String origin(RawDocument document) {
    return document.url() != null ? document.url() : document.origin();
  }

  private void store(RawDocument document, Map<String, String> extras) {
    String origin = origin(document);
    IngestService.Ingested result;
    try {
      result = ingest.ingest(document);
    } catch (IOException e) {
      notStored.incrementAndGet();
      LOG.warn("feed article not stored, fetched again at a later poll: {}: {}", origin, e.toString());
      throw new NotStoredException("could not store: " + e.getMessage(), e);
    } catch (RuntimeException e) { // the analyser rejects a page (no article text, …): quarantine it, go on
      failed(origin, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null);
      return;
    }
    if (!result.created()) {
      duplicates.incrementAndGet();
      return;
    }
    stored.incrementAndGet();
    String feed = extras.getOrDefault("feed", document.origin());
    if (feed != null) storedByFeed.computeIfAbsent(feed, f -> new AtomicLong()).incrementAndGet();
    int hits = alerts.onIngested(result.article()).size();
    alertHits.addAndGet(hits);
    // The watcher says when the text is the feed item's own, its page being out of reach (docs/feeds.md).
    String from = "feed item".equals(extras.get("textFrom")) ? ", text from the feed item (page: " + extras.get("pageError") + ")" : "";
    LOG.info("feed article stored: {} ({}){}{}", result.article().id(), origin, from, hits > 0 ? ", " + hits + " alert hit(s)" : "");
  }

  @Override
  public void failed(String origin, String reason, byte[] bytes) {
    failed.incrementAndGet();
    quarantine.add(origin, reason, bytes);
    LOG.info("feed article skipped: {}: {}", origin, reason);
  }

  /** New articles stored from the feed with this URL since start. */
  public long storedFrom(String feedUrl) {
    AtomicLong n = storedByFeed.get(feedUrl);
    return n == null ? 0 : n.get();
  }

  /** Lets the page being stored finish (the watcher has stopped before), then ends the store thread. */
  @Override
  public void close() {
    storing.shutdown();
    try {
      if (!storing.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) LOG.warn("a feed article was still being stored after 2 min");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The counts so far. */
  public Counts counts() {
    return new Counts(stored.get(), duplicates.get(), failed.get(), alertHits.get(), notStored.get());
  }
}

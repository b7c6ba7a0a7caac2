package org.marsad.app.alert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.marsad.nlp.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved alerts of a data directory wired for a command that ingests without the server
 * ({@code marsad ingest}): the same {@link AlertEngine} with the hit log and webhooks as
 * {@code run}/{@code watch}/{@code serve}, but no live events (nobody is connected).
 * {@link #close()} waits a while for webhook deliveries still in progress, since the process
 * is about to end.
 */
public final class AlertDelivery implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);
  /** How long closing waits for webhooks: enough for a slow receiver, not for the whole back-off (2 min). */
  static final Duration DRAIN = Duration.ofSeconds(30);

  private final AlertRepository alerts;
  private final AlertEngine engine;
  private final HitLog log;
  private final WebhookNotifier webhooks;
  private final Duration drain;
  private long hits; // guarded by this

  private AlertDelivery(AlertRepository alerts, AlertEngine engine, HitLog log, WebhookNotifier webhooks, Duration drain) {
    this.alerts = alerts;
    this.engine = engine;
    this.log = log;
    this.webhooks = webhooks;
    this.drain = drain;
  }

  /**
   * Opens {@code DATA/alerts.json} (none yet: no alerts) and the hit log.
   *
   * @throws IOException the alert file is unreadable or invalid
   */
  public static AlertDelivery open(Path dataDir) throws IOException {
    return open(dataDir, Backoff.DEFAULT, DRAIN, UnaryOperator.identity());
  }

  /** As {@link #open(Path)}, each alert query read through {@code expansion} as search reads it ({@code QueryExpansion}). */
  public static AlertDelivery open(Path dataDir, UnaryOperator<String> expansion) throws IOException {
    return open(dataDir, Backoff.DEFAULT, DRAIN, expansion);
  }

  static AlertDelivery open(Path dataDir, Backoff backoff, Duration drain) throws IOException {
    return open(dataDir, backoff, drain, UnaryOperator.identity());
  }

  private static AlertDelivery open(Path dataDir, Backoff backoff, Duration drain, UnaryOperator<String> expansion) throws IOException {
    QueryMatcher matcher = new QueryMatcher(expansion);
    Clock clock = Clock.systemUTC();
    AlertRepository alerts = new AlertRepository(dataDir, matcher, clock);
    HitLog log = new HitLog(dataDir);
    WebhookNotifier webhooks = new WebhookNotifier(backoff);
    AlertEngine engine = new AlertEngine(alerts, matcher, clock).addListener(log).addListener(webhooks);
    return new AlertDelivery(alerts, engine, log, webhooks, drain);
  }

  /** Whether any alert is switched on (when none is, ingest need not keep articles for them). */
  public boolean anyEnabled() {
    return !alerts.enabled().isEmpty();
  }

  /**
   * Runs every enabled alert on a newly stored article. A failing alert never stops an ingest:
   * it is logged and the article counts as without hits.
   */
  public void onIngested(Article article) {
    try {
      int n = engine.onIngested(article).size();
      synchronized (this) {
        hits += n;
      }
    } catch (RuntimeException e) {
      LOG.warn("alerts failed on article {}: {}", article.id(), e.toString());
    }
  }

  /** Hits so far (each written to the hit log and handed to its webhook). */
  public synchronized long hits() {
    return hits;
  }

  /** The hit log file (DATA/alert-hits.jsonl). */
  public Path hitLog() {
    return log.file();
  }

  /** Waits up to 30 s for webhook deliveries in progress, then stops delivery. */
  @Override
  public void close() {
    try {
      if (!webhooks.awaitDeliveries(drain)) LOG.warn("alert webhooks: deliveries still pending after {} s were dropped", drain.toSeconds());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      webhooks.close();
    }
  }
}

package org.marsad.app.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.marsad.nlp.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the enabled alerts on each newly ingested article and hands every hit to the
 * listeners (hit log, webhooks, live events). Whoever ingests calls {@link #onIngested}.
 */
public final class AlertEngine {
  private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);

  private final AlertRepository alerts;
  private final AlertMatcher matcher;
  private final Clock clock;
  private final List<HitListener> listeners = new CopyOnWriteArrayList<>();

  public AlertEngine(AlertRepository alerts, AlertMatcher matcher, Clock clock) {
    this.alerts = alerts;
    this.matcher = matcher;
    this.clock = clock;
  }

  /** Adds a listener; returns this for chaining. */
  public AlertEngine addListener(HitListener listener) {
    listeners.add(listener);
    return this;
  }

  /** Runs every enabled alert on the article; returns the hits (each already delivered). */
  public List<AlertHit> onIngested(Article article) {
    List<AlertHit> hits = new ArrayList<>();
    for (Alert alert : matcher.matching(alerts.enabled(), article)) {
      AlertHit hit = new AlertHit(alert.id(), alert.name(), alert.query(), article.id(), article.title(),
          article.source(), article.published(), article.url(), Instant.now(clock).toString());
      hits.add(hit);
      for (HitListener l : listeners) {
        try {
          l.onHit(alert, hit);
        } catch (RuntimeException e) { // one broken listener must not starve the others
          LOG.warn("alert listener {} failed on hit {}/{}: {}", l.getClass().getSimpleName(), alert.id(), article.id(), e.toString());
        }
      }
    }
    return hits;
  }
}

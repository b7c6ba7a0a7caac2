package org.marsad.app.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each hit of an alert that has a webhook, as JSON ({@code {"event":"alert-hit", …hit}}).
 * Delivery is asynchronous; network errors, 5xx, 408 and 429 answers are retried on the
 * {@link Backoff} schedule, other answers are final.
 */
public final class WebhookNotifier implements HitListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client;
  private final Backoff backoff;
  private final ObjectMapper json = new ObjectMapper();
  /** Hits whose delivery has neither succeeded nor been given up yet (guarded by itself). */
  private final int[] pending = {0};
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marsad-webhooks");
    t.setDaemon(true);
    return t;
  });

  public WebhookNotifier(Backoff backoff) {
    this.backoff = backoff;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public void onHit(Alert alert, AlertHit hit) {
    if (alert.webhook() == null) return;
    ObjectNode body = json.createObjectNode().put("event", "alert-hit");
    body.setAll((ObjectNode) json.valueToTree(hit));
    HttpRequest request = HttpRequest.newBuilder(URI.create(alert.webhook()))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "Marsad-alerts/0.1")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
    synchronized (pending) {
      pending[0]++;
    }
    try {
      scheduler.execute(() -> attempt(request, 1));
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      settled();
      LOG.warn("webhook {} not sent: delivery is stopped", request.uri());
    }
  }

  /**
   * Waits until every hit handed over so far has been delivered or given up, at most
   * {@code max}; returns whether none is left. A short-lived command ({@code marsad ingest})
   * calls it before {@link #close()}, which drops deliveries still waiting for a retry.
   */
  public boolean awaitDeliveries(Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    synchronized (pending) {
      while (pending[0] > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return false;
        TimeUnit.NANOSECONDS.timedWait(pending, left);
      }
      return true;
    }
  }

  private void settled() {
    synchronized (pending) {
      pending[0]--;
      pending.notifyAll();
    }
  }

  private void attempt(HttpRequest request, int attempt) {
    client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
      boolean retry;
      String why;
      if (error != null) {
        retry = true;
        why = error.toString();
      } else {
        int status = response.statusCode();
        if (status / 100 == 2) {
          settled();
          return;
        }
        retry = retryable(status);
        why = "HTTP " + status;
      }
      if (retry && attempt < backoff.attempts() && !scheduler.isShutdown()) {
        long delay = backoff.delayBefore(attempt + 1).toMillis();
        LOG.info("webhook {} failed ({}), attempt {} of {}, retrying in {} ms", request.uri(), why, attempt, backoff.attempts(), delay);
        try {
          scheduler.schedule(() -> attempt(request, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
          settled();
        }
      } else {
        LOG.warn("webhook {} failed ({}) after {} attempt(s); giving up", request.uri(), why, attempt);
        settled();
      }
    });
  }

  /** Server errors and rate limiting may pass; any other answer (4xx, 3xx) will not change by retrying. */
  static boolean retryable(int status) {
    return status >= 500 || status == 429 || status == 408;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}

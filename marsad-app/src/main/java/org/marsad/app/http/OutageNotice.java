package org.marsad.app.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether a failure is news: the first failure after a success (or ever) is, the ones that follow
 * it are not, until a success ends the outage. The status page is refreshed every few seconds by
 * each open browser tab, and while Solr was down it logged the same warning at each refresh.
 * Thread-safe: request threads share it.
 */
final class OutageNotice {
  private final AtomicBoolean down = new AtomicBoolean();

  /** A failure: true when it starts an outage (log it), false while one goes on. */
  boolean failed() {
    return down.compareAndSet(false, true);
  }

  /** A success: true when it ends an outage (say so once), false otherwise. */
  boolean succeeded() {
    return down.compareAndSet(true, false);
  }
}

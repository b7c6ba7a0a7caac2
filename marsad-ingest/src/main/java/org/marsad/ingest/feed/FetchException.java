package org.marsad.ingest.feed;

import java.time.Duration;

/** A request failed; the message is one line for the status page ("HTTP 503", "timed out"). */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final transient Duration retryAfter;
  private final boolean permanent;

  FetchException(String reason, int status, Duration retryAfter) {
    this(reason, status, retryAfter, false);
  }

  private FetchException(String reason, int status, Duration retryAfter, boolean permanent) {
    super(reason);
    this.status = status;
    this.retryAfter = retryAfter;
    this.permanent = permanent;
  }

  /** A refusal on our side that another try would meet again (a redirect robots.txt forbids, a redirect loop). */
  static FetchException permanent(String reason) {
    return new FetchException(reason, 0, null, true);
  }

  FetchException(String reason) {
    this(reason, 0, null);
  }

  /** The HTTP status, or 0 when there was no response. */
  public int status() {
    return status;
  }

  /** The server's Retry-After, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** Made by {@link #permanent}: a redirect loop, a refused https→http redirect, an unusable Location. */
  boolean isPermanent() {
    return permanent;
  }

  /** Worth retrying later: no response, 408, 429 or 5xx. A 4xx or a {@link #permanent} refusal will not heal by itself. */
  public boolean transientFailure() {
    return !permanent && (status == 0 || status == 408 || status == 429 || status >= 500);
  }
}

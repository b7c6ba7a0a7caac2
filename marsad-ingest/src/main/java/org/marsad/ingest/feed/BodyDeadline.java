package org.marsad.ingest.feed;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for reading a response body: when it passes, the reading thread is interrupted and
 * the stream closed, which makes the blocked read fail. Closing this before the deadline cancels
 * it, and clears an interrupt it caused, so no stray interrupt leaks into the caller's next step.
 */
final class BodyDeadline implements Closeable {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marsad-feed-body-deadline");
    t.setDaemon(true);
    return t;
  });

  private final Thread reader = Thread.currentThread();
  private final InputStream body;
  private final Object lock = new Object();
  private boolean finished;
  private boolean fired;
  private ScheduledFuture<?> task;

  private BodyDeadline(InputStream body) {
    this.body = body;
  }

  /** Arms a deadline ({@link System#nanoTime()} based) for the calling thread's reads of {@code body}. */
  static BodyDeadline start(InputStream body, long deadlineNanos) {
    BodyDeadline d = new BodyDeadline(body);
    d.task = TIMER.schedule(d::fire, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    return d;
  }

  private void fire() {
    synchronized (lock) {
      if (finished) return;
      fired = true;
      reader.interrupt();
    }
    try {
      body.close();
    } catch (IOException | RuntimeException ignored) {
      // the interrupt alone ends the read
    }
  }

  /** True when the deadline passed before the body was read. */
  boolean fired() {
    synchronized (lock) {
      return fired;
    }
  }

  @Override
  public void close() {
    task.cancel(false);
    synchronized (lock) {
      finished = true;
      if (fired) Thread.interrupted(); // our interrupt, not the caller's
    }
  }
}

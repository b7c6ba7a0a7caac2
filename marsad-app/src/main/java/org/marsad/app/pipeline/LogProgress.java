package org.marsad.app.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for logs and pipes: one plain line per report, e.g.
 * {@code marsad: ingest 14,000 documents (13,200 new), 327 docs/s, 0:43 elapsed}, and
 * {@code …(13,200 new; 2 unreadable inputs)…} once an input could not be read: it is no document.
 */
public final class LogProgress implements IngestProgress {
  private final PrintStream out;
  private long lastDone = -1;
  private long lastUnreadable = -1;

  public LogProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void update(long done, long ingested, long unreadable, long expected, long millis) {
    if (done == lastDone && unreadable == lastUnreadable) return; // nothing new: keep logs quiet while the source is slow
    lastDone = done;
    lastUnreadable = unreadable;
    String total = expected > 0 ? String.format(Locale.ROOT, "/%,d", expected) : "";
    String bad = unreadable > 0 ? "; " + ProgressFormat.unreadable(unreadable) : "";
    out.printf(Locale.ROOT, "marsad: ingest %,d%s %s (%,d new%s), %,.0f docs/s, %s elapsed%n",
        done, total, (expected > 0 ? expected : done) == 1 ? "document" : "documents", ingested, bad,
        ProgressFormat.rate(done, millis), ProgressFormat.duration(millis / 1000));
    out.flush();
  }
}

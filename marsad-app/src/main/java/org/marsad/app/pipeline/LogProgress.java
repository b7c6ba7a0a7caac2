package org.marsad.app.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for logs and pipes: one plain line per report, e.g.
 * {@code marsad: ingest 14,000 documents (13,200 new), 327 docs/s, 0:43 elapsed}.
 */
public final class LogProgress implements IngestProgress {
  private final PrintStream out;
  private long lastDone = -1;

  public LogProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void update(long done, long ingested, long expected, long millis) {
    if (done == lastDone) return; // nothing new: keep logs quiet while the source is slow
    lastDone = done;
    String total = expected > 0 ? String.format(Locale.ROOT, "/%,d", expected) : "";
    out.printf(Locale.ROOT, "marsad: ingest %,d%s %s (%,d new), %,.0f docs/s, %s elapsed%n",
        done, total, (expected > 0 ? expected : done) == 1 ? "document" : "documents", ingested, ProgressFormat.rate(done, millis), ProgressFormat.duration(millis / 1000));
    out.flush();
  }
}

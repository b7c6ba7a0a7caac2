package org.marsad.app.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for a terminal, redrawn in place with a carriage return:
 * {@code [#######.......]  45%  14,000/31,030  327 docs/s  ETA 0:52}. Without a known total it
 * shows the count and rate only.
 */
public final class TerminalProgress implements IngestProgress {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private int lastLength;

  public TerminalProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void update(long done, long ingested, long unreadable, long expected, long millis) {
    StringBuilder line = new StringBuilder();
    if (expected > 0) {
      double f = Math.min(1.0, done / (double) expected);
      int filled = (int) Math.round(f * WIDTH);
      line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
      line.append(String.format(Locale.ROOT, "%3d%%  %,d/%,d", Math.round(f * 100), done, expected));
    } else {
      line.append(String.format(Locale.ROOT, "%,d %s", done, done == 1 ? "document" : "documents"));
    }
    if (unreadable > 0) line.append("  ").append(ProgressFormat.unreadable(unreadable)); // no documents: apart from the count
    line.append(String.format(Locale.ROOT, "  %,.0f docs/s", ProgressFormat.rate(done, millis)));
    long eta = ProgressFormat.etaSeconds(done, expected, millis);
    line.append(eta >= 0 ? "  ETA " + ProgressFormat.duration(eta) : "  " + ProgressFormat.duration(millis / 1000));
    int pad = Math.max(0, lastLength - line.length());
    lastLength = line.length();
    out.print("\r" + line + " ".repeat(pad));
    out.flush();
  }

  @Override
  public synchronized void finish() {
    out.println();
  }
}

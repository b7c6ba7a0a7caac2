package org.marsad.app.pipeline;

import java.util.Locale;

/** Counts, rates and durations as the progress displays write them. */
final class ProgressFormat {
  private ProgressFormat() {}

  static double rate(long done, long millis) {
    return millis <= 0 ? 0 : done * 1000.0 / millis;
  }

  /** "1 unreadable input", "2 unreadable inputs". */
  static String unreadable(long inputs) {
    return String.format(Locale.ROOT, "%,d unreadable %s", inputs, inputs == 1 ? "input" : "inputs");
  }

  /** "1:02:03" or "2:03". */
  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
  }

  /** Seconds left at the current rate, or -1 when unknown. */
  static long etaSeconds(long done, long expected, long millis) {
    double rate = rate(done, millis);
    if (expected <= 0 || rate <= 0 || done > expected) return -1;
    return Math.round((expected - done) / rate);
  }
}

package org.marsad.app.cli;

/** Cells of the commands' text tables: a missing value shows as "-", so the columns stay readable. */
final class Cells {
  private Cells() {}

  /** {@code s}, or "-" when it is null or blank (an empty cell would shift the columns a reader counts). */
  static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}

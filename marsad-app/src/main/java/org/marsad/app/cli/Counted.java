package org.marsad.app.cli;

import java.util.Locale;

/** A count with its noun in the right number for English output: "1 result", "2,031 results". */
final class Counted {
  private Counted() {}

  /** {@code n} with thousands separators, then {@code one} when n is 1, else {@code many}. */
  static String of(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}

package org.marsad.testkit.fuzz;

import java.util.List;
import java.util.function.ToIntFunction;

/** Checks on offset ranges (tokens, sentences, entities) that every analysis result must keep. */
public final class Spans {
  private Spans() {}

  /**
   * Each span lies within {@code [0, length]}, is not reversed ({@code start <= end}, or
   * {@code start < end} when {@code nonEmpty}), and starts no earlier than the previous one
   * ends when {@code disjoint}, else no earlier than the previous one starts.
   *
   * @throws AssertionError naming the first bad span
   */
  public static <T> void check(String what, List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end,
      int length, boolean nonEmpty, boolean disjoint) {
    int previousStart = 0;
    int previousEnd = 0;
    for (int i = 0; i < spans.size(); i++) {
      T span = spans.get(i);
      int s = start.applyAsInt(span);
      int e = end.applyAsInt(span);
      if (s < 0 || e > length || s > e || (nonEmpty && s == e)) {
        throw new AssertionError(what + " " + i + " [" + s + ", " + e + ") out of bounds for length " + length + ": " + span);
      }
      if (s < (disjoint ? previousEnd : previousStart)) {
        throw new AssertionError(what + " " + i + " [" + s + ", " + e + ") starts before the previous one ["
            + previousStart + ", " + previousEnd + ")");
      }
      previousStart = s;
      previousEnd = e;
    }
  }
}

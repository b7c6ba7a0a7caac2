package org.marsad.app.pipeline;

import java.util.TreeSet;

/**
 * Lets numbered documents (0, 1, 2, … in the order the source read them) through one at a time in
 * number order, whichever worker finishes its analysis first. Document n {@link #await}s until
 * every document before it {@link #leave}s; a document dropped before its turn (a failed analysis,
 * a store failure) leaves at once, out of order, so its successors never wait for it forever.
 * Leaving twice is harmless, which lets every path out of a worker leave without counting.
 */
final class Turnstile {
  /** The first number that has not left yet. */
  private long next;
  /** Numbers above {@link #next} that left early. */
  private final TreeSet<Long> leftEarly = new TreeSet<>();
  /** Time the callers of {@link #await} spent waiting, summed over threads (the turnstile's cost). */
  private long waitedNanos;

  /** Waits until every number below {@code n} has left (not interruptible: the turn must be kept). */
  synchronized void await(long n) {
    if (next >= n) return;
    long start = System.nanoTime();
    boolean interrupted = false;
    while (next < n) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    waitedNanos += System.nanoTime() - start;
    if (interrupted) Thread.currentThread().interrupt();
  }

  /** Nanoseconds the callers of {@link #await} have waited so far, summed over threads. */
  synchronized long waitedNanos() {
    return waitedNanos;
  }

  /** {@code n} is done (passed or dropped): its successors may go. */
  synchronized void leave(long n) {
    if (n < next || !leftEarly.add(n)) return;
    while (!leftEarly.isEmpty() && leftEarly.first() == next) {
      leftEarly.pollFirst();
      next++;
    }
    notifyAll();
  }
}

package org.marsad.nlp.util;

import java.util.function.Supplier;

/**
 * Lets one order-dependent step of an analysis run in input order while the rest of the analysis
 * runs in parallel. The entity registry learns from each article (names, counts that rank them), so
 * the ids an article gets depend on which articles registered before it: an ingest with several
 * workers binds a {@link Gate} for each document on the thread analysing it, and the step waits
 * there for the documents read before it. Without a gate (one article at a time: the feed watcher,
 * the HTTP ingest, tests) the step just runs.
 */
public final class InputOrder {
  /** A document's turn: {@link #enter} waits until every earlier document left, {@link #leave} passes it on. */
  public interface Gate {
    void enter();

    void leave();
  }

  private static final ThreadLocal<Gate> CURRENT = new ThreadLocal<>();

  private InputOrder() {}

  /** Binds the gate of the document this thread analyses next (null to unbind). */
  public static void bind(Gate gate) {
    if (gate == null) CURRENT.remove();
    else CURRENT.set(gate);
  }

  /**
   * Runs {@code step} in the bound document's turn and passes the turn on (also when it throws).
   * A gate serves once: a second ordered step of the same analysis runs without waiting.
   */
  public static <T> T inTurn(Supplier<T> step) {
    Gate gate = CURRENT.get();
    if (gate == null) return step.get();
    CURRENT.remove();
    gate.enter();
    try {
      return step.get();
    } finally {
      gate.leave();
    }
  }
}

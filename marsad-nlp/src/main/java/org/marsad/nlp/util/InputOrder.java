package org.marsad.nlp.util;

import java.util.function.Predicate;
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

    /**
     * Whether the document with this content id teaches the collection; asked between {@link
     * #enter} and {@link #leave}, so a run can answer "the first copy in input order does".
     */
    default boolean learns(String documentId) {
      return true;
    }
  }

  private static final ThreadLocal<Gate> CURRENT = new ThreadLocal<>();

  private InputOrder() {}

  /** Binds the gate of the document this thread analyses next (null to unbind). */
  public static void bind(Gate gate) {
    if (gate == null) CURRENT.remove();
    else CURRENT.set(gate);
  }

  /**
   * A gate for one document analysed on its own (no order to keep): it learns when {@code
   * learns} says so ({@code id -> !store.contains(id)} for an ingest, {@code id -> false} for an
   * analysis that stores nothing).
   */
  public static Gate alone(Predicate<String> learns) {
    return new Gate() {
      @Override
      public void enter() {}

      @Override
      public void leave() {}

      @Override
      public boolean learns(String documentId) {
        return learns.test(documentId);
      }
    };
  }

  /**
   * Runs {@code learn} in the bound document's turn, or {@code lookUp} instead when the gate says
   * the document teaches nothing ({@link Gate#learns}), and passes the turn on (also when it
   * throws). A gate serves once: a second ordered step of the same analysis runs without waiting
   * and learns.
   */
  public static <T> T inTurn(String documentId, Supplier<T> learn, Supplier<T> lookUp) {
    Gate gate = CURRENT.get();
    if (gate == null) return learn.get();
    CURRENT.remove();
    gate.enter();
    try {
      return gate.learns(documentId) ? learn.get() : lookUp.get();
    } finally {
      gate.leave();
    }
  }
}

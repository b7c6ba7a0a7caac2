package org.marsad.testkit.fuzz;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs one parser call and separates documented input errors from findings. A parser may
 * refuse an input only with one of the exception types its javadoc names, and only with a
 * message a user could read; anything else (a {@link NullPointerException}, an index out of
 * bounds, a {@link StackOverflowError}, an undocumented exception, a documented one with no
 * message) propagates as a finding.
 *
 * <pre>{@code
 * Documented.refusals(QuerySyntaxException.class).call(() -> MarsadQueryParser.parse(q));
 * }</pre>
 */
public final class Documented {
  private final List<Class<? extends Exception>> allowed;

  private Documented(List<Class<? extends Exception>> allowed) {
    this.allowed = allowed;
  }

  /** A guard that lets only {@code types} (and their subclasses) through as refusals. */
  @SafeVarargs
  public static Documented refusals(Class<? extends Exception>... types) {
    return new Documented(List.of(types));
  }

  /** A guard for parsers that never refuse: every exception is a finding. */
  public static Documented none() {
    return new Documented(List.of());
  }

  /**
   * Runs {@code call}; returns its result, or null when it refused the input in a documented way.
   *
   * @throws AssertionError for a documented exception type without a message
   * @throws Exception      any undocumented exception, unchanged, so the fuzzer reports it
   */
  public <T> T call(Callable<T> call) throws Exception {
    try {
      return call.call();
    } catch (Exception e) {
      if (!isAllowed(e)) {
        throw e;
      }
      String message = e.getMessage();
      if (message == null || message.isBlank()) {
        throw new AssertionError("documented refusal without a message: " + e.getClass().getName(), e);
      }
      return null;
    }
  }

  private boolean isAllowed(Exception e) {
    for (Class<? extends Exception> type : allowed) {
      if (type.isInstance(e)) {
        return true;
      }
    }
    return false;
  }
}

package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The turnstile counts the time its callers wait for their turn (IngestBench reports it as the
 * turnstile's cost): a caller whose turn has come does not wait, one whose predecessor is still
 * in hand waits until that predecessor leaves, and the wait is counted.
 */
class TestTurnstileWaiting {
  @Test
  void a_turn_that_has_come_costs_no_wait() {
    Turnstile t = new Turnstile();
    t.await(0);
    t.leave(0);
    t.await(1);
    assertThat(t.waitedNanos()).isZero();
  }

  @Test
  void waiting_for_a_predecessor_is_counted_until_it_leaves() throws Exception {
    Turnstile t = new Turnstile();
    CountDownLatch calling = new CountDownLatch(1);
    CountDownLatch through = new CountDownLatch(1);
    Thread second = new Thread(() -> {
      calling.countDown();
      t.await(1);
      through.countDown();
    });
    long started = System.nanoTime();
    second.start();
    calling.await();
    // The wait is timed from inside await, so hold document 0 only once document 1 is really
    // waiting there (on a loaded machine the thread may start late): the held time then lies
    // inside the counted wait, whatever the scheduling.
    waitUntilWaiting(second);
    long held = System.nanoTime();
    assertThat(through.await(200, TimeUnit.MILLISECONDS)).as("document 1 waits while 0 is in hand").isFalse();
    long heldNanos = System.nanoTime() - held;
    t.leave(0);
    assertThat(through.await(30, TimeUnit.SECONDS)).as("0 left: 1 goes").isTrue();
    second.join();
    long lived = System.nanoTime() - started;
    assertThat(t.waitedNanos())
        .as("at least the time 0 was held once 1 waited, at most the waiting thread's life")
        .isGreaterThanOrEqualTo(heldNanos)
        .isLessThanOrEqualTo(lived);
  }

  /** Waits until {@code thread} is parked in {@code Object.wait} (after {@code calling}, only await's wait parks it). */
  private static void waitUntilWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (thread.getState() != Thread.State.WAITING) {
      assertThat(System.nanoTime()).as("document 1 reaches the turnstile's wait").isLessThan(deadline);
      Thread.sleep(1);
    }
  }
}

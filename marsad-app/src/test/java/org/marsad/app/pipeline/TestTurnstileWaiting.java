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
    CountDownLatch through = new CountDownLatch(1);
    Thread second = new Thread(() -> {
      t.await(1);
      through.countDown();
    });
    second.start();
    assertThat(through.await(200, TimeUnit.MILLISECONDS)).as("document 1 waits while 0 is in hand").isFalse();
    t.leave(0);
    assertThat(through.await(30, TimeUnit.SECONDS)).as("0 left: 1 goes").isTrue();
    second.join();
    assertThat(t.waitedNanos()).as("at least the 200 ms it was held").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
  }
}

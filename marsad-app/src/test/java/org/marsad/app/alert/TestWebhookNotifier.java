package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery against a real HTTP receiver on 127.0.0.1. */
class TestWebhookNotifier {
  HttpServer receiver;
  final List<String> bodies = new CopyOnWriteArrayList<>();
  final AtomicInteger failuresLeft = new AtomicInteger();
  final AtomicInteger failStatus = new AtomicInteger(503);
  CountDownLatch delivered;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      int status = failuresLeft.getAndDecrement() > 0 ? failStatus.get() : 204;
      ex.sendResponseHeaders(status, -1);
      ex.close();
      if (status == 204) delivered.countDown();
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private static AlertHit hit() {
    return new AlertHit("al1", "لافروف", "لافروف", "a1", "لافروف يؤكد استمرار الدعم", "sana", "2021-08-09T10:00:00Z", null, "2026-01-02T03:04:05Z");
  }

  @Test
  void a_hit_is_posted_as_json_and_retried_after_server_errors() throws Exception {
    failuresLeft.set(2);
    delivered = new CountDownLatch(1);
    try (WebhookNotifier n = new WebhookNotifier(new Backoff(4, Duration.ofMillis(20), Duration.ofMillis(100)))) {
      n.onHit(new Alert("al1", "لافروف", "لافروف", hookUrl(), true, "2026-01-01T00:00:00Z"), hit());
      assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(bodies).hasSize(3).allMatch(b -> b.equals(bodies.get(0)));
    JsonNode body = new ObjectMapper().readTree(bodies.get(0));
    assertThat(body.get("event").asText()).isEqualTo("alert-hit");
    assertThat(body.get("alertId").asText()).isEqualTo("al1");
    assertThat(body.get("title").asText()).isEqualTo("لافروف يؤكد استمرار الدعم");
  }

  @Test
  void an_alert_without_a_webhook_sends_nothing() throws Exception {
    try (WebhookNotifier n = new WebhookNotifier(Backoff.DEFAULT)) {
      n.onHit(new Alert("al1", "x", "لافروف", null, true, "2026-01-01T00:00:00Z"), hit());
    }
    assertThat(bodies).isEmpty();
  }

  @Test
  void only_answers_that_may_change_are_retried() {
    assertThat(WebhookNotifier.retryable(503)).isTrue();
    assertThat(WebhookNotifier.retryable(500)).isTrue();
    assertThat(WebhookNotifier.retryable(429)).isTrue();
    assertThat(WebhookNotifier.retryable(408)).isTrue();
    assertThat(WebhookNotifier.retryable(404)).isFalse();
    assertThat(WebhookNotifier.retryable(401)).isFalse();
    assertThat(WebhookNotifier.retryable(301)).isFalse(); // redirects are not followed: a webhook must not move
  }

  @Test
  void backoff_doubles_up_to_the_maximum() {
    Backoff b = new Backoff(6, Duration.ofSeconds(2), Duration.ofSeconds(10));
    assertThat(b.delayBefore(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(b.delayBefore(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(b.delayBefore(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(b.delayBefore(5)).isEqualTo(Duration.ofSeconds(10));
  }
}

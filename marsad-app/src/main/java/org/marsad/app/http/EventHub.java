package org.marsad.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.marsad.app.alert.Alert;
import org.marsad.app.alert.AlertHit;
import org.marsad.app.alert.HitListener;

/**
 * {@code GET /api/events}: server-sent events. A client first gets {@code event: ready}, then one
 * {@code event: alert-hit} (data: the hit as JSON) per alert hit, and a comment every 20 s so
 * proxies keep the connection open.
 */
public final class EventHub implements HitListener, AutoCloseable {
  private static final long HEARTBEAT_SECONDS = 20;

  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ObjectMapper json;
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "marsad-sse-heartbeat");
    t.setDaemon(true);
    return t;
  });

  EventHub(ObjectMapper json) {
    this.json = json;
    heartbeat.scheduleAtFixedRate(() -> clients.forEach(c -> send(c, null, "keep-alive")),
        HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /** The SSE handler: keeps the connection open and registers it. */
  void connect(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    send(client, "ready", "{}");
  }

  int clientCount() {
    return clients.size();
  }

  @Override
  public void onHit(Alert alert, AlertHit hit) {
    String data;
    try {
      data = json.writeValueAsString(hit);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert hit could not be written as JSON", e);
    }
    clients.forEach(c -> send(c, "alert-hit", data));
  }

  /** Sends an event, or a comment when {@code event} is null; one writer per client at a time. */
  private void send(SseClient client, String event, String data) {
    synchronized (client) {
      if (client.terminated()) {
        clients.remove(client);
        return;
      }
      if (event == null) client.sendComment(data);
      else client.sendEvent(event, data);
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    clients.forEach(SseClient::close);
    clients.clear();
  }
}

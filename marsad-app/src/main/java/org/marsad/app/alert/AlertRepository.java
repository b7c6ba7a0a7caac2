package org.marsad.app.alert;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The saved alerts, kept in {@code DATA/alerts.json} (a JSON array of {@link Alert}, owner-only
 * permissions because webhook URLs may carry secrets). Every change rewrites the file atomically.
 */
public final class AlertRepository {
  public static final String FILE_NAME = "alerts.json";
  private static final int MAX_NAME = 200;
  private static final int MAX_QUERY = 2000;

  private final Path file;
  private final AlertMatcher matcher;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Alert> alerts = new LinkedHashMap<>();

  /** Opens (or starts) the alert file in {@code dataDir}; queries are validated with {@code matcher}. */
  public AlertRepository(Path dataDir, AlertMatcher matcher, Clock clock) throws IOException {
    this.file = dataDir.resolve(FILE_NAME);
    this.matcher = matcher;
    this.clock = clock;
    if (Files.exists(file)) {
      try {
        for (Alert a : json.readValue(file.toFile(), new TypeReference<List<Alert>>() {})) alerts.put(a.id(), a);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IOException(file + ": not a valid alert file (" + org.marsad.ingest.JsonErrors.describe(e) + ")", e);
      }
    }
  }

  public synchronized List<Alert> list() {
    return List.copyOf(alerts.values());
  }

  /** The alerts that are switched on. */
  public synchronized List<Alert> enabled() {
    return alerts.values().stream().filter(Alert::enabled).toList();
  }

  public synchronized Optional<Alert> get(String id) {
    return Optional.ofNullable(alerts.get(id));
  }

  /** Saves a new alert; IllegalArgumentException when the draft is invalid. */
  public synchronized Alert create(AlertDraft draft) {
    validate(draft);
    String id = newId();
    Alert a = new Alert(id, draft.name().strip(), draft.query().strip(), blankToNull(draft.webhook()),
        draft.enabled() == null || draft.enabled(), Instant.now(clock).toString());
    alerts.put(id, a);
    save();
    return a;
  }

  /** Replaces an alert's fields (keeps id and creation time); empty when the id is unknown. */
  public synchronized Optional<Alert> replace(String id, AlertDraft draft) {
    Alert old = alerts.get(id);
    if (old == null) return Optional.empty();
    validate(draft);
    Alert a = new Alert(id, draft.name().strip(), draft.query().strip(), blankToNull(draft.webhook()),
        draft.enabled() == null || draft.enabled(), old.created());
    alerts.put(id, a);
    save();
    return Optional.of(a);
  }

  /** Deletes an alert; false when the id is unknown. */
  public synchronized boolean delete(String id) {
    if (alerts.remove(id) == null) return false;
    save();
    return true;
  }

  /** Checks a draft as {@link #create} and {@link #replace} do, without saving; IllegalArgumentException when invalid. */
  public void validate(AlertDraft d) {
    if (d == null) throw new IllegalArgumentException("the alert is empty");
    if (d.name() == null || d.name().isBlank()) throw new IllegalArgumentException("name is required");
    if (d.name().length() > MAX_NAME) throw new IllegalArgumentException("name is longer than " + MAX_NAME + " characters");
    if (d.query() == null || d.query().isBlank()) throw new IllegalArgumentException("query is required");
    if (d.query().length() > MAX_QUERY) throw new IllegalArgumentException("query is longer than " + MAX_QUERY + " characters");
    try {
      matcher.validate(d.query());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("query: " + e.getMessage(), e);
    }
    String hook = blankToNull(d.webhook());
    if (hook != null) checkWebhook(hook);
  }

  /** Webhooks must be absolute http(s) URLs. */
  static void checkWebhook(String hook) {
    try {
      URI u = new URI(hook);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new IllegalArgumentException("webhook must be an http:// or https:// URL, got '" + hook + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("webhook is not a valid URL: " + e.getMessage());
    }
  }

  private String newId() {
    byte[] b = new byte[8];
    String id;
    do {
      random.nextBytes(b);
      id = HexFormat.of().formatHex(b);
    } while (alerts.containsKey(id));
    return id;
  }

  private void save() {
    try {
      OwnerOnlyFiles.writeAtomically(file, json.writeValueAsBytes(new ArrayList<>(alerts.values())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save alerts to " + file, e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

package org.marsad.ingest.feed;

import org.marsad.nlp.io.DurableFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Saves and restores what the watcher remembers between runs (validators, seen article URLs,
 * back-off), as JSON in the data directory ({@code feed-state.json}), so a restart neither
 * refetches old articles nor forgets a failing feed's back-off. Written to a temporary file
 * and moved into place, so a crash never leaves half a file.
 */
final class FeedStateStore {
  /** File name in the data directory. */
  static final String FILE_NAME = "feed-state.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedStateStore() {}

  static void save(Collection<FeedState> states, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ObjectNode feeds = root.putObject("feeds");
    for (FeedState s : states) {
      ObjectNode f = feeds.putObject(s.feed.id());
      f.put("url", s.feed.url().toString());
      // pending items are not saved: without the validators the next run reads the feed in full
      // and finds them again, where a 304 would leave them out for as long as the feed is unchanged
      f.put("etag", s.hasPending() ? null : s.etag);
      f.put("lastModified", s.hasPending() ? null : s.lastModified);
      f.put("lastPoll", text(s.lastPoll));
      f.put("lastSuccess", text(s.lastSuccess));
      f.put("lastError", s.lastError);
      f.put("lastErrorAt", text(s.lastErrorAt));
      f.put("consecutiveFailures", s.consecutiveFailures);
      f.put("nextPoll", text(s.nextPoll));
      f.put("notModified", s.notModified);
      f.put("articlesDelivered", s.articlesDelivered);
      f.put("skippedByRobots", s.skippedByRobots);
      ArrayNode seen = f.putArray("seen");
      s.seenUrls().forEach(seen::add);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    DurableFiles.moveIntoPlace(tmp, file);
  }

  /** Restores the states of feeds that are still in the list with the same URL; returns how many. */
  static int load(Map<String, FeedState> states, Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    JsonNode feeds = JSON.readTree(file.toFile()).path("feeds");
    int restored = 0;
    for (FeedState s : states.values()) {
      JsonNode f = feeds.path(s.feed.id());
      if (!f.isObject() || !s.feed.url().toString().equals(f.path("url").asText())) {
        continue; // a changed URL starts afresh
      }
      s.etag = f.path("etag").asText(null);
      s.lastModified = f.path("lastModified").asText(null);
      s.lastPoll = instant(f.path("lastPoll"));
      s.lastSuccess = instant(f.path("lastSuccess"));
      s.lastError = f.path("lastError").asText(null);
      s.lastErrorAt = instant(f.path("lastErrorAt"));
      s.consecutiveFailures = f.path("consecutiveFailures").asInt();
      Instant next = instant(f.path("nextPoll"));
      if (next != null) {
        s.nextPoll = next;
      }
      s.notModified = f.path("notModified").asLong();
      s.articlesDelivered = f.path("articlesDelivered").asLong();
      s.skippedByRobots = f.path("skippedByRobots").asLong();
      for (JsonNode url : f.path("seen")) {
        s.markSeen(url.asText());
      }
      restored++;
    }
    return restored;
  }

  private static String text(Instant i) {
    return i == null ? null : i.toString();
  }

  private static Instant instant(JsonNode n) {
    return n.isTextual() ? Instant.parse(n.asText()) : null;
  }
}

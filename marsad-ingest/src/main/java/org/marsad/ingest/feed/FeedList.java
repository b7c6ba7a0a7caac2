package org.marsad.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of watched feeds: a JSON file (format in docs/feeds.md). A default list of major
 * Arabic news feeds ships as a resource; a user's {@code feeds.json} in the data directory
 * replaces it entirely. {@link #loadOrCreate} copies the default there on first use so it can be
 * edited. Unknown keys are rejected, not ignored.
 *
 * @param feeds the feeds in file order
 */
public record FeedList(List<FeedSource> feeds) {
  /** File name in the data directory. */
  public static final String FILE_NAME = "feeds.json";
  /** Poll interval when an entry gives none. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);
  private static final String DEFAULT_RESOURCE = "default-feeds.json";
  private static final Set<String> TOP_KEYS = Set.of("version", "feeds", "comment");
  private static final Set<String> FEED_KEYS = Set.of("id", "name", "url", "kind", "source", "pollMinutes", "enabled", "comment");

  public FeedList {
    feeds = List.copyOf(feeds);
    Set<String> ids = new HashSet<>();
    for (FeedSource f : feeds) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("Duplicate feed id '" + f.id() + "'");
      }
    }
  }

  /** The shipped default list. */
  public static FeedList defaults() {
    try (InputStream in = FeedList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load the default feed list", e);
    }
  }

  /**
   * The user's list from {@code dataDir/feeds.json}, written from the defaults first when it
   * does not exist.
   *
   * @throws IllegalArgumentException the file is not a valid feed list (message names file and reason)
   */
  public static FeedList loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      Files.createDirectories(dataDir);
      try (InputStream in = FeedList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        Files.write(file, in.readAllBytes());
      }
    }
    return load(file);
  }

  /** A list from a file. */
  public static FeedList load(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  /** A list from JSON bytes; {@code origin} names the file in error messages. */
  public static FeedList parse(byte[] json, String origin) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(origin + ": " + org.marsad.ingest.JsonErrors.describe(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject() || !root.path("feeds").isArray()) {
      throw new IllegalArgumentException(origin + ": expected an object with a \"feeds\" array");
    }
    rejectUnknown(root, TOP_KEYS, origin);
    List<FeedSource> feeds = new ArrayList<>();
    for (JsonNode f : root.get("feeds")) {
      feeds.add(feed(f, origin));
    }
    try {
      return new FeedList(feeds);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage());
    }
  }

  /** The enabled feeds. */
  public List<FeedSource> enabled() {
    return feeds.stream().filter(FeedSource::enabled).toList();
  }

  private static FeedSource feed(JsonNode f, String origin) {
    if (!f.isObject()) {
      throw new IllegalArgumentException(origin + ": every entry of \"feeds\" must be an object");
    }
    String id = f.path("id").asText(null);
    try {
      rejectUnknown(f, FEED_KEYS, "feed '" + id + "'");
      String url = f.path("url").asText(null);
      if (url == null) {
        throw new IllegalArgumentException("Feed '" + id + "' has no url");
      }
      Duration interval = f.has("pollMinutes") ? Duration.ofMinutes(f.get("pollMinutes").asLong()) : DEFAULT_POLL_INTERVAL;
      return new FeedSource(id, f.path("name").asText(null), new URI(url), FeedKind.parse(f.path("kind").asText("feed")),
          f.path("source").asText(null), interval, f.path("enabled").asBoolean(true));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(origin + ": feed '" + id + "' has an invalid url: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(origin + ": " + e.getMessage());
    }
  }

  private static void rejectUnknown(JsonNode node, Set<String> known, String where) {
    Set<String> unknown = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown keys in " + where + ": " + unknown);
    }
  }
}

package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.io.DurableFiles;

/**
 * The feed state ({@code feed-state.json}) is replaced as the collection files are: the new file forced
 * before its rename, the directory after it ({@code DurableSavesTest}'s pattern; a test cannot pull the plug).
 */
class TestFeedStateDurable {
  @TempDir Path dir;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopWatching() {
    DurableFiles.witness(null);
  }

  @Test
  void the_feed_state_is_forced_before_its_rename_and_its_directory_after() throws Exception {
    Path file = dir.resolve(FeedStateStore.FILE_NAME);
    FeedState spa = new FeedState(new FeedSource("spa", "وكالة الأنباء السعودية", URI.create("https://www.spa.gov.sa/rss.xml"),
        FeedKind.FEED, "spa", Duration.ofMinutes(5), true), Instant.parse("2015-07-21T10:00:00Z"));
    FeedStateStore.save(List.of(spa), file); // the old file
    byte[] old = Files.readAllBytes(file);
    DurableFiles.witness(event -> {
      if (event.startsWith("force ")) { // the new bytes are on disk before the name points at them
        assertThat(file).as("not yet renamed when its temporary file is forced").hasBinaryContent(old);
      }
      seen.add(event);
    });
    spa.lastError = "HTTP 503 من الخادم";
    FeedStateStore.save(List.of(spa), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("HTTP 503 من الخادم");
    int move = seen.indexOf(seen.stream().filter(e -> e.startsWith("move ") && e.endsWith(" " + file)).findFirst().orElse("none"));
    assertThat(move).as("moved into place; seen %s", seen).isGreaterThan(0);
    assertThat(seen.subList(0, move)).as("the temporary file forced before the rename").anyMatch(e -> e.startsWith("force ") && e.endsWith(".tmp"));
    assertThat(seen.subList(move, seen.size())).as("the rename on disk").contains("force-dir " + dir);
  }
}

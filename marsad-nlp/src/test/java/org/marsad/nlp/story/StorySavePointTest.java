package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;

/**
 * The stories of an ingest depend on its articles and their order, not on when it saves (session 21).
 * The stream is real SaudiNewsNet reports out of date order, as an archive ingested day file by day file
 * in another order than the calendar's gives them: 200 reports of 2015-07-21, 80 of 2015-08-01 (eleven
 * days later: the newest article jumps past the closing horizon of every July event), then 200 more of
 * 2015-07-21 arriving late. Until session 20, {@link StoryClusterer#save} closed the events behind the
 * newest article: an ingest that saved after the August reports (a commit, a kill and re-run) left the
 * late July reports no July event to join, one that did not save let them join. Times are each report's
 * {@code date_extracted}; no entity ids (the text decides), so this checks the clusterer, not the NER.
 */
class StorySavePointTest {
  private static final DateTimeFormatter EXTRACTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static List<StoryInput> stream;

  @BeforeAll
  static void readTheStream() throws Exception {
    List<StoryInput> july = reports("2015-07-21"), august = reports("2015-08-01");
    stream = new ArrayList<>();
    stream.addAll(july.subList(0, 200));
    stream.addAll(august.subList(0, 80));
    stream.addAll(july.subList(200, 400));
  }

  /** The reports of one SaudiNewsNet day file, in the file's order. */
  static List<StoryInput> reports(String day) throws Exception {
    Path zip = SharedData.require("data/saudinewsnet/" + day + ".zip");
    List<StoryInput> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      in.getNextEntry();
      for (JsonNode r : new ObjectMapper().readTree((InputStream) in)) {
        Instant published = LocalDateTime.parse(r.path("date_extracted").asText(), EXTRACTED).toInstant(ZoneOffset.UTC);
        // a short id of its own: story ids are cut from the first article's id, and URLs share their start
        String id = Integer.toHexString(r.path("url").asText().hashCode());
        out.add(new StoryInput(id, r.path("title").asText(), r.path("content").asText(), r.path("source").asText(),
            published, Set.of()));
      }
    }
    return out;
  }

  /** Each article's story and event after the stream, saved in {@code dir} after each index in {@code savesAfter}. */
  private static Map<String, String> run(Path dir, boolean reopen, int... savesAfter) throws Exception {
    StoryClusterer c = new StoryClusterer();
    int next = 0;
    for (int i = 0; i < stream.size(); i++) {
      c.assign(stream.get(i));
      if (next < savesAfter.length && savesAfter[next] == i) {
        next++;
        c.save(dir);
        if (reopen) c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
      }
    }
    Map<String, String> placed = new LinkedHashMap<>();
    for (StoryInput in : stream) placed.put(in.id(), c.eventOf(in.id()));
    return placed;
  }

  /** The articles placed in another story or event than in {@code expected}, with both placements. */
  private static List<String> placedDifferently(Map<String, String> placed, Map<String, String> expected) {
    List<String> out = new ArrayList<>();
    expected.forEach((id, where) -> {
      if (!where.equals(placed.get(id))) out.add(id + ": " + placed.get(id) + " instead of " + where);
    });
    return out;
  }

  private static long lateJulyReportsInJulyStories(Map<String, String> placed) {
    Set<String> julyStories = new java.util.HashSet<>();
    for (StoryInput in : stream.subList(0, 200)) julyStories.add(story(placed.get(in.id())));
    return stream.subList(280, 400).stream().filter(in -> julyStories.contains(story(placed.get(in.id())))).count();
  }

  private static String story(String storySlashEvent) {
    return storySlashEvent.substring(0, storySlashEvent.indexOf('/'));
  }

  @Test
  void a_save_after_the_newest_article_jumped_changes_no_story(@TempDir Path dir) throws Exception {
    Map<String, String> unsaved = run(dir.resolve("none"), false);
    Map<String, String> savedOnce = run(dir.resolve("once"), false, 279);
    assertThat(placedDifferently(savedOnce, unsaved)).as("saved once, after the August reports, versus never saved").isEmpty();
  }

  @Test
  void reopening_the_saved_state_changes_no_story(@TempDir Path dir) throws Exception {
    Map<String, String> unsaved = run(dir.resolve("none"), false);
    assertThat(placedDifferently(run(dir.resolve("reopened"), true, 279), unsaved))
        .as("saved and reopened after the August reports").isEmpty();
    int[] every50 = java.util.stream.IntStream.iterate(49, i -> i < stream.size(), i -> i + 50).toArray();
    assertThat(placedDifferently(run(dir.resolve("every50"), true, every50), unsaved))
        .as("saved and reopened every 50 articles").isEmpty();
  }

  /**
   * What the stream shows either way: the late July reports are more than the link window plus the event window
   * (9 days) behind the newest article, so they join no July event and continue no July story; they form stories
   * among themselves. Before session 21 this held only for an ingest that saved after the August reports.
   */
  @Test
  void late_reports_far_behind_the_newest_continue_no_closed_story(@TempDir Path dir) throws Exception {
    Map<String, String> unsaved = run(dir.resolve("none"), false);
    assertThat(lateJulyReportsInJulyStories(unsaved)).isZero();
    assertThat(unsaved.values().stream().map(StorySavePointTest::story).distinct().count())
        .as("the late reports still cluster among themselves").isLessThan(stream.size() - 20);
  }
}

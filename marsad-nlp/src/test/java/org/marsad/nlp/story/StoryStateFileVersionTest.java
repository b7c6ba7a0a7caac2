package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state file's versions. Version 2 (session 14's layout, written again since session 17) appends
 * the entity document counts after the events; the readers of sessions 15–16 skip that block, so
 * they read today's files. A version-1 file (sessions 15–16) still opens, with the same stories and
 * no counts, and is saved again as version 2.
 */
class StoryStateFileVersionTest {
  private static final Instant T0 = Instant.parse("2015-08-10T08:00:00Z");

  private static StoryInput article(String id, int hour, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "spa", T0.plusSeconds(hour * 3600L), Set.of(entities));
  }

  private static StoryClusterer twoStories() {
    StoryClusterer c = new StoryClusterer();
    c.assign(article("a1", 0, "زلزال بقوة ست درجات يضرب شمال إيران",
        "ضرب زلزال بقوة ست درجات على مقياس ريختر شمال إيران اليوم وأسفر عن سقوط ضحايا وانهيار منازل في القرى الجبلية.", "loc:iran"));
    c.assign(article("a2", 1, "مجلس الوزراء يقر الميزانية العامة للدولة",
        "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة للدولة للعام المالي المقبل بزيادة في مخصصات التعليم والصحة.",
        "org:cabinet", "loc:iran"));
    return c;
  }

  private static StoryInput quakeFollowUp() {
    return article("a3", 3, "ارتفاع عدد ضحايا زلزال شمال إيران",
        "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية.", "loc:iran");
  }

  @Test
  void the_saved_file_is_version_2_and_keeps_the_entity_document_counts(@TempDir Path dir) throws Exception {
    StoryClusterer c = twoStories();
    c.save(dir);
    assertThat(version(dir.resolve(StoryStateFile.FILE_NAME))).isEqualTo(2);
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(reopened.entityDocuments).isEqualTo(Map.of("loc:iran", 2, "org:cabinet", 1));
    reopened.assign(quakeFollowUp());
    assertThat(reopened.entityDocuments).as("counting goes on after the reopen").containsEntry("loc:iran", 3);
  }

  @Test
  void a_version_1_file_opens_with_its_stories_and_no_counts_and_is_saved_as_version_2(@TempDir Path dir) throws Exception {
    StoryClusterer c = twoStories();
    String quake = c.assign(article("a1", 0, "", ""));
    String budget = c.assign(article("a2", 1, "", ""));
    c.save(dir);
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    toVersion1(file, c.entityDocuments);
    assertThat(version(file)).isEqualTo(1);

    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(reopened.entityDocuments).as("a version-1 file has no counts: they start from zero").isEmpty();
    assertThat(reopened.assign(article("a1", 0, "", ""))).isEqualTo(quake);
    assertThat(reopened.assign(article("a2", 1, "", ""))).isEqualTo(budget);
    assertThat(reopened.assign(quakeFollowUp())).as("a later report of the quake joins its story in the reopened state")
        .isEqualTo(quake);

    reopened.save(dir);
    assertThat(version(file)).isEqualTo(2);
    StoryClusterer again = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(again.assign(article("a3", 3, "", ""))).isEqualTo(quake);
    assertThat(again.entityDocuments).isEqualTo(Map.of("loc:iran", 1));
  }

  /** The version int follows the magic string (2-byte length + "marsad-stories"). */
  private static int version(Path file) throws Exception {
    byte[] b = gunzip(file);
    return ByteBuffer.wrap(b, 2 + "marsad-stories".length(), 4).getInt();
  }

  /** Rewrites a version-2 file as sessions 15–16 wrote it: version 1, without the trailing counts block. */
  private static void toVersion1(Path file, Map<String, Integer> counts) throws Exception {
    byte[] b = gunzip(file);
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(tail)) {
      out.writeInt(counts.size());
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue());
      }
    }
    ByteBuffer.wrap(b, 2 + "marsad-stories".length(), 4).putInt(1);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(b, 0, b.length - tail.size());
    }
  }

  private static byte[] gunzip(Path file) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}

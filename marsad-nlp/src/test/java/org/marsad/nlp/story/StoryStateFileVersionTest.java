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
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State files written by session 14's first genre-chain fix (version 2: the stream's entity
 * frequencies appended after the events) still open, with the same stories, and are saved again in
 * the version-1 layout, which is what this code writes.
 */
class StoryStateFileVersionTest {
  private static final Instant T0 = Instant.parse("2015-08-10T08:00:00Z");

  private static StoryInput article(String id, int hour, String title, String text, String... entities) {
    return new StoryInput(id, title, text, "spa", T0.plusSeconds(hour * 3600L), Set.of(entities));
  }

  @Test
  void a_version_2_file_opens_with_its_stories_and_is_saved_as_version_1(@TempDir Path dir) throws Exception {
    StoryClusterer c = new StoryClusterer();
    String quake = c.assign(article("a1", 0, "زلزال بقوة ست درجات يضرب شمال إيران",
        "ضرب زلزال بقوة ست درجات على مقياس ريختر شمال إيران اليوم وأسفر عن سقوط ضحايا وانهيار منازل في القرى الجبلية.", "loc:iran"));
    String budget = c.assign(article("a2", 1, "مجلس الوزراء يقر الميزانية العامة للدولة",
        "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة للدولة للعام المالي المقبل بزيادة في مخصصات التعليم والصحة.", "org:cabinet"));
    c.save(dir);
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    assertThat(version(file)).isEqualTo(1);

    toVersion2(file, "loc:iran", 40);
    assertThat(version(file)).isEqualTo(2);
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(reopened.assign(article("a1", 0, "", ""))).isEqualTo(quake);
    assertThat(reopened.assign(article("a2", 1, "", ""))).isEqualTo(budget);
    assertThat(reopened.assign(article("a3", 3, "ارتفاع عدد ضحايا زلزال شمال إيران",
        "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية.", "loc:iran")))
        .as("a later report of the quake joins its story in the reopened state").isEqualTo(quake);

    reopened.save(dir);
    assertThat(version(file)).isEqualTo(1);
    assertThat(StoryClusterer.open(dir, StoryClusterer.Settings.defaults()).assign(article("a3", 3, "", ""))).isEqualTo(quake);
  }

  /** The version int follows the magic string (2-byte length + "marsad-stories"). */
  private static int version(Path file) throws Exception {
    byte[] b = gunzip(file);
    return ByteBuffer.wrap(b, 2 + "marsad-stories".length(), 4).getInt();
  }

  /** Rewrites a version-1 file as version 2 would have been written: the same body plus one entity count. */
  private static void toVersion2(Path file, String entity, int articles) throws Exception {
    byte[] b = gunzip(file);
    ByteBuffer.wrap(b, 2 + "marsad-stories".length(), 4).putInt(2);
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(tail)) {
      out.writeInt(1);
      out.writeUTF(entity);
      out.writeInt(articles);
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(b);
      out.write(tail.toByteArray());
    }
  }

  private static byte[] gunzip(Path file) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}

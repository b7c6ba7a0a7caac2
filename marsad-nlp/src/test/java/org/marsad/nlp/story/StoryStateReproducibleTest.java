package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs over the same articles save the same stories.bin. The one run-dependent field is the
 * stamp of an undated article placed before any dated one (an ingest that starts with the undated
 * seed): it is the ingest clock ({@link StoryClusterer#clock}); with the clock fixed, the bytes are
 * identical, and with two clocks only that stamp differs, not the stories.
 */
class StoryStateReproducibleTest {
  private static final Instant T0 = Instant.parse("2015-08-10T08:00:00Z");

  private static List<StoryInput> articles(boolean undatedFirst) {
    return List.of(
        new StoryInput("seed", "أمير منطقة عسير يفتتح مهرجان أبها للتسوق",
            "افتتح أمير منطقة عسير مهرجان أبها للتسوق بمشاركة عشرات الشركات الوطنية وسط حضور كبير من الأهالي والزوار.",
            "seed", undatedFirst ? null : T0.minusSeconds(3600), Set.of("loc:asir")),
        new StoryInput("a1", "زلزال بقوة ست درجات يضرب شمال إيران",
            "ضرب زلزال بقوة ست درجات على مقياس ريختر شمال إيران اليوم وأسفر عن سقوط ضحايا وانهيار منازل في القرى الجبلية.",
            "spa", T0, Set.of("loc:iran")),
        new StoryInput("a2", "ارتفاع عدد ضحايا زلزال شمال إيران",
            "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية.",
            "okaz", T0.plusSeconds(7200), Set.of("loc:iran")),
        new StoryInput("a3", "مجلس الوزراء يقر الميزانية العامة للدولة",
            "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة للدولة للعام المالي المقبل بزيادة في مخصصات التعليم والصحة.",
            "spa", T0.plusSeconds(10800), Set.of("org:cabinet")));
  }

  /** Places the articles with the clock at {@code now} (null: the system clock) and saves; returns the file. */
  private static Path run(Path dir, boolean undatedFirst, Instant now) throws Exception {
    StoryClusterer c = new StoryClusterer();
    if (now != null) c.clock = Clock.fixed(now, ZoneOffset.UTC);
    for (StoryInput in : articles(undatedFirst)) c.assign(in);
    Files.createDirectories(dir);
    c.save(dir);
    return dir.resolve(StoryStateFile.FILE_NAME);
  }

  @Test
  void a_dated_input_saves_the_same_bytes_twice(@TempDir Path dir) throws Exception {
    Path first = run(dir.resolve("1"), false, null);
    Thread.sleep(5); // the system clock moves between the runs; nothing of it may reach the file
    Path second = run(dir.resolve("2"), false, null);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void an_undated_first_article_is_the_one_stamp_of_the_clock(@TempDir Path dir) throws Exception {
    Instant monday = Instant.parse("2026-12-07T09:00:00Z");
    Path first = run(dir.resolve("1"), true, monday);
    Path second = run(dir.resolve("2"), true, monday);
    assertThat(Files.readAllBytes(second)).as("same clock: same bytes").isEqualTo(Files.readAllBytes(first));

    Path later = run(dir.resolve("3"), true, monday.plusSeconds(86_400));
    assertThat(Files.readAllBytes(later)).as("the clock is in the file").isNotEqualTo(Files.readAllBytes(first));
    StoryClusterer a = StoryClusterer.open(dir.resolve("1"), StoryClusterer.Settings.defaults());
    StoryClusterer b = StoryClusterer.open(dir.resolve("3"), StoryClusterer.Settings.defaults());
    assertThat(b.storyOfArticle).as("the same stories").isEqualTo(a.storyOfArticle);
    assertThat(a.eventOfArticle.get("seed").first).isEqualTo(monday);
    assertThat(b.eventOfArticle.get("seed").first).isEqualTo(monday.plusSeconds(86_400));
    assertThat(a.newest).as("an undated article does not move the clock").isEqualTo(T0.plusSeconds(10800));
  }
}

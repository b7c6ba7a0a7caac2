package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state file written by the session-20 code opens and continues as the session-21 clusterer would have
 * continued its own. The fixture {@code session20-stories.bin} (842 bytes, made-up reports) was saved by the
 * jar of main at 4a038b90 after four articles: an earthquake (two reports) and a cabinet session on one day,
 * then a festival twelve days later. That code closed the old events when saving; this one closes them when
 * the newest article moves past them (session 21): the same state, in the same file format (version 2).
 */
class StoryStateSession20Test {
  private static final Instant T0 = Instant.parse("2015-08-10T08:00:00Z");
  private static final Instant LATER = T0.plus(Duration.ofDays(12));
  private static final String QUAKE_1 = "ضرب زلزال بقوة ست درجات على مقياس ريختر شمال إيران اليوم وأسفر عن سقوط ضحايا وانهيار منازل في القرى الجبلية.";
  private static final String QUAKE_2 = "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية.";
  private static final String CABINET = "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة للدولة للعام المالي المقبل بزيادة في مخصصات التعليم والصحة.";
  private static final String FESTIVAL = "افتتح أمير منطقة عسير مهرجان أبها للتسوق بمشاركة عشرات الشركات الوطنية وسط حضور كبير من الأهالي والزوار.";

  /** The four articles the fixture was made from (the generator's stream, word for word). */
  private static List<StoryInput> saved() {
    return List.of(
        new StoryInput("q1", "زلزال بقوة ست درجات يضرب شمال إيران", QUAKE_1, "spa", T0, Set.of("loc:iran")),
        new StoryInput("q2", "ارتفاع عدد ضحايا زلزال شمال إيران", QUAKE_2, "okaz", T0.plusSeconds(7200), Set.of("loc:iran")),
        new StoryInput("c1", "مجلس الوزراء يقر الميزانية العامة للدولة", CABINET, "spa", T0.plusSeconds(10800), Set.of("org:cabinet")),
        new StoryInput("f1", "أمير منطقة عسير يفتتح مهرجان أبها للتسوق", FESTIVAL, "spa", LATER, Set.of("loc:asir")));
  }

  /** Two more: a late report of the earthquake (behind the horizon) and a second festival report. */
  private static List<StoryInput> next() {
    return List.of(
        new StoryInput("q3", "فرق الإنقاذ تواصل البحث عن ضحايا زلزال شمال إيران", QUAKE_2, "riyadh", LATER.plusSeconds(3600), Set.of("loc:iran")),
        new StoryInput("f2", "مهرجان أبها للتسوق يستقبل آلاف الزوار", FESTIVAL, "okaz", LATER.plusSeconds(7200), Set.of("loc:asir")));
  }

  private static Path session20Directory(Path dir) throws Exception {
    try (InputStream in = StoryStateSession20Test.class.getResourceAsStream("session20-stories.bin")) {
      Files.copy(in, dir.resolve(StoryStateFile.FILE_NAME));
    }
    return dir;
  }

  @Test
  void a_session_20_file_opens_with_its_stories_and_closed_events(@TempDir Path dir) throws Exception {
    StoryClusterer c = StoryClusterer.open(session20Directory(dir), StoryClusterer.Settings.defaults());
    assertThat(c.stories(null, null)).extracting(Story::id, Story::articleIds, Story::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple("story-q1", List.of("q1", "q2"), "زلزال بقوة ست درجات يضرب شمال إيران"),
        org.assertj.core.groups.Tuple.tuple("story-f1", List.of("f1"), "أمير منطقة عسير يفتتح مهرجان أبها للتسوق"),
        org.assertj.core.groups.Tuple.tuple("story-c1", List.of("c1"), "مجلس الوزراء يقر الميزانية العامة للدولة"));
    assertThat(c.eventOfArticle.get("q1").isClosed()).isTrue();
    assertThat(c.eventOfArticle.get("c1").isClosed()).isTrue();
    assertThat(c.eventOfArticle.get("f1").isClosed()).isFalse();
    assertThat(c.openByLast).containsExactly(c.eventOfArticle.get("f1"));
  }

  @Test
  void a_session_20_file_continues_as_an_uninterrupted_stream(@TempDir Path dir) throws Exception {
    StoryClusterer reopened = StoryClusterer.open(session20Directory(dir), StoryClusterer.Settings.defaults());
    StoryClusterer uninterrupted = new StoryClusterer();
    saved().forEach(uninterrupted::assign);
    List<String> after = new ArrayList<>(), expected = new ArrayList<>();
    for (StoryInput in : next()) {
      reopened.assign(in);
      uninterrupted.assign(in);
    }
    for (StoryInput in : saved()) { after.add(reopened.eventOf(in.id())); expected.add(uninterrupted.eventOf(in.id())); }
    for (StoryInput in : next()) { after.add(reopened.eventOf(in.id())); expected.add(uninterrupted.eventOf(in.id())); }
    assertThat(after).isEqualTo(expected);
    assertThat(reopened.storyOfArticle.get("q3")).as("the closed earthquake event takes no late report").isEqualTo("story-q3");
    assertThat(reopened.eventOf("f2")).as("the open festival event takes the next").isEqualTo(reopened.eventOf("f1"));
  }
}

package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state file's versions. Version 2 (session 14's layout, written again since session 17) appends
 * the entity document counts after the events; the readers of sessions 15–16 skip that block. Version 3
 * (session 22) adds the open events' late flags and members' vectors; version 4 (session 23) writes an open
 * event's terms as positions in the term table and its centroid after its members. A version-1 file (sessions
 * 15–16) still opens, with the same stories and no counts, and is saved again as the current version.
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
  void the_saved_file_is_version_5_and_keeps_the_entity_document_counts(@TempDir Path dir) throws Exception {
    StoryClusterer c = twoStories();
    c.save(dir);
    assertThat(version(dir.resolve(StoryStateFile.FILE_NAME))).isEqualTo(5); // version 4's layout, session 24
    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(reopened.entityDocuments).isEqualTo(Map.of("loc:iran", 2, "org:cabinet", 1));
    reopened.assign(quakeFollowUp());
    assertThat(reopened.entityDocuments).as("counting goes on after the reopen").containsEntry("loc:iran", 3);
  }

  @Test
  void a_version_1_file_opens_with_its_stories_and_no_counts_and_is_saved_as_version_5(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    copy("version2-two-stories.bin", file);
    toVersion1(file);
    assertThat(version(file)).isEqualTo(1);

    StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(reopened.entityDocuments).as("a version-1 file has no counts: they start from zero").isEmpty();
    assertThat(reopened.assign(article("a1", 0, "", ""))).isEqualTo("story-a1");
    assertThat(reopened.assign(article("a2", 1, "", ""))).isEqualTo("story-a2");
    assertThat(reopened.assign(quakeFollowUp())).as("a later report of the quake joins its story in the reopened state")
        .isEqualTo("story-a1");

    reopened.save(dir);
    assertThat(version(file)).isEqualTo(5); // version 4's layout, session 24
    StoryClusterer again = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(again.assign(article("a3", 3, "", ""))).isEqualTo("story-a1");
    assertThat(again.entityDocuments).isEqualTo(Map.of("loc:iran", 1));
  }

  /**
   * A version-2 file written by the session-start code (main 746c4c40; fixture {@code version2-late-block.bin},
   * 865 bytes): a quake report q1 at T0, a festival report f1 twelve days later (the newest article: q1's event
   * closes), then a second quake report q2 at T0 + 2 h, late, in an event of its own that only the late clock
   * keeps open. It opens with its stories, takes that open event behind the horizon as late (version 2 has no
   * flag), continues, and is saved as version 4. Made with the fixture generator of bench/RESULTS.md, session 22,
   * lane stories22 ({@code MakeVersion2}, the articles of {@link #quakeFollowUp} and {@code StoryStateSession20Test}).
   */
  @Test
  void a_version_2_file_of_the_session_start_opens_continues_and_is_saved_as_version_5(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    copy("version2-late-block.bin", file);
    assertThat(version(file)).isEqualTo(2);
    StoryClusterer c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(c.stories(null, null)).extracting(Story::id, Story::articleIds, Story::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple("story-f1", List.of("f1"), "أمير منطقة عسير يفتتح مهرجان أبها للتسوق"),
        org.assertj.core.groups.Tuple.tuple("story-q2", List.of("q2"), "ارتفاع عدد ضحايا زلزال شمال إيران"),
        org.assertj.core.groups.Tuple.tuple("story-q1", List.of("q1"), "زلزال بقوة ست درجات يضرب شمال إيران"));
    EventCluster late = c.eventOfArticle.get("q2");
    assertThat(c.eventOfArticle.get("q1").isClosed()).isTrue();
    assertThat(late.isClosed()).isFalse();
    assertThat(late.late).as("open behind the horizon in a version-2 file: kept open by the late clock").isTrue();

    Instant later = T0.plusSeconds(12 * 86400L);
    c.assign(new StoryInput("q3", "فرق الإنقاذ تواصل البحث عن ضحايا زلزال شمال إيران",
        "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية.",
        "okaz", T0.plusSeconds(3 * 3600L), Set.of("loc:iran")));
    assertThat(c.eventOfArticle.get("q3")).as("a third, late, quake report joins the late event").isSameAs(late);
    c.assign(new StoryInput("f2", "مهرجان أبها للتسوق يستقبل آلاف الزوار",
        "افتتح أمير منطقة عسير مهرجان أبها للتسوق بمشاركة عشرات الشركات الوطنية وسط حضور كبير من الأهالي والزوار.",
        "okaz", later.plusSeconds(7200), Set.of("loc:asir")));
    assertThat(late.isClosed()).as("a late event within reach of the late clock stays open when the newest moves").isFalse();

    c.save(dir);
    assertThat(version(file)).isEqualTo(5); // version 4's layout, session 24
    StoryClusterer again = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(again.stories(null, null)).extracting(Story::id, Story::articleIds, Story::label)
        .isEqualTo(c.stories(null, null).stream().map(st -> org.assertj.core.groups.Tuple.tuple(st.id(), st.articleIds(), st.label())).toList());
    assertThat(again.eventOfArticle.get("q3").late).isTrue();
    // q2 came from the version-2 file, which has no member vectors; q3 was placed after the upgrade and keeps its
    assertThat(again.eventOfArticle.get("q3").members).extracting(m -> m.id() + " " + (m.vector() != null))
        .containsExactly("q2 false", "q3 true");
  }

  /**
   * A version-3 file written by the session-start code of session 23 (main 3a271656; fixture
   * {@code version3-two-events.bin}, 1,119 bytes: a1, a2, a3 of this class, all open, the quake event with two
   * members and so a centroid that is a sum). Saved as version 4 and reopened, it holds exactly what the version-3
   * file held — the term table in its order, each open event's centroid in its iteration order bit for bit, its
   * entity counts, posted terms, late flag and members' vectors, and the term postings — and both go on alike, as an
   * uninterrupted stream does. Made with {@code MakeVersion3} (bench/RESULTS.md, session 23, lane stories23).
   */
  @Test
  void a_version_3_file_of_the_session_start_reads_back_exactly_from_version_5(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    copy("version3-two-events.bin", file);
    assertThat(version(file)).isEqualTo(3);
    StoryClusterer fromVersion3 = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(fromVersion3.stories(null, null)).extracting(Story::id, Story::articleIds, Story::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple("story-a1", List.of("a1", "a3"), "زلزال بقوة ست درجات يضرب شمال إيران"),
        org.assertj.core.groups.Tuple.tuple("story-a2", List.of("a2"), "مجلس الوزراء يقر الميزانية العامة للدولة"));
    EventCluster quake = fromVersion3.eventOfArticle.get("a3");
    assertThat(quake.members).hasSize(2);
    assertThat(quake.centroid()).as("a centroid with terms of both members (non-vacuous)").hasSizeGreaterThan(25);

    fromVersion3.save(dir);
    assertThat(version(file)).isEqualTo(5); // version 4's layout, session 24
    StoryClusterer fromVersion4 = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    assertThat(state(fromVersion4)).isEqualTo(state(fromVersion3));

    StoryClusterer uninterrupted = twoStories();
    uninterrupted.assign(quakeFollowUp());
    StoryInput fourth = article("a4", 5, "فرق الإنقاذ تواصل البحث عن ضحايا زلزال شمال إيران",
        "تواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض المنازل التي انهارت في زلزال شمال إيران في القرى الجبلية.", "loc:iran");
    for (StoryClusterer c : List.of(uninterrupted, fromVersion3, fromVersion4)) c.assign(fourth);
    assertThat(fromVersion4.eventOfArticle.get("a4").id).as("the fourth report joins the quake event").isEqualTo("e0");
    assertThat(stories(fromVersion4)).isEqualTo(stories(uninterrupted)).isEqualTo(stories(fromVersion3));
    assertThat(state(fromVersion4)).isEqualTo(state(fromVersion3));
  }

  private static List<String> stories(StoryClusterer c) {
    List<String> out = new java.util.ArrayList<>();
    for (Story s : c.stories(null, null)) out.add(s.id() + " " + s.articleIds() + " " + s.label());
    for (EventCluster e : c.events) out.add(e.id + " " + e.isClosed() + " " + e.label());
    return out;
  }

  /** What placement and labels read, in iteration order and with every weight's bits. */
  private static String state(StoryClusterer c) {
    StringBuilder b = new StringBuilder();
    b.append(c.vectorizer.documents()).append(c.vectorizer.documentFrequencies().entrySet()).append('\n');
    for (EventCluster e : c.events) {
      b.append(e.id).append(' ').append(e.storyId).append(' ').append(e.isClosed()).append(' ').append(e.late).append('\n');
      for (Map.Entry<String, Double> t : e.centroid().entrySet()) {
        b.append(t.getKey()).append('=').append(Double.doubleToRawLongBits(t.getValue())).append(' ');
      }
      b.append('\n').append(e.entityCounts).append(e.postedUnder).append('\n');
      for (EventCluster.Member m : e.members) {
        b.append(m.id()).append(' ').append(m.title()).append(' ').append(m.source()).append(' ').append(m.published());
        if (m.vector() != null) {
          for (int i = 0; i < m.vector().terms().length; i++) {
            b.append(' ').append(m.vector().terms()[i]).append('=').append(Double.doubleToRawLongBits(m.vector().values()[i]));
          }
        }
        b.append('\n');
      }
    }
    c.eventsByTerm.forEach((t, events) -> b.append(t).append(events.stream().map(e -> e.id).toList()));
    b.append(c.entityDocuments).append(c.newest).append(c.lateClock).append(c.nextEvent);
    return b.toString();
  }

  private static void copy(String resource, Path file) throws Exception {
    try (InputStream in = StoryStateFileVersionTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
  }

  /** The version int follows the magic string (2-byte length + "marsad-stories"). */
  private static int version(Path file) throws Exception {
    byte[] b = gunzip(file);
    return ByteBuffer.wrap(b, 2 + "marsad-stories".length(), 4).getInt();
  }

  /**
   * Makes a version-2 file a version-1 file (sessions 15–16): the events are laid out alike, and a version-1
   * reader stops after them, so setting the version is enough (the blocks after the events, which version 1
   * lacks, are never read).
   */
  private static void toVersion1(Path file) throws Exception {
    byte[] b = gunzip(file);
    ByteBuffer.wrap(b, 2 + "marsad-stories".length(), 4).putInt(1);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(b);
    }
  }

  private static byte[] gunzip(Path file) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}

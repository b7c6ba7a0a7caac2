package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 24: a save appends the placements since the last save to {@value StoryJournal#FILE_NAME} instead of
 * rewriting {@value StoryStateFile#FILE_NAME} whole, and an open places them again. On real SaudiNewsNet reports
 * out of date order (200 of 2015-07-21, 80 of 2015-08-01, 200 more of 2015-07-21 arriving late, as
 * {@link StorySavePointTest}), with entity ids, undated reports and copies: the state a journal reopens is the
 * state a whole save reopened (the session-23 behaviour), the same state to the bit, and the stories, labels,
 * events and open events are those of an uninterrupted run.
 */
class StoryJournalTest {
  private static final Instant CLOCK = Instant.parse("2026-12-06T08:00:00Z");
  private static final int EVERY = 20;
  private static final int REOPEN = 3;
  private static List<Placement> stream;

  /** An article as an ingest gives it: the input and the original it copies (null for none). */
  record Placement(StoryInput in, String originalId) {}

  @BeforeAll
  static void readTheStream() throws Exception {
    List<StoryInput> july = StorySavePointTest.reports("2015-07-21"), august = StorySavePointTest.reports("2015-08-01");
    List<StoryInput> ins = new ArrayList<>();
    ins.addAll(july.subList(0, 200));
    ins.addAll(august.subList(0, 80));
    ins.addAll(july.subList(200, 400));
    stream = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      StoryInput in = ins.get(i);
      // entity ids from the title's long words (in their order: the order is part of what is replayed); every 37th
      // report undated (placed at the clock); every 23rd followed by a copy of an earlier report
      Set<String> ids = new LinkedHashSet<>();
      for (String w : in.title().split("\\s+")) if (w.length() > 5) ids.add("Q-" + w);
      Instant t = i % 37 == 5 ? null : in.published();
      stream.add(new Placement(new StoryInput(in.id(), in.title(), in.text(), in.source(), t, ids), null));
      if (i % 23 == 7) {
        StoryInput earlier = ins.get(i / 2);
        stream.add(new Placement(new StoryInput(earlier.id() + "c", earlier.title(), earlier.text(), "copy",
            earlier.published(), Set.of()), earlier.id()));
      }
    }
  }

  private static StoryClusterer fresh() {
    StoryClusterer c = new StoryClusterer();
    c.clock = Clock.fixed(CLOCK, ZoneOffset.UTC);
    return c;
  }

  private static StoryClusterer open(Path dir) throws Exception {
    StoryClusterer c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
    c.clock = Clock.fixed(CLOCK, ZoneOffset.UTC);
    return c;
  }

  private static StoryClusterer openForWriting(Path dir) throws Exception {
    StoryClusterer c = StoryClusterer.openForWriting(dir, StoryClusterer.Settings.defaults());
    c.clock = Clock.fixed(CLOCK, ZoneOffset.UTC);
    return c;
  }

  private static void place(StoryClusterer c, Placement p) {
    c.assign(StoryClusterer.prepare(p.in()), p.originalId());
  }

  /** Stories (id, articles, label), every event (id, closed, late, label) and every article's event. */
  static List<String> state(StoryClusterer c) {
    List<String> out = new ArrayList<>();
    for (Story s : c.stories(null, null)) out.add(s.id() + " " + s.articleIds() + " " + s.label());
    for (EventCluster e : c.events) out.add(e.id + " " + e.storyId + " " + e.isClosed() + " " + e.late + " " + e.label());
    for (Placement p : stream) out.add(p.in().id() + " " + c.eventOf(p.in().id()));
    return out;
  }

  @Test
  void a_journal_reopens_the_state_a_whole_save_reopened(@TempDir Path tmp) throws Exception {
    Path journalled = tmp.resolve("journal"), whole = tmp.resolve("whole");
    StoryClusterer plain = fresh(), a = fresh(), b = fresh();
    int saves = 0, appends = 0, compactions = 0, replayed = 0;
    long journal = 0;
    for (int i = 0; i < stream.size(); i++) {
      place(plain, stream.get(i));
      place(a, stream.get(i));
      place(b, stream.get(i));
      if ((i + 1) % EVERY == 0 || i == stream.size() - 1) {
        saves++;
        a.save(journalled);
        long now = size(journalled.resolve(StoryJournal.FILE_NAME));
        if (now > journal) appends++;
        if (now < journal) compactions++;
        journal = now;
        StoryStateFile.write(b, whole); // the session-23 save: the state file whole, every time
        if (saves % REOPEN == 0) {
          a = open(journalled);
          b = open(whole);
          if (Files.exists(journalled.resolve(StoryJournal.FILE_NAME))) replayed++;
        }
      }
    }
    assertThat(appends).as("saves that appended").isGreaterThan(10);
    assertThat(compactions).as("saves that wrote the state file whole again").isGreaterThan(0);
    assertThat(replayed).as("reopens that placed a journal's articles again").isGreaterThan(3);
    assertThat(a.events.stream().filter(e -> !e.isClosed()).count()).as("open events").isGreaterThan(100);
    assertThat(a.events.stream().filter(e -> e.isClosed()).count()).as("closed events").isGreaterThan(100);

    List<String> expected = state(plain);
    assertThat(state(a)).isEqualTo(expected);
    assertThat(state(b)).isEqualTo(expected);
    StoryClusterer reopenedA = open(journalled), reopenedB = open(whole);
    assertThat(Files.size(journalled.resolve(StoryJournal.FILE_NAME))).as("the last reopen reads a journal").isPositive();
    assertThat(state(reopenedA)).isEqualTo(expected);
    assertThat(state(reopenedB)).isEqualTo(expected);
    // the whole state: term table, every event's centroid (weight bits), entity counts, postings and members'
    // vectors (weight bits), entity document counts, clocks; hash maps listed sorted (their iteration order
    // depends on how they were filled, which no computation reads but the file writer)
    assertThat(whole(reopenedA)).isEqualTo(whole(reopenedB)).isEqualTo(whole(a));
    // and in the file: the same bytes once saved whole, but for the order the hash maps are written in
    StoryStateFile.write(reopenedA, tmp.resolve("a"));
    StoryStateFile.write(reopenedB, tmp.resolve("b"));
    assertThat(inflated(tmp.resolve("a"))).hasSameSizeAs(inflated(tmp.resolve("b")));
  }

  @Test
  void a_state_file_of_version_4_opens_the_same_and_is_saved_as_version_5_with_a_journal(@TempDir Path dir) throws Exception {
    Path four = dir.resolve("four"), three = dir.resolve("three");
    copy("version4-two-events.bin", four);
    copy("version3-two-events.bin", three);
    assertThat(StoryStateDamagedFileTest.version(four.resolve(StoryStateFile.FILE_NAME))).isEqualTo(4);
    StoryClusterer c = open(four);
    assertThat(StoryStateDamagedFileTest.stories(c)).isEqualTo(StoryStateDamagedFileTest.stories(open(three)));
    StoryInput aftershock = new StoryInput("b1", "هزة ارتدادية تضرب شمال إيران",
        "ضربت هزة ارتدادية شمال إيران بعد الزلزال وفرق الإنقاذ تواصل البحث عن ناجين في القرى الجبلية.", "spa",
        Instant.parse("2015-08-10T13:00:00Z"), Set.of());
    c.assign(aftershock);
    c.save(four);
    assertThat(StoryStateDamagedFileTest.version(four.resolve(StoryStateFile.FILE_NAME))).isEqualTo(StoryStateFile.VERSION);
    assertThat(four.resolve(StoryJournal.FILE_NAME)).as("the upgrade writes the state whole").doesNotExist();
    c.assign(new StoryInput("b2", "الإنقاذ ينتشل ناجين من تحت الأنقاض شمال إيران",
        "انتشلت فرق الإنقاذ ناجين من تحت أنقاض المنازل في القرى الجبلية شمال إيران بعد الزلزال.", "spa",
        Instant.parse("2015-08-10T15:00:00Z"), Set.of()));
    c.save(four);
    assertThat(four.resolve(StoryJournal.FILE_NAME)).as("the next save appends").exists();
    assertThat(StoryStateDamagedFileTest.stories(open(four))).isEqualTo(StoryStateDamagedFileTest.stories(c));
  }

  /**
   * A compaction killed after the new state file was moved into place and before the old journal was removed: the
   * journal names the previous state file and is not read at all. Made observable (review 24 F2): the new state file
   * here lacks the 20 articles of the old journal (it holds 20 others), so a journal replayed anyway would add them
   * (or fail on their events); and the next save appends a fresh journal naming the new state file.
   */
  @Test
  void a_journal_left_by_an_interrupted_compaction_is_ignored_and_replaced(@TempDir Path dir) throws Exception {
    StoryClusterer c = fresh(), other = fresh();
    for (int i = 0; i < 60; i++) {
      place(c, stream.get(i));
      place(other, stream.get(i));
    }
    c.save(dir);
    for (int i = 60; i < 80; i++) place(c, stream.get(i));
    c.save(dir);
    byte[] old = Files.readAllBytes(dir.resolve(StoryJournal.FILE_NAME));
    for (int i = 80; i < 100; i++) place(other, stream.get(i));
    StoryStateFile.write(other, dir); // a new state file, without articles 60-79, the old journal still there
    Files.write(dir.resolve(StoryJournal.FILE_NAME), old);
    StoryClusterer reopened = open(dir);
    for (int i = 60; i < 80; i++) {
      assertThat(reopened.eventOf(stream.get(i).in().id())).as("the stale journal's article %d", i).isNull();
    }
    assertThat(state(reopened)).isEqualTo(state(other));
    for (int i = 100; i < 110; i++) {
      place(reopened, stream.get(i));
      place(other, stream.get(i));
    }
    long stateBytes = Files.size(dir.resolve(StoryStateFile.FILE_NAME));
    reopened.save(dir);
    assertThat(Files.size(dir.resolve(StoryStateFile.FILE_NAME))).as("the save appends, not compacts").isEqualTo(stateBytes);
    assertThat(Files.readAllBytes(dir.resolve(StoryJournal.FILE_NAME))).as("a fresh journal").isNotEqualTo(old);
    assertThat(state(open(dir))).isEqualTo(state(other));
  }

  /**
   * Review 24 F1: whether a save appends is decided on the journal's length after the append. A small state file
   * followed by one large save (a seed ingest, then a long commit) wrote a journal hundreds of times the file, which
   * every open replayed; the large save now writes the state whole.
   */
  @Test
  void one_large_save_after_a_small_state_file_does_not_outgrow_the_journal_share(@TempDir Path dir) throws Exception {
    StoryClusterer c = fresh();
    for (int i = 0; i < 20; i++) place(c, stream.get(i));
    c.save(dir);
    for (int i = 20; i < 30; i++) place(c, stream.get(i));
    c.save(dir);
    assertThat(dir.resolve(StoryJournal.FILE_NAME)).as("a small save appends").exists();
    for (int i = 30; i < stream.size(); i++) place(c, stream.get(i));
    c.save(dir);
    long stateBytes = Files.size(dir.resolve(StoryStateFile.FILE_NAME));
    long share = Math.max(StoryClusterer.JOURNAL_FLOOR, (long) (StoryClusterer.JOURNAL_SHARE * stateBytes));
    assertThat(size(dir.resolve(StoryJournal.FILE_NAME))).as("the journal of a %d-byte state file", stateBytes)
        .isLessThanOrEqualTo(share);
    assertThat(state(open(dir))).isEqualTo(state(c));
  }

  /**
   * Session 25 (review 24 F4, replay exactness): a journal records each placement's decisions (its event, whether it
   * was late, the events its clock closed), so a build with other closing rules or windows reopens exactly the state
   * of the build that wrote it, as a whole state file does; until then (fixstories24) its articles were placed again
   * under the reading build's rules and could move. Those rules decide only what comes after: the next save writes
   * the state whole (a journal holds the placements of one set of rules), and later articles are placed under them.
   */
  @Test
  void a_journal_written_under_other_windows_reopens_the_writing_builds_state_exactly(@TempDir Path dir) throws Exception {
    // the state file after the first July reports, the journal with the first August ones: their clock closes the
    // July events as it moves 11 days, which the reading build's windows would decide otherwise
    StoryClusterer c = fresh();
    int i = 0;
    while (stream.get(i).in().published() == null || stream.get(i).in().published().isBefore(Instant.parse("2015-08-01T00:00:00Z"))) {
      place(c, stream.get(i++));
    }
    c.save(dir);
    int closedAtSave = (int) c.events.stream().filter(EventCluster::isClosed).count();
    for (int end = i + 20; i < end; i++) place(c, stream.get(i)); // a small journal: the next save would append to it
    c.save(dir);
    assertThat(size(dir.resolve(StoryJournal.FILE_NAME))).as("a journal to open").isPositive();
    assertThat(c.events.stream().filter(EventCluster::isClosed).count()).as("events the journal's articles closed")
        .isGreaterThan(closedAtSave);
    List<String> written = state(c);
    String writtenWhole = whole(c);
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    for (java.time.Duration w : List.of(java.time.Duration.ofHours(1), java.time.Duration.ofHours(6))) {
      Path copy = dir.resolve("windows-" + w);
      Files.createDirectories(copy);
      for (String f : List.of(StoryStateFile.FILE_NAME, StoryJournal.FILE_NAME)) Files.copy(dir.resolve(f), copy.resolve(f));
      StoryClusterer.Settings other = new StoryClusterer.Settings(d.joinThreshold(), d.linkThreshold(), d.entityWeight(),
          w, w, d.linkEntityFloor(), d.storyAgreement(), d.agreementTextGate(), d.broadStoryTextGate(), d.subjectShare(),
          d.subjectless(), d.broadStoryAgreement(), d.anchorCosine(), d.youngStoryLink(), d.sectionFreeAnchor(), d.sectionFreeLink());
      StoryClusterer reopened = StoryClusterer.open(copy, other);
      reopened.clock = Clock.fixed(CLOCK, ZoneOffset.UTC);
      assertThat(state(reopened)).as("stories, events, placements, windows %s", w).isEqualTo(written);
      assertThat(whole(reopened)).as("the whole state, windows %s", w).isEqualTo(writtenWhole);
      long stateBytes = Files.size(copy.resolve(StoryStateFile.FILE_NAME));
      StoryInput later = new StoryInput("later-" + w, stream.get(0).in().title(), stream.get(0).in().text(), "spa",
          stream.get(0).in().published(), Set.of());
      reopened.assign(later);
      reopened.save(copy);
      assertThat(copy.resolve(StoryJournal.FILE_NAME)).as("saved whole, windows %s", w).doesNotExist();
      assertThat(Files.size(copy.resolve(StoryStateFile.FILE_NAME))).isNotEqualTo(stateBytes);
      StoryClusterer again = StoryClusterer.open(copy, other);
      again.clock = Clock.fixed(CLOCK, ZoneOffset.UTC);
      assertThat(again.eventOf(later.id())).isNotNull();
      assertThat(whole(again)).isEqualTo(whole(reopened));
    }
  }

  /**
   * A version-2 journal (written by the session-start build a93007b9 after the version-4 fixture: an aftershock saved
   * whole, then a rescue report joining the quake's event and a football report, appended) opens to that build's
   * stories; this build does not append to it (its entries have no closing decisions): the next save writes the
   * state whole, the one after appends a journal of this version. Under other windows its articles are placed again
   * (fixstories24), none lost.
   */
  @Test
  void a_version_2_journal_opens_and_is_replaced_at_the_next_save(@TempDir Path dir) throws Exception {
    Path two = dir.resolve("two");
    copyJournalled(two);
    StoryClusterer c = open(two);
    assertThat(StoryStateDamagedFileTest.stories(c).stream().filter(l -> l.startsWith("story-"))).containsExactlyInAnyOrder(
        "story-a1 [a1, a3, b1, b2] زلزال بقوة ست درجات يضرب شمال إيران",
        "story-b3 [b3] الهلال يفوز على النصر في الدوري",
        "story-a2 [a2] مجلس الوزراء يقر الميزانية العامة للدولة");
    long stateBytes = Files.size(two.resolve(StoryStateFile.FILE_NAME));
    c.assign(new StoryInput("b4", "النصر يتعاقد مع مهاجم جديد", "أعلن نادي النصر التعاقد مع مهاجم جديد لموسمين.",
        "okaz", Instant.parse("2015-08-12T22:00:00Z"), Set.of()));
    c.save(two);
    assertThat(two.resolve(StoryJournal.FILE_NAME)).as("the version-2 journal replaced by a whole save").doesNotExist();
    assertThat(Files.size(two.resolve(StoryStateFile.FILE_NAME))).isNotEqualTo(stateBytes);
    c.assign(new StoryInput("b5", "الهلال يستعد لمباراة الكأس", "بدأ فريق الهلال استعداده لمباراة الكأس المقبلة.",
        "okaz", Instant.parse("2015-08-13T09:00:00Z"), Set.of()));
    c.save(two);
    assertThat(two.resolve(StoryJournal.FILE_NAME)).as("the next save appends").exists();
    assertThat(whole(open(two))).isEqualTo(whole(c));

    Path other = dir.resolve("other");
    copyJournalled(other);
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    Duration hour = Duration.ofHours(1);
    StoryClusterer anew = StoryClusterer.open(other, new StoryClusterer.Settings(d.joinThreshold(), d.linkThreshold(),
        d.entityWeight(), hour, hour, d.linkEntityFloor(), d.storyAgreement(), d.agreementTextGate(),
        d.broadStoryTextGate(), d.subjectShare(), d.subjectless(), d.broadStoryAgreement(), d.anchorCosine(),
        d.youngStoryLink(), d.sectionFreeAnchor(), d.sectionFreeLink()));
    for (String id : List.of("a1", "a2", "a3", "b1", "b2", "b3")) assertThat(anew.eventOf(id)).as(id).isNotNull();
  }

  /**
   * Review 24 F7: a save killed before it moved its temporary file into place left {@code stories.bin*.tmp} or
   * {@code stories.journal*.tmp} (a whole state, 15-20 MB on six August days) for ever; the saving process's open
   * removes them (review 25 F3: after the state has opened), and reads the state as it was.
   */
  @Test
  void a_killed_saves_temporary_files_are_removed_at_open(@TempDir Path dir) throws Exception {
    StoryClusterer c = fresh();
    int i = 0;
    for (; i < 60; i++) place(c, stream.get(i));
    c.save(dir);
    for (; i < 70; i++) place(c, stream.get(i));
    c.save(dir);
    Path state = dir.resolve(StoryStateFile.FILE_NAME + "4471093385811239.tmp");
    Path journal = dir.resolve(StoryJournal.FILE_NAME + "912837465.tmp");
    Path other = dir.resolve("notes.tmp");
    Files.write(state, Files.readAllBytes(dir.resolve(StoryStateFile.FILE_NAME)), StandardOpenOption.CREATE_NEW);
    Files.write(journal, new byte[] {1, 2, 3});
    Files.write(other, new byte[] {1});
    StoryClusterer reopened = openForWriting(dir);
    assertThat(state).doesNotExist();
    assertThat(journal).doesNotExist();
    assertThat(other).as("not a story file").exists();
    assertThat(size(dir.resolve(StoryJournal.FILE_NAME))).as("the journal is kept").isPositive();
    assertThat(whole(reopened)).isEqualTo(whole(c));
    assertThat(state(reopened)).isEqualTo(state(c));
  }

  /**
   * Review 25 F3 (a): a save killed between forcing its temporary file and renaming it leaves a whole, newer copy of
   * the state next to {@code stories.bin}. When {@code stories.bin} then turns out damaged, that copy is its only
   * other one: the open fails naming both, and keeps the copy, which moved into place opens to the state it holds
   * (the journal, which continues the damaged file, is then not its own and is ignored).
   */
  @Test
  void a_damaged_state_keeps_a_killed_saves_copy_and_names_it(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("data"), elsewhere = tmp.resolve("elsewhere");
    StoryClusterer c = fresh();
    int i = 0;
    for (; i < 60; i++) place(c, stream.get(i));
    c.save(dir);
    for (; i < 70; i++) place(c, stream.get(i));
    c.save(dir); // appended to the journal
    StoryStateFile.write(c, elsewhere); // what the killed whole save had written and forced
    Path copy = dir.resolve(StoryStateFile.FILE_NAME + "4471093385811239.tmp");
    Files.copy(elsewhere.resolve(StoryStateFile.FILE_NAME), copy);
    byte[] kept = Files.readAllBytes(copy);
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    byte[] damaged = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(damaged, damaged.length / 2)); // torn
    for (boolean writing : new boolean[] {false, true}) {
      assertThatThrownBy(() -> { if (writing) openForWriting(dir); else open(dir); })
          .as(writing ? "openForWriting" : "open").isInstanceOf(IOException.class)
          .hasMessageContaining(file + ": a damaged story state")
          .hasMessageContaining(copy.toString());
      assertThat(copy).as("the other whole copy").exists();
      assertThat(Files.readAllBytes(copy)).isEqualTo(kept);
    }
    Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING); // the recovery the message names
    StoryClusterer recovered = open(dir);
    assertThat(whole(recovered)).isEqualTo(whole(c));
    assertThat(state(recovered)).isEqualTo(state(c));
  }

  /**
   * Review 25 F3 (b, c): an open that does not save (a bench tool on a running server's directory, a read-only copy)
   * changes nothing in the directory, not even a leftover temporary file (it may be a live save's); and a leftover
   * that cannot be removed fails no open. As root nothing is refused for its permissions, so a leftover that cannot be
   * removed stands in for a read-only directory: a non-empty directory of a leftover's name.
   */
  @Test
  void an_open_that_does_not_save_changes_nothing_and_an_unremovable_leftover_fails_no_open(@TempDir Path dir) throws Exception {
    StoryClusterer c = fresh();
    int i = 0;
    for (; i < 60; i++) place(c, stream.get(i));
    c.save(dir);
    for (; i < 70; i++) place(c, stream.get(i));
    c.save(dir);
    Path inFlight = dir.resolve(StoryStateFile.FILE_NAME + "912837465.tmp");
    Files.write(inFlight, new byte[] {1, 2, 3});
    Path stuck = dir.resolve(StoryJournal.FILE_NAME + "5550123.tmp");
    Files.createDirectories(stuck.resolve("x"));
    StoryClusterer read = open(dir);
    assertThat(inFlight).as("a reader removes nothing").exists();
    assertThat(state(read)).isEqualTo(state(c));
    StoryClusterer writer = openForWriting(dir);
    assertThat(inFlight).as("the saving process removes what it can").doesNotExist();
    assertThat(stuck).as("and keeps what it cannot, logged").exists();
    assertThat(state(writer)).isEqualTo(state(c));
    for (; i < 75; i++) place(writer, stream.get(i));
    writer.save(dir);
    assertThat(state(open(dir))).isEqualTo(state(writer));
  }

  /**
   * Review 24 F5: a power cut while appending can leave the journal's new length filled with zeros (file systems
   * that extend the size before the data): a torn tail like a cut record, opened to the last whole record, and cut
   * off by the next append.
   */
  @Test
  void a_zero_filled_tail_opens_to_the_last_whole_record(@TempDir Path dir) throws Exception {
    StoryClusterer c = fresh();
    int i = 0;
    for (; i < 60; i++) place(c, stream.get(i));
    c.save(dir);
    for (; i < 70; i++) place(c, stream.get(i));
    c.save(dir);
    List<String> saved = state(c);
    Path journal = dir.resolve(StoryJournal.FILE_NAME);
    Files.write(journal, new byte[4096], java.nio.file.StandardOpenOption.APPEND);
    StoryClusterer reopened = open(dir);
    assertThat(state(reopened)).isEqualTo(saved);
    for (; i < 80; i++) {
      place(reopened, stream.get(i));
      place(c, stream.get(i));
    }
    reopened.save(dir);
    assertThat(state(open(dir))).isEqualTo(state(c));
  }

  /** Everything the state file saves, maps sorted, doubles as their bits. */
  static String whole(StoryClusterer c) {
    StringBuilder b = new StringBuilder();
    b.append(c.vectorizer.documents()).append(' ').append(new java.util.TreeMap<>(c.vectorizer.documentFrequencies()))
        .append('\n').append(c.nextEvent).append(' ').append(c.newest).append(' ').append(c.lateClock).append('\n')
        .append(new java.util.TreeMap<>(c.entityDocuments)).append('\n');
    for (EventCluster e : c.events) {
      b.append(e.id).append(' ').append(e.storyId).append(' ').append(e.first).append(' ').append(e.last).append(' ')
          .append(e.isClosed()).append(' ').append(e.late).append(' ').append(e.label()).append('\n');
      if (!e.isClosed()) {
        java.util.TreeMap<String, Long> centroid = new java.util.TreeMap<>();
        e.centroid().forEach((t, w) -> centroid.put(t, Double.doubleToRawLongBits(w)));
        b.append(centroid).append(' ').append(new java.util.TreeMap<>(e.entityCounts)).append(' ')
            .append(new java.util.TreeSet<>(e.postedUnder)).append('\n');
      }
      for (EventCluster.Member m : e.members) {
        b.append("  ").append(m.id()).append(' ').append(m.title()).append(' ').append(m.source()).append(' ')
            .append(m.published());
        if (m.vector() != null) {
          // a vector's own order is kept (sums over it depend on it)
          for (int i = 0; i < m.vector().terms().length; i++) {
            b.append(' ').append(m.vector().terms()[i]).append('=').append(Double.doubleToRawLongBits(m.vector().values()[i]));
          }
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  static void copy(String resource, Path dir) throws Exception {
    Files.createDirectories(dir);
    try (InputStream in = StoryJournalTest.class.getResourceAsStream(resource)) {
      Files.copy(in, dir.resolve(StoryStateFile.FILE_NAME));
    }
  }

  /** The version-2 journal fixture: a state file of version 5 and the journal the session-start build appended. */
  private static void copyJournalled(Path dir) throws Exception {
    copy("version5-with-journal2.bin", dir);
    try (InputStream in = StoryJournalTest.class.getResourceAsStream("version5-with-journal2.journal")) {
      Files.copy(in, dir.resolve(StoryJournal.FILE_NAME));
    }
  }

  private static byte[] inflated(Path dir) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(StoryStateFile.FILE_NAME)))) {
      return in.readAllBytes();
    }
  }

  private static long size(Path f) throws Exception {
    return Files.exists(f) ? Files.size(f) : 0;
  }
}

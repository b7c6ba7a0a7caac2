package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A torn or changed state file fails to open with an IOException that names it (as {@code Corpus.open}'s callers
 * expect), never with an unchecked exception, a huge allocation or silently other stories; the file is left as it is.
 * The current version (5, session 24: version 4's layout, session 23) and a version-3 file of the session-start code
 * alike. The journal of the placements since the last whole save ({@link StoryJournal}, session 24): cut at any
 * byte (a save killed while appending) it opens to the state of one of the saves it holds, and a next save goes on
 * from there; a changed byte anywhere in it fails with an IOException naming it.
 */
class StoryStateDamagedFileTest {
  private static final Instant T0 = Instant.parse("2015-08-10T08:00:00Z");

  private static StoryInput article(String id, int hour, String title, String text) {
    return new StoryInput(id, title, text, "spa", T0.plusSeconds(hour * 3600L), Set.of());
  }

  private static StoryClusterer state() {
    StoryClusterer c = new StoryClusterer();
    c.assign(article("a1", 0, "زلزال بقوة ست درجات يضرب شمال إيران",
        "ضرب زلزال بقوة ست درجات على مقياس ريختر شمال إيران اليوم وأسفر عن سقوط ضحايا وانهيار منازل في القرى الجبلية."));
    c.assign(article("a2", 1, "مجلس الوزراء يقر الميزانية العامة للدولة",
        "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة للدولة للعام المالي المقبل بزيادة في مخصصات التعليم والصحة."));
    c.assign(article("a3", 3, "ارتفاع عدد ضحايا زلزال شمال إيران",
        "ارتفع عدد ضحايا الزلزال الذي ضرب شمال إيران إلى عشرين قتيلا ومئات الجرحى بحسب فرق الإنقاذ في القرى الجبلية."));
    return c;
  }

  static List<String> stories(StoryClusterer c) {
    List<String> out = new ArrayList<>();
    for (Story s : c.stories(null, null)) out.add(s.id() + " " + s.articleIds() + " " + s.label());
    for (EventCluster e : c.events) out.add(e.id + " " + e.isClosed() + " " + e.label());
    return out;
  }

  @Test
  void a_torn_file_fails_with_an_error_naming_it_and_is_left_as_it_is(@TempDir Path dir) throws Exception {
    state().save(dir);
    assertThat(version(dir.resolve(StoryStateFile.FILE_NAME))).as("the current version").isEqualTo(StoryStateFile.VERSION);
    tornFilesFail(dir);
  }

  @Test
  void a_changed_byte_fails_with_an_error_naming_the_file_or_reads_the_same_stories(@TempDir Path dir) throws Exception {
    StoryClusterer c = state();
    c.save(dir);
    assertThat(version(dir.resolve(StoryStateFile.FILE_NAME))).as("the current version").isEqualTo(StoryStateFile.VERSION);
    changedBytesFailOrReadTheSame(dir, stories(c));
  }

  /** The same on a version-3 file of the session-start code (main 3a271656), which version 4 still reads. */
  @Test
  void a_damaged_version_3_file_fails_alike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    try (InputStream in = getClass().getResourceAsStream("version3-two-events.bin")) {
      Files.copy(in, file);
    }
    assertThat(version(file)).isEqualTo(3);
    List<String> expected = stories(StoryClusterer.open(dir, StoryClusterer.Settings.defaults()));
    assertThat(expected).as("the fixture's stories and events").hasSize(4);
    byte[] whole = Files.readAllBytes(file);
    changedBytesFailOrReadTheSame(dir, expected);
    Files.write(file, whole);
    tornFilesFail(dir);
  }

  /** More articles of the quake, the budget and a new event, placed after {@link #state()}'s three. */
  private static final List<StoryInput> LATER = List.of(
      article("a4", 5, "فرق الإنقاذ تنتشل ناجين من تحت الأنقاض شمال إيران",
          "انتشلت فرق الإنقاذ ناجين من تحت أنقاض المنازل في القرى الجبلية شمال إيران بعد الزلزال."),
      article("a5", 6, "مجلس الشورى يناقش الميزانية العامة للدولة",
          "ناقش مجلس الشورى الميزانية العامة للدولة ومخصصات التعليم والصحة للعام المالي المقبل."),
      article("a6", 7, "افتتاح معرض الكتاب الدولي في الرياض",
          "افتتح معرض الكتاب الدولي في الرياض أبوابه للزوار بمشاركة مئات دور النشر العربية والأجنبية."),
      article("a7", 8, "هزة ارتدادية تضرب شمال إيران",
          "ضربت هزة ارتدادية شمال إيران بعد الزلزال وفرق الإنقاذ تواصل البحث عن ناجين في القرى الجبلية."));

  /**
   * Saves {@link #state()} whole, then after each of {@link #LATER} appends one journal record; returns the
   * stories after each save (index 0: the whole save) and fills {@code ends} with the journal's length after each.
   */
  private static List<List<String>> journalled(Path dir, List<Long> ends) throws Exception {
    StoryClusterer c = state();
    c.save(dir);
    List<List<String>> after = new ArrayList<>();
    after.add(stories(c));
    ends.add(0L);
    for (StoryInput in : LATER) {
      c.assign(in);
      c.save(dir);
      after.add(stories(c));
      ends.add(Files.size(dir.resolve(StoryJournal.FILE_NAME)));
    }
    return after;
  }

  /**
   * A save killed while appending leaves the journal cut at any byte: it opens to the stories of the last save whose
   * record is whole (never an error, never a state no save had), and the next save cuts off the half record and
   * appends, so that the articles placed again end as in an uninterrupted run.
   */
  @Test
  void a_journal_cut_at_any_byte_opens_to_the_last_whole_save_and_goes_on(@TempDir Path dir) throws Exception {
    List<Long> ends = new ArrayList<>();
    List<List<String>> after = journalled(dir, ends);
    Path journal = dir.resolve(StoryJournal.FILE_NAME);
    byte[] whole = Files.readAllBytes(journal);
    assertThat(StoryStateFile.VERSION).isEqualTo(5);
    assertThat(ends.get(1)).as("the first record's end").isLessThan(ends.get(ends.size() - 1));
    int cuts = 0;
    for (int cut = (int) (long) ends.get(1) - 1; cut <= whole.length; cut++) {
      Files.write(journal, Arrays.copyOf(whole, cut));
      int saved = 0; // the saves whose record is whole in the cut journal
      while (saved + 1 < ends.size() && ends.get(saved + 1) <= cut) saved++;
      StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
      assertThat(stories(reopened)).as("journal cut at %d of %d", cut, whole.length).isEqualTo(after.get(saved));
      if (cut % 7 == 0 || saved == 0) {
        // a re-run places what the killed save lost, saves (cutting the half record off), and reopens alike
        Path again = dir.resolve("again" + cut);
        Files.createDirectories(again);
        Files.copy(dir.resolve(StoryStateFile.FILE_NAME), again.resolve(StoryStateFile.FILE_NAME));
        Files.write(again.resolve(StoryJournal.FILE_NAME), Arrays.copyOf(whole, cut));
        StoryClusterer rerun = StoryClusterer.open(again, StoryClusterer.Settings.defaults());
        for (StoryInput in : LATER) rerun.assign(in);
        rerun.save(again);
        assertThat(stories(StoryClusterer.open(again, StoryClusterer.Settings.defaults())))
            .as("re-run after a cut at %d", cut).isEqualTo(after.get(after.size() - 1));
      }
      cuts++;
    }
    assertThat(cuts).isGreaterThan(100);
  }

  /** A changed byte anywhere in the journal (header, a record's head or payload) fails with an error naming it. */
  @Test
  void a_changed_journal_byte_fails_with_an_error_naming_it(@TempDir Path dir) throws Exception {
    List<Long> ends = new ArrayList<>();
    journalled(dir, ends);
    Path journal = dir.resolve(StoryJournal.FILE_NAME);
    byte[] whole = Files.readAllBytes(journal);
    for (int i = 0; i < whole.length; i++) {
      for (int mask : new int[] {0x01, 0x80}) {
        byte[] changed = whole.clone();
        changed[i] ^= (byte) mask;
        Files.write(journal, changed);
        try {
          StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
          throw new AssertionError("journal byte " + i + " ^ " + Integer.toHexString(mask) + " opened");
        } catch (IOException e) {
          assertThat(e.getMessage()).as("journal byte %d ^ %x", i, mask).contains(journal.toString());
        }
        assertThat(Files.readAllBytes(journal)).as("left as it is").isEqualTo(changed);
      }
    }
  }

  /**
   * Review 23 F1: a byte changed in the gzip file is nearly always refused by gzip itself (inflate error or its CRC),
   * so the story parser is only reached here: each byte of the INFLATED state is changed (XOR 0x01, XOR 0x80) and
   * the file re-gzipped, so that the CRC passes. Every such file either fails with the clear error naming it or
   * opens to a consistent state ({@link #assertConsistent}: what the parser can check without a checksum of its
   * own) that can go on placing articles and be saved and reopened; never an unchecked exception or an
   * OutOfMemoryError. A changed title, id character or weight's low bits cannot be told from a sound one.
   */
  @Test
  void a_changed_inflated_byte_fails_clearly_or_opens_a_consistent_state(@TempDir Path dir) throws Exception {
    state().save(dir);
    assertThat(version(dir.resolve(StoryStateFile.FILE_NAME))).isEqualTo(StoryStateFile.VERSION);
    changedInflatedBytesFailOrOpenConsistent(dir);
  }

  @Test
  void a_changed_inflated_byte_of_a_version_3_file_fails_clearly_or_opens_a_consistent_state(@TempDir Path dir)
      throws Exception {
    try (InputStream in = getClass().getResourceAsStream("version3-two-events.bin")) {
      Files.copy(in, dir.resolve(StoryStateFile.FILE_NAME));
    }
    changedInflatedBytesFailOrOpenConsistent(dir);
  }

  private static void changedInflatedBytesFailOrOpenConsistent(Path dir) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    byte[] inflated;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      inflated = in.readAllBytes();
    }
    assertConsistent(StoryClusterer.open(dir, StoryClusterer.Settings.defaults()));
    int cases = 0, refused = 0;
    for (int i = 0; i < inflated.length; i++) {
      for (int mask : new int[] {0x01, 0x80}) {
        byte[] changed = inflated.clone();
        changed[i] ^= (byte) mask;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
          out.write(changed);
        }
        cases++;
        StoryClusterer reopened;
        try {
          reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
        } catch (IOException e) {
          assertThat(e.getMessage()).as("inflated byte %d ^ %x", i, mask).contains(file.toString());
          refused++;
          continue;
        } catch (Throwable t) {
          throw new AssertionError("inflated byte " + i + " ^ " + Integer.toHexString(mask) + ": " + t, t);
        }
        String as = "inflated byte " + i + " ^ " + Integer.toHexString(mask) + " opened";
        try {
          assertConsistent(reopened);
          reopened.assign(article("b" + i, 4, "هزة ارتدادية تضرب شمال إيران",
              "ضربت هزة ارتدادية شمال إيران بعد الزلزال وفرق الإنقاذ تواصل البحث عن ناجين في القرى الجبلية."));
          List<String> before = stories(reopened);
          Path again = dir.resolve("again");
          reopened.save(again);
          assertThat(stories(StoryClusterer.open(again, StoryClusterer.Settings.defaults()))).isEqualTo(before);
        } catch (Throwable t) {
          throw new AssertionError(as + ": " + t, t);
        }
      }
    }
    System.out.printf("%s: %d inflated bytes, %d changes, %d refused%n", file.getFileName(), inflated.length, cases, refused);
  }

  /**
   * What a sound state holds and a reader can check (session 23, review F1): the document frequencies of distinct
   * terms in [1, documents]; events "e" + their creation order, increasing, below the next event number; an article in
   * one event only; an event's span that of its members' times; a story's first event named after its first article;
   * member vectors of distinct terms with weights in (0, 1]; centroids of distinct terms with positive finite weights;
   * positive entity counts.
   */
  static void assertConsistent(StoryClusterer c) {
    Map<String, Integer> df = c.vectorizer.documentFrequencies();
    for (int f : df.values()) assertThat(f).as("a document frequency").isBetween(1, (int) Math.min(Integer.MAX_VALUE, c.vectorizer.documents()));
    Set<String> articles = new HashSet<>();
    Set<String> stories = new HashSet<>();
    int last = -1;
    for (EventCluster e : c.events) {
      assertThat(e.id).isEqualTo("e" + e.ordinal);
      assertThat(e.ordinal).as("event order").isGreaterThan(last).isLessThan(c.nextEvent);
      last = e.ordinal;
      assertThat(e.members).isNotEmpty();
      if (stories.add(e.storyId)) assertThat(e.storyId).isEqualTo(StoryClusterer.storyIdFor(e.members.get(0).id()));
      Instant first = null, end = null;
      for (EventCluster.Member m : e.members) {
        assertThat(articles.add(m.id())).as("article %s in one event", m.id()).isTrue();
        if (first == null || m.published().isBefore(first)) first = m.published();
        if (end == null || m.published().isAfter(end)) end = m.published();
        if (m.vector() == null) continue;
        assertThat(m.vector().weights()).hasSize(m.vector().terms().length);
        for (double w : m.vector().values()) assertThat(w).as("a member weight").isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-9);
        for (String t : m.vector().terms()) assertThat(df).as("a member's term").containsKey(t);
      }
      assertThat(e.first).isEqualTo(first);
      assertThat(e.last).isEqualTo(end);
      for (double w : e.centroid().values()) assertThat(w).as("a centroid weight").isGreaterThan(0).isLessThan(Double.POSITIVE_INFINITY);
      for (int n : e.entityCounts.values()) assertThat(n).as("an entity count").isPositive();
    }
    for (int n : c.entityDocuments.values()) assertThat(n).as("an entity document count").isPositive();
  }

  private static void tornFilesFail(Path dir) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    byte[] whole = Files.readAllBytes(file);
    for (int length : new int[] {whole.length / 2, whole.length - 9, whole.length - 1}) {
      byte[] torn = Arrays.copyOf(whole, length);
      Files.write(file, torn);
      assertThatThrownBy(() -> StoryClusterer.open(dir, StoryClusterer.Settings.defaults()))
          .as("torn at %d of %d bytes", length, whole.length)
          .isInstanceOf(IOException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("damaged");
      assertThat(Files.readAllBytes(file)).as("the torn file is left as it is").isEqualTo(torn);
    }
  }

  private static void changedBytesFailOrReadTheSame(Path dir, List<String> expected) throws Exception {
    Path file = dir.resolve(StoryStateFile.FILE_NAME);
    byte[] whole = Files.readAllBytes(file);
    int failed = 0;
    for (int i = 0; i < whole.length; i++) {
      byte[] changed = whole.clone();
      changed[i] ^= 0x10;
      Files.write(file, changed);
      try {
        StoryClusterer reopened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
        // only the gzip header's time, flags of no consequence or the like can change unseen: the same stories
        assertThat(stories(reopened)).as("byte %d changed and the file still opened", i).isEqualTo(expected);
      } catch (IOException e) {
        assertThat(e.getMessage()).as("byte %d changed", i).contains(file.toString());
        failed++;
      }
      assertThat(Files.readAllBytes(file)).as("the changed file is left as it is").isEqualTo(changed);
    }
    assertThat(failed).as("changed bytes refused, of %d", whole.length).isGreaterThan(whole.length * 9 / 10);
  }

  /** The version int follows the magic string (2-byte length + "marsad-stories"). */
  static int version(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return ByteBuffer.wrap(in.readNBytes(20), 2 + "marsad-stories".length(), 4).getInt();
    }
  }
}

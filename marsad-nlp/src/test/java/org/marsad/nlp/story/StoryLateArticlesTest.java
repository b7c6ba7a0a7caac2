package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles far behind the newest one (an archive out of date order) are placed by a rule of their own
 * (session 21, fixstories21): the events behind the closing horizon stay open while they lie within the link
 * plus event window of the last such late article, and close when the late articles move away from them.
 * Real SaudiNewsNet reports, times from {@code date_extracted}, no entity ids (see {@link StorySavePointTest}).
 */
class StoryLateArticlesTest {
  private static final StoryClusterer.Settings SETTINGS = StoryClusterer.Settings.defaults();
  private static final Duration REACH = SETTINGS.linkWindow().plus(SETTINGS.eventWindow());
  /** The shared day files, newest first. */
  private static final List<String> NEWEST_FIRST = List.of("2015-08-11", "2015-08-10", "2015-08-09", "2015-08-08",
      "2015-08-07", "2015-08-06", "2015-08-04", "2015-08-03", "2015-08-02", "2015-08-01", "2015-07-31", "2015-07-27",
      "2015-07-26", "2015-07-25", "2015-07-24", "2015-07-23", "2015-07-22", "2015-07-21");

  /**
   * An archive ingested newest first: 18 day files from 2015-08-11 back to 2015-07-21. The newest article is
   * the first one, so it never moves; until this fix nothing was ever closed and the open state grew with the
   * archive. Now an open event lies within the window of the newest article or of the last (oldest) one.
   */
  @Test
  void an_archive_ingested_newest_first_keeps_only_the_events_near_either_end_open() throws Exception {
    List<StoryInput> stream = new ArrayList<>();
    for (String day : NEWEST_FIRST) stream.addAll(StorySavePointTest.reports(day).subList(0, 40));
    StoryClusterer c = new StoryClusterer(SETTINGS);
    Instant newest = null, last = null;
    for (StoryInput in : stream) {
      c.assign(in);
      if (newest == null || in.published().isAfter(newest)) newest = in.published();
      last = in.published();
    }
    List<String> farFromBothEnds = new ArrayList<>();
    for (EventCluster e : c.openByLast) {
      if (e.secondsFrom(newest) > REACH.getSeconds() && e.secondsFrom(last) > REACH.getSeconds()) {
        farFromBothEnds.add(e.id + " " + e.first + ".." + e.last);
      }
    }
    assertThat(farFromBothEnds).as("open events out of reach of the newest and of the last article").isEmpty();
    assertThat(c.openByLast.size()).as("open events of %s", c.events.size()).isLessThan(c.events.size() * 9 / 10);
  }

  /**
   * The same late reports form the same stories whether they arrive in a block or with a newer report after
   * every fifth one (an archive imported while a live feed runs): a newer report does not close the late
   * events. Until this fix it closed them all, and a late report could continue only a story whose last event
   * was begun since the last newer report.
   */
  @Test
  void late_reports_group_alike_in_a_block_or_interleaved_with_newer_ones() throws Exception {
    List<StoryInput> july = StorySavePointTest.reports("2015-07-21"), august = augustByTime();
    List<StoryInput> late = july.subList(200, 400);
    List<StoryInput> block = new ArrayList<>(july.subList(0, 200));
    block.addAll(august.subList(0, 80));
    block.addAll(late);
    block.addAll(august.subList(80, 120));
    Map<String, String> inBlock = storiesOf(block, late), mixed = storiesOf(interleavedStream(), late);
    assertThat(groups(mixed)).as("the late reports' stories, interleaved vs in a block").isEqualTo(groups(inBlock));
  }

  /** The shared day files in date order (2015-07-28..30 and 08-05 are not in the shared set). */
  private static List<String> inDateOrder() {
    List<String> days = new ArrayList<>(NEWEST_FIRST);
    java.util.Collections.reverse(days);
    return days;
  }

  /**
   * One stray late article in a feed in date order (a report republished ten days late) holds no newer event
   * open (session 22). The feed: 30 reports of each of the 18 day files from 2015-07-21 to 2015-08-11, by time;
   * after the reports of 2015-07-31 comes one more report of 2015-07-21, ten days behind the newest. Until this
   * fix its late clock kept open every event within 9 days of it that the newest article passed later (those of
   * 07-22..07-27 here), until a late article far from them would come, which in a live feed may be never.
   * Now only the event the stray article started or joined stays open for the late clock.
   */
  @Test
  void one_stray_late_article_keeps_no_newer_event_open() throws Exception {
    List<StoryInput> inOrder = new ArrayList<>(), withStray = new ArrayList<>();
    StoryInput stray = StorySavePointTest.reports("2015-07-21").get(100);
    for (String day : inDateOrder()) {
      List<StoryInput> reports = new ArrayList<>(StorySavePointTest.reports(day).subList(0, 30));
      reports.sort(Comparator.comparing(StoryInput::published).thenComparing(StoryInput::id));
      inOrder.addAll(reports);
      withStray.addAll(reports);
      if (day.equals("2015-07-31")) withStray.add(stray);
    }
    StoryClusterer plain = new StoryClusterer(SETTINGS), strayed = new StoryClusterer(SETTINGS);
    inOrder.forEach(plain::assign);
    withStray.forEach(strayed::assign);
    assertThat(strayed.lateClock).as("the stray report is late").isEqualTo(stray.published());
    assertThat(plain.events.stream().filter(EventCluster::isClosed).count())
        .as("the feed is longer than the closing horizon: events close in it").isGreaterThan(100);
    assertThat(openBehindTheHorizon(plain)).as("in date order nothing stays open behind the horizon").isEmpty();
    assertThat(openBehindTheHorizon(strayed)).as("open behind the horizon after the stray report")
        .containsExactly(strayed.eventOfArticle.get(stray.id()).id);
    assertThat(strayed.openByLast.size()).as("open events with the stray report vs without")
        .isLessThanOrEqualTo(plain.openByLast.size() + 1);
  }

  private static List<String> openBehindTheHorizon(StoryClusterer c) {
    Instant horizon = c.newest.minus(REACH);
    List<String> out = new ArrayList<>();
    for (EventCluster e : c.openByLast) if (e.last.isBefore(horizon)) out.add(e.id);
    return out;
  }

  /** The reports of 2015-08-01 by time (the file is not): each of the later ones moves the newest article. */
  private static List<StoryInput> augustByTime() throws Exception {
    List<StoryInput> out = new ArrayList<>(StorySavePointTest.reports("2015-08-01"));
    out.sort(Comparator.comparing(StoryInput::published).thenComparing(StoryInput::id));
    return out;
  }

  /** 200 reports of 2015-07-21, the first 80 of 2015-08-01, then 200 late July reports with one of the next August reports after every fifth. */
  private static List<StoryInput> interleavedStream() throws Exception {
    List<StoryInput> july = StorySavePointTest.reports("2015-07-21"), august = augustByTime();
    List<StoryInput> out = new ArrayList<>(july.subList(0, 200));
    out.addAll(august.subList(0, 80));
    for (int i = 0; i < 200; i++) {
      out.add(july.get(200 + i));
      if (i % 5 == 4) out.add(august.get(80 + i / 5));
    }
    return out;
  }

  /**
   * The late clock is part of the saved state: an ingest of the interleaved stream saved and reopened every 50
   * articles places every article where an ingest that never saves does (without it, the first newer report after
   * a reopen closed every late event).
   */
  @Test
  void reopening_between_late_and_newer_reports_changes_no_event(@TempDir Path dir) throws Exception {
    List<StoryInput> stream = interleavedStream();
    StoryClusterer c = new StoryClusterer(SETTINGS);
    for (int i = 0; i < stream.size(); i++) {
      c.assign(stream.get(i));
      if (i % 50 == 49) {
        c.save(dir);
        c = StoryClusterer.open(dir, SETTINGS);
      }
    }
    Map<String, String> unsaved = eventsOf(stream, stream);
    List<String> different = new ArrayList<>();
    for (StoryInput in : stream) if (!unsaved.get(in.id()).equals(c.eventOf(in.id()))) different.add(in.id());
    assertThat(different).as("articles placed otherwise than without saves").isEmpty();
  }

  /** The story of each of {@code of} after placing {@code stream}. */
  private static Map<String, String> storiesOf(List<StoryInput> stream, List<StoryInput> of) {
    StoryClusterer c = new StoryClusterer(SETTINGS);
    stream.forEach(c::assign);
    Map<String, String> out = new HashMap<>();
    for (StoryInput in : of) out.put(in.id(), c.storyOfArticle.get(in.id()));
    return out;
  }

  /** The event of each of {@code of} after placing {@code stream}. */
  private static Map<String, String> eventsOf(List<StoryInput> stream, List<StoryInput> of) {
    StoryClusterer c = new StoryClusterer(SETTINGS);
    stream.forEach(c::assign);
    Map<String, String> out = new HashMap<>();
    for (StoryInput in : of) out.put(in.id(), c.eventOf(in.id()));
    return out;
  }

  /** The partition of the articles by event or story, independent of the ids. */
  private static Set<Set<String>> groups(Map<String, String> groupOfArticle) {
    Map<String, Set<String>> byGroup = new HashMap<>();
    groupOfArticle.forEach((id, group) -> byGroup.computeIfAbsent(group, k -> new TreeSet<>()).add(id));
    return new HashSet<>(byGroup.values());
  }
}

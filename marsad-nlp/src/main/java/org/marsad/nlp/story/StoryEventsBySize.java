package org.marsad.nlp.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Each story's recent events, largest first (ties by creation order): where the agreement check
 * draws its sample. The sample is the largest events <em>within the link window of the article</em>,
 * so it depends on the events' times, not on when the state was last saved: an uninterrupted
 * process and one saved and reopened every day draw the same sample. Events past the closing
 * horizon (see {@link StoryClusterer#closeOldEvents}) are dropped as they are met, so a story's set holds its
 * recent events, not its whole life, even in a process that never saves.
 */
final class StoryEventsBySize {
  private static final Comparator<EventCluster> LARGEST_FIRST =
      Comparator.comparingInt((EventCluster c) -> -c.members.size()).thenComparingInt(c -> c.ordinal);

  private final Map<String, TreeSet<EventCluster>> byStory = new HashMap<>();

  /** Adds an open event (with its members: the order is by size). */
  void add(EventCluster e) {
    byStory.computeIfAbsent(e.storyId, k -> new TreeSet<>(LARGEST_FIRST)).add(e);
  }

  /**
   * Runs {@code growth} (which adds members to {@code e}) keeping the event's place by size right.
   * An open event dropped earlier as too old and joined again by a late article comes back.
   */
  void grow(EventCluster e, Runnable growth) {
    TreeSet<EventCluster> set = byStory.get(e.storyId);
    if (set != null) set.remove(e); // removed under its old size, before it changes
    growth.run();
    if (!e.isClosed()) add(e);
  }

  /**
   * The {@code k} largest events of the story other than {@code linked} whose time span is within
   * {@code windowSeconds} of {@code time}. Events that ended before {@code horizon} can be in no
   * window any more (for articles arriving in order) and leave the set here. Visits the events in
   * size order and stops at {@code k}: the cost is {@code k} plus the large events skipped for
   * being out of the window (those ended between the horizon and the window), not the story's size.
   */
  List<EventCluster> sample(String storyId, EventCluster linked, Instant time, long windowSeconds, Instant horizon, int k) {
    TreeSet<EventCluster> set = byStory.get(storyId);
    if (set == null) return List.of();
    List<EventCluster> out = new ArrayList<>(k);
    for (Iterator<EventCluster> it = set.iterator(); it.hasNext() && out.size() < k; ) {
      EventCluster c = it.next();
      if (c.isClosed() || (horizon != null && c.last.isBefore(horizon))) { it.remove(); continue; }
      if (c != linked && c.secondsFrom(time) <= windowSeconds) out.add(c);
    }
    if (set.isEmpty()) byStory.remove(storyId);
    return out;
  }

  /** Drops an event being closed ({@link StoryClusterer#closeOldEvents}; before its size can change). */
  void remove(EventCluster e) {
    TreeSet<EventCluster> set = byStory.get(e.storyId);
    if (set == null) return;
    set.remove(e);
    if (set.isEmpty()) byStory.remove(e.storyId);
  }

  /** How many events the story's set holds (for tests: pruning keeps it to the recent ones). */
  int size(String storyId) {
    TreeSet<EventCluster> set = byStory.get(storyId);
    return set == null ? 0 : set.size();
  }
}

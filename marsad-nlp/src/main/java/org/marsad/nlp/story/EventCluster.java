package org.marsad.nlp.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event: articles about the same happening, close in time. Keeps the running sum of its
 * members' vectors (the centroid, unnormalised) and its squared norm, so that adding a member
 * and scoring a candidate are both linear in the size of the candidate's vector.
 */
final class EventCluster {
  /** Past this many centroid terms the tail is cut, keeping the cost per comparison bounded. */
  private static final int MAX_TERMS = 400;

  final String id;
  /** Creation order ({@code id} is {@code "e" + ordinal}): candidates are scored in this order. */
  final int ordinal;
  String storyId;
  final List<Member> members = new ArrayList<>();
  final Map<String, Integer> entityCounts = new HashMap<>();
  private final Map<String, Double> sum = new HashMap<>();
  /** The same weights as {@link #sum}, for the lookups of {@link #cosine}. */
  private final CentroidLookup lookup = new CentroidLookup();
  private double sumNormSquared;
  Instant first;
  Instant last;
  /** The terms this open event is posted under in {@code StoryClusterer.eventsByTerm} (to unpost it when it closes). */
  final Set<String> postedUnder = new LinkedHashSet<>();
  /** The last {@code StoryClusterer.candidates} call that took this event (instead of a set per call). */
  int candidateStamp;
  /** Set when the event is closed (too old to be joined): its label, kept once the vectors are dropped. */
  String closedLabel;
  /**
   * Whether an article placed behind the closing horizon (late, {@code StoryClusterer.isLate}) started or joined
   * this event: only such events stay open behind the horizon for the late clock (session 22), so one stray late
   * article holds no window of newer events open.
   */
  boolean late;
  /**
   * The event whose link brought this one into its story, with the link score and the story's agreement
   * (null, 0, 0 for an event that started its story, a restored one or a closed one): a diagnostic for
   * {@link StoryClusterer#trace}, not saved.
   */
  EventCluster linkedFrom;
  double linkScore;
  double linkAgreement;
  /** What the link was made of (a diagnostic as {@link #linkedFrom}, not saved; null when none). */
  StoryClusterer.LinkEvidence linkEvidence;

  record Member(String id, String title, String source, Instant published, TermVector vector) {}

  EventCluster(String id, int ordinal, String storyId) {
    this.id = id;
    this.ordinal = ordinal;
    this.storyId = storyId;
  }

  /**
   * Dot product of a vector with this cluster's centroid: the cosine without its division by the centroid's norm.
   * The label ranks members by it, so the label does not depend on the norm's last bits, which a restored
   * centroid recomputes in another order than the running sum did.
   */
  double dot(TermVector v) {
    double dot = 0;
    String[] terms = v.terms();
    double[] values = v.values();
    for (int i = 0; i < terms.length; i++) {
      double w = lookup.get(terms[i]);
      if (!Double.isNaN(w)) dot += values[i] * w;
    }
    return dot;
  }

  /** Cosine between a unit vector and this cluster's centroid: {@link #dot} over the centroid's norm. */
  double cosine(TermVector v) {
    return sumNormSquared <= 0 ? 0 : dot(v) / Math.sqrt(sumNormSquared);
  }

  /** The part of {@link #cosine} that the terms {@code kept} accepts contribute (the cosine is the sum of all terms' parts). */
  double cosinePart(TermVector v, java.util.function.Predicate<String> kept) {
    if (sumNormSquared <= 0) return 0;
    String[] terms = v.terms();
    double[] values = v.values();
    double dot = 0;
    for (int i = 0; i < terms.length; i++) {
      if (!kept.test(terms[i])) continue;
      double w = lookup.get(terms[i]);
      if (!Double.isNaN(w)) dot += values[i] * w;
    }
    return dot / Math.sqrt(sumNormSquared);
  }

  /**
   * Each term the vector shares with the centroid and its part of {@link #cosine} (the parts sum to the cosine),
   * largest first, ties by term: which words a link or a join rests on (a diagnostic).
   */
  List<Map.Entry<String, Double>> cosineParts(TermVector v) {
    List<Map.Entry<String, Double>> parts = new ArrayList<>();
    if (sumNormSquared <= 0) return parts;
    double norm = Math.sqrt(sumNormSquared);
    String[] terms = v.terms();
    double[] values = v.values();
    for (int i = 0; i < terms.length; i++) {
      double w = lookup.get(terms[i]);
      if (!Double.isNaN(w)) parts.add(Map.entry(terms[i], values[i] * w / norm));
    }
    parts.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    return parts;
  }

  /**
   * Cosine between a vector and this cluster's centroid on the terms {@code left} does not hold, both renormalised
   * over what remains (0 when either keeps nothing): their likeness once the words they share as a kind are gone.
   */
  double cosineWithout(TermVector v, java.util.function.Predicate<String> left) {
    String[] terms = v.terms();
    double[] values = v.values();
    double dot = 0, vNorm = 0;
    for (int i = 0; i < terms.length; i++) {
      if (left.test(terms[i])) continue;
      vNorm += values[i] * values[i];
      double w = lookup.get(terms[i]);
      if (!Double.isNaN(w)) dot += values[i] * w;
    }
    double cNorm = 0;
    for (Map.Entry<String, Double> e : sum.entrySet()) {
      if (!left.test(e.getKey())) cNorm += e.getValue() * e.getValue();
    }
    return vNorm <= 0 || cNorm <= 0 ? 0 : dot / Math.sqrt(vNorm * cNorm);
  }

  /**
   * The article's entities that this cluster already mentions, over the smaller of the two entity
   * sets, but over no fewer than {@code floor} ids (0 when either names none). The floor keeps a
   * small set's one or two shared ids from counting as a near-complete overlap.
   */
  double entityOverlap(Set<String> entityIds, int floor) {
    if (entityIds.isEmpty() || entityCounts.isEmpty()) return 0;
    int shared = 0;
    for (String e : entityIds) if (entityCounts.containsKey(e)) shared++;
    return (double) shared / Math.max(floor, Math.min(entityIds.size(), entityCounts.size()));
  }

  void add(StoryInput in, TermVector v) {
    members.add(new Member(in.id(), in.title(), in.source(), in.published(), v));
    String[] terms = v.terms();
    double[] values = v.values();
    for (int i = 0; i < terms.length; i++) {
      double old = sum.getOrDefault(terms[i], 0.0);
      double now = old + values[i];
      sum.put(terms[i], now);
      lookup.put(terms[i], now);
      sumNormSquared += now * now - old * old;
    }
    if (sum.size() > 2 * MAX_TERMS) prune();
    for (String e : in.entityIds()) entityCounts.merge(e, 1, Integer::sum);
    if (first == null || in.published().isBefore(first)) first = in.published();
    if (last == null || in.published().isAfter(last)) last = in.published();
  }

  /** A member joining after the event was closed (a copy of one of its articles): no centroid to update. */
  void addToClosed(StoryInput in) {
    members.add(new Member(in.id(), in.title(), in.source(), in.published(), null));
    if (in.published().isBefore(first)) first = in.published();
    if (in.published().isAfter(last)) last = in.published();
  }

  private void prune() {
    List<Map.Entry<String, Double>> top = new ArrayList<>(sum.entrySet());
    top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    sum.clear();
    sumNormSquared = 0;
    for (Map.Entry<String, Double> e : top.subList(0, MAX_TERMS)) {
      sum.put(e.getKey(), e.getValue());
      sumNormSquared += e.getValue() * e.getValue();
    }
    lookup.setAll(sum);
  }

  /** The running sum of member vectors (read-only; for saving). */
  Map<String, Double> centroid() {
    return java.util.Collections.unmodifiableMap(sum);
  }

  /** Restores a saved centroid (the squared norm is recomputed). */
  void restoreCentroid(Map<String, Double> saved) {
    sum.clear();
    sum.putAll(saved);
    lookup.setAll(sum);
    sumNormSquared = 0;
    for (double w : sum.values()) sumNormSquared += w * w;
  }

  /** Whether the event was closed by {@link #close}. */
  boolean isClosed() {
    return closedLabel != null;
  }

  /**
   * Closes an event no new article can join any more: keeps its label, members (without their
   * vectors) and span, and frees the centroid and entity counts.
   */
  void close() {
    if (isClosed()) return;
    closedLabel = label();
    sum.clear();
    lookup.clear();
    sumNormSquared = 0;
    entityCounts.clear();
    members.replaceAll(m -> new Member(m.id(), m.title(), m.source(), m.published(), null));
  }

  /** Distance in time from an instant to this cluster's span (0 inside it). */
  long secondsFrom(Instant t) {
    if (t.isBefore(first)) return first.getEpochSecond() - t.getEpochSecond();
    if (t.isAfter(last)) return t.getEpochSecond() - last.getEpochSecond();
    return 0;
  }

  /**
   * The title of the member closest to the centroid: the cluster's most representative headline. Ranked by the
   * dot product with the centroid (the same order as the cosine: one centroid for every member). The members'
   * vectors of an open event are saved (state file version 3, session 22), so a reopened event ranks the same
   * members the same way.
   */
  String label() {
    if (closedLabel != null) return closedLabel;
    return members.stream()
        .filter(m -> m.title() != null && !m.title().isBlank())
        // a member restored from a version-2 file has no vector: it ranks after those that do
        .max(Comparator.comparingDouble(m -> m.vector() == null ? -1 : dot(m.vector())))
        .map(Member::title)
        .orElse(members.isEmpty() ? "" : members.get(0).id());
  }

  Set<String> sources() {
    Set<String> s = new LinkedHashSet<>();
    for (Member m : members) if (m.source() != null) s.add(m.source());
    return s;
  }
}

package org.marsad.nlp.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;

/** Builds the clusterer's view of an analysed article. */
public final class StoryInputs {
  private StoryInputs() {}

  /**
   * The article as a clusterer input; {@code fallback} is used when the article has no
   * readable publication time (null: the input is undated, and the clusterer places it at its
   * own clock).
   */
  public static StoryInput of(Article a, Instant fallback) {
    Set<String> entities = new LinkedHashSet<>();
    if (a.entities() != null) {
      for (Entity e : a.entities()) if (e.id() != null) entities.add(e.id());
    }
    Instant t = instant(a.published());
    return new StoryInput(a.id(), a.title(), a.text(), a.source(), t != null ? t : fallback, entities);
  }

  /** An ISO-8601 date, local date-time (taken as UTC) or offset date-time; null when unreadable. */
  public static Instant instant(String iso) {
    if (iso == null || iso.isBlank()) return null;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException ignored) { /* try the next form */ }
    try {
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) { /* next */ }
    try {
      return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package org.marsad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Publication times as the index keeps them: epoch milliseconds (UTC). The record's
 * {@code published} is ISO-8601 with or without offset or time; a time without an offset is
 * taken as UTC. Unparseable values leave the article undated (never fail the ingest).
 */
public final class PublishedDates {
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

  private PublishedDates() {}

  /** Epoch millis, or null when absent or unparseable. */
  public static Long toMillis(String published) {
    if (published == null || published.isBlank()) return null;
    String s = published.strip();
    try {
      return OffsetDateTime.parse(s).toInstant().toEpochMilli();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Instant.parse(s).toEpochMilli();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s, SPACED).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  /** First millisecond of a day (UTC). */
  public static long startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  /** Last millisecond of a day (UTC). */
  public static long endOf(LocalDate day) {
    return startOf(day.plusDays(1)) - 1;
  }

  /** The UTC day of a time, e.g. 2015-08-11. */
  public static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}

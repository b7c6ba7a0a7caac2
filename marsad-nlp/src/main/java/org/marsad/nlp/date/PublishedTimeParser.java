package org.marsad.nlp.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a publication time as containers give it into ISO-8601, keeping only the precision
 * the input had: {@code 2015-08-10T20:27:03+03:00} when a zone is known,
 * {@code 2015-08-10T20:27:03} when it is not, {@code 2015-08-10} for a bare date.
 * <ul>
 *   <li>ISO-8601 with or without zone, {@code T} or a space between date and time;</li>
 *   <li>RFC 1123 / RFC 822 (RSS {@code pubDate});</li>
 *   <li>epoch seconds or milliseconds;</li>
 *   <li>anything {@link DateFinder} reads (Arabic month names, Hijri, d/m/y).</li>
 * </ul>
 * Unreadable input gives null, never an exception. Thread-safe.
 */
public final class PublishedTimeParser {
  private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
      .append(LOCAL_DATE_TIME)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendOffset("+HH:MM", "Z")
      .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter OFFSET_DATE_TIME_COMPACT = new DateTimeFormatterBuilder()
      .append(LOCAL_DATE_TIME)
      .appendOffset("+HHMM", "Z")
      .toFormatter(Locale.ROOT);
  private static final List<DateTimeFormatter> RFC = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] zzz", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm[:ss] Z", Locale.ENGLISH));
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private PublishedTimeParser() {}

  /** ISO-8601 form of {@code raw}, or null when it holds no readable date. */
  public static String parse(String raw) {
    if (raw == null || raw.isBlank()) return null;
    String s = raw.strip();
    String iso = tryFormats(s);
    if (iso != null) return iso;
    LocalDate d = DateFinder.resolve(DateFinder.findAll(s));
    return d == null ? null : d.toString();
  }

  private static String tryFormats(String s) {
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      Instant i = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      return iso(OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
    }
    for (DateTimeFormatter f : List.of(OFFSET_DATE_TIME, OFFSET_DATE_TIME_COMPACT)) {
      try {
        return iso(OffsetDateTime.parse(s, f));
      } catch (DateTimeException ignored) { /* try the next format */ }
    }
    try {
      return iso(ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeException ignored) { /* next */ }
    try {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.parse(s, LOCAL_DATE_TIME));
    } catch (DateTimeException ignored) { /* next */ }
    try {
      return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).toString();
    } catch (DateTimeException ignored) { /* next */ }
    for (DateTimeFormatter f : RFC) {
      try {
        return iso(ZonedDateTime.parse(s, f).toOffsetDateTime());
      } catch (DateTimeException ignored) { /* next */ }
    }
    return null;
  }

  private static String iso(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }
}

package org.marsad.nlp.date;

import java.time.LocalDate;

/**
 * A date found in a text.
 *
 * @param start offset of the first character of the date expression (inclusive)
 * @param end   offset after its last character (exclusive)
 * @param date  the date in the Gregorian calendar (converted when written as a Hijri date)
 * @param hijri true when the text gave the date in the Hijri calendar
 */
public record DateMention(int start, int end, LocalDate date, boolean hijri) {}

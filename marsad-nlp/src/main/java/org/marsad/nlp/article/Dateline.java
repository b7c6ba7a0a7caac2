package org.marsad.nlp.article;

/**
 * A dateline: the city and agency that open agency copy, and the date when it has one.
 *
 * @param city   e.g. "موسكو"
 * @param agency e.g. "سانا", "واس", "رويترز"; or null
 * @param date   ISO-8601 date (Gregorian) when the dateline carries one, else null
 * @param raw    the dateline exactly as it appeared
 */
public record Dateline(String city, String agency, String date, String raw) {}

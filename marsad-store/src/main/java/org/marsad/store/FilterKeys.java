package org.marsad.store;

import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * The indexed form of a filter value (source, city, topic, entity name): match-normalised,
 * lower case, single spaces. Index and query both go through here, so {@code city:الرياض}
 * finds a dateline written {@code الرّياض}.
 */
public final class FilterKeys {
  private FilterKeys() {}

  public static String of(String value) {
    if (value == null) return null;
    String k = ArabicNormalizer.match(value).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    return k.isEmpty() ? null : k;
  }
}

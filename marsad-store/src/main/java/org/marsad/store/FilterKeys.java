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

  /**
   * What a city key followed by more words starts with: the key and a space. A city filter matches
   * the dateline city whole or by its leading words ({@code city:مكة} is مكة المكرمة,
   * {@code city:المدينة} المدينة المنورة), never by a later word alone or part of a word
   * ({@code city:المكرمة}, {@code city:جد}): datelines name a city by its first word and add an
   * epithet (the holy city's), the reverse is rare. Both backends run this rule.
   */
  public static String cityPrefix(String key) {
    return key + " ";
  }
}

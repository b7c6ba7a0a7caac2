package org.marsad.store.solr;

import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * The indexed form of a filter value (source, city, topic, entity name): match-normalised,
 * lower case, single spaces: the same keys as the embedded index, so a query means the same on
 * both backends. (The embedded index's own copy is package-private in
 * {@code org.marsad.store.lucene}; the two should become one public class in marsad-store.)
 */
final class FilterKeys {
  private FilterKeys() {}

  static String of(String value) {
    if (value == null) return null;
    String k = ArabicNormalizer.match(value).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    return k.isEmpty() ? null : k;
  }
}

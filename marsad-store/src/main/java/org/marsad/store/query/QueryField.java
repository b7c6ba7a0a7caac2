package org.marsad.store.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The field filters of Marsad query syntax ({@code source:was}, {@code person:لافروف}, …). */
public enum QueryField {
  /** Publisher key, e.g. {@code source:was}. */
  SOURCE,
  /** Dateline city, e.g. {@code city:موسكو}. */
  CITY,
  /** Topic label, e.g. {@code topic:politics}. */
  TOPIC,
  /** A person mentioned in the article (canonical id or name). */
  PERSON,
  /** An organisation mentioned in the article (canonical id or name). */
  ORG,
  /** A place mentioned in the article (canonical id or name). */
  PLACE,
  /** Another named entity (MISC: events, works, products…) mentioned in the article (canonical id or name). */
  MISC,
  /** Someone quoted in the article (canonical id or name). */
  SPEAKER,
  /** The story the article belongs to, by id, e.g. {@code story:story-629c73a7458b}. */
  STORY,
  /** The article's web address, in any of its {@link UrlSpellings}; a bare {@code http://…} word also asks for it. */
  URL;

  /** The name as typed in a query, e.g. {@code "source"}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field with this name (case-insensitive), if any. */
  public static Optional<QueryField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equalsIgnoreCase(key)).findFirst();
  }

  /** Every field name a query may use, for error messages and help. */
  public static String allKeys() {
    return Arrays.stream(values()).map(QueryField::key).collect(Collectors.joining(", "))
        + ", from, to";
  }
}

package org.marsad.store.query;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which filter values the snippets mark: a name given to an entity filter ({@code person:لافروف},
 * {@code speaker:بيسكوف}, {@code place:"الدار البيضاء"}) is also looked for in the body, so that a
 * search by person shows where the article names him instead of the opening of every body. A
 * value without Arabic letters (an entity id, {@code person:pers-4205c309b85d}) has no words to
 * mark in Arabic text. Every backend applies the same rule.
 */
public final class MarkedNames {
  private static final Set<QueryField> ENTITY_FIELDS =
      EnumSet.of(QueryField.PERSON, QueryField.ORG, QueryField.PLACE, QueryField.MISC, QueryField.SPEAKER);

  /** At most this many names given with a request are marked. */
  public static final int MAX_NAMES = 32;

  private MarkedNames() {}

  /** The name to mark for this filter, or null (not an entity filter, or an id). */
  public static String of(QueryNode.FieldTerm filter) {
    if (!ENTITY_FIELDS.contains(filter.field())) return null;
    return ofName(filter.value());
  }

  /**
   * A name given with the request ({@link org.marsad.store.SearchRequest#markedNames}: the names of
   * an entity filtered by id), or null when it has no Arabic letters to mark.
   */
  public static String ofName(String name) {
    String value = name == null ? "" : name.strip();
    if (value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) return null;
    return value;
  }

  /**
   * The names of a request worth marking: those with Arabic letters, each once, at most
   * {@value #MAX_NAMES} (an entity with many spellings must not make the highlight query huge).
   */
  public static List<String> usable(List<String> names) {
    if (names == null) return List.of();
    return names.stream().map(MarkedNames::ofName).filter(Objects::nonNull).distinct().limit(MAX_NAMES).toList();
  }

  /** Whether this is a filter by entity (id or name): person, org, place, misc, speaker. */
  public static boolean isEntityFilter(QueryNode.FieldTerm filter) {
    return ENTITY_FIELDS.contains(filter.field());
  }
}

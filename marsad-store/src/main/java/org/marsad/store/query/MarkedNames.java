package org.marsad.store.query;

import java.util.EnumSet;
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

  private MarkedNames() {}

  /** The name to mark for this filter, or null (not an entity filter, or an id). */
  public static String of(QueryNode.FieldTerm filter) {
    if (!ENTITY_FIELDS.contains(filter.field())) return null;
    String value = filter.value() == null ? "" : filter.value().strip();
    if (value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) return null;
    return value;
  }
}

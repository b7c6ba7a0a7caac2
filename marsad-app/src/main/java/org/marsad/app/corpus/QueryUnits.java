package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;

/**
 * What the query rewriters ({@link LatinNameExpansion}, {@link MergedIdExpansion}) share: the units of
 * a query as MarsadQueryParser reads them, and the filter field of an entity type.
 */
final class QueryUnits {
  /**
   * A query unit: a field with a quoted value, a quoted phrase (both perhaps excluded with '-'), or a
   * run of non-space characters. A phrase is one unit, so nothing inside it is rewritten.
   */
  private static final Pattern UNIT = Pattern.compile(
      "-?[A-Za-z]+:(?:\"[^\"]*\"|“[^”]*”|«[^»]*»)|-?(?:\"[^\"]*\"|“[^”]*”|«[^»]*»)|\\S+");

  private QueryUnits() {}

  /** The [start, end) offsets of each unit of a query. */
  static List<int[]> of(String query) {
    List<int[]> units = new ArrayList<>();
    Matcher m = UNIT.matcher(query);
    while (m.find()) units.add(new int[] {m.start(), m.end()});
    return units;
  }

  /**
   * How many parts the parser counts in the query (its limit is MarsadQueryParser.MAX_PARTS): every
   * unit, OR included, but not AND and NOT (they prefix the next part) nor a lone '-'.
   */
  static int parts(String query) {
    int n = 0;
    for (int[] u : of(query)) {
      String unit = query.substring(u[0], u[1]);
      if (!unit.equals("AND") && !unit.equals("NOT") && !unit.equals("-")) n++;
    }
    return n;
  }

  /** The filter field of an entity type ({@code person}, {@code org}, {@code place}, {@code misc}), or null for a type with none. */
  static String field(String type) {
    return switch (type.toUpperCase(Locale.ROOT)) {
      case "PERS", "PER", "PERSON" -> "person";
      case "ORG" -> "org";
      case "LOC" -> "place";
      case "MISC" -> "misc";
      default -> null;
    };
  }

  /**
   * {@code person:ID} (org:, place:) of a named entity, or null for another type: a Latin word is
   * not looked up as a MISC entity (an event, a work), only as a name.
   */
  static String filterOf(EntityRecord e) {
    String field = field(e.type());
    return field == null || field.equals("misc") ? null : field + ":" + e.id();
  }
}

package org.marsad.app.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * Lets a Latin query find Arabic names: every bare Latin word of a query that the entity
 * registry knows as the transliteration of an entity (`Lavrov` → سيرغي لافروف) becomes
 * {@code Lavrov OR person:ID} (OR binds tighter than the implicit AND, so no parentheses are
 * needed), and an excluded one ({@code -Lavrov}, {@code NOT Lavrov}) also excludes the entity
 * ({@code -Lavrov -person:ID}). Quoted phrases, field filters (with quoted values too, as in
 * {@code city:"New York"}) and the operators {@code AND}, {@code OR}, {@code NOT} are left as
 * they are.
 */
public final class LatinNameExpansion {
  /**
   * A query unit as MarsadQueryParser reads it: a field with a quoted value, a quoted phrase
   * (both perhaps excluded with '-'), or a run of non-space characters.
   */
  private static final Pattern UNIT = Pattern.compile(
      "-?[A-Za-z]+:(?:\"[^\"]*\"|“[^”]*”|«[^»]*»)|-?(?:\"[^\"]*\"|“[^”]*”|«[^»]*»)|\\S+");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]{2,}");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private LatinNameExpansion() {}

  /** The query with known Latin names expanded; unchanged when there are none. */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    StringBuilder out = new StringBuilder();
    Matcher m = UNIT.matcher(query);
    int last = 0;
    boolean afterNot = false;
    while (m.find()) {
      out.append(query, last, m.start());
      String unit = m.group();
      boolean excluded = afterNot || unit.startsWith("-");
      String word = unit.startsWith("-") ? unit.substring(1) : unit;
      String expanded = null;
      if (!OPERATORS.contains(unit) && LATIN_WORD.matcher(word).matches()) {
        String filter = entityFilter(word, registry);
        if (filter != null) expanded = excluded ? unit + " -" + filter : word + " OR " + filter;
      }
      out.append(expanded != null ? expanded : unit);
      afterNot = unit.equals("NOT");
      last = m.end();
    }
    out.append(query.substring(last));
    return out.toString();
  }

  /** {@code person:ID} (org:, place:) of the entity whose Latin name the word is, or null. */
  private static String entityFilter(String word, EntityRegistry registry) {
    List<EntityRecord> found = registry.findByLatin(word);
    if (found.isEmpty()) return null;
    EntityRecord e = found.get(0);
    String field = switch (e.type().toUpperCase(Locale.ROOT)) {
      case "PERS", "PER", "PERSON" -> "person";
      case "ORG" -> "org";
      case "LOC" -> "place";
      default -> null;
    };
    return field == null ? null : field + ":" + e.id();
  }
}

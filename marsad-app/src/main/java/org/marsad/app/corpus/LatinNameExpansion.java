package org.marsad.app.corpus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * Lets a Latin query find Arabic names: every bare Latin word of a query that the entity
 * registry knows as the transliteration of an entity (`Lavrov` → سيرغي لافروف) becomes
 * {@code (Lavrov OR person:ID)}, so articles that only write the name in Arabic match too.
 * Words inside quotes, field filters, exclusions and OR are left alone.
 */
public final class LatinNameExpansion {
  /** A query unit: a quoted phrase (kept as is) or a run of non-space characters. */
  private static final Pattern UNIT = Pattern.compile("\"[^\"]*\"|“[^”]*”|«[^»]*»|\\S+");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'-]{2,}");

  private LatinNameExpansion() {}

  /** The query with known Latin names expanded; unchanged when there are none. */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    StringBuilder out = new StringBuilder();
    Matcher m = UNIT.matcher(query);
    int last = 0;
    while (m.find()) {
      out.append(query, last, m.start());
      String unit = m.group();
      String expanded = LATIN_WORD.matcher(unit).matches() && !unit.equals("OR") ? expandWord(unit, registry) : null;
      out.append(expanded != null ? expanded : unit);
      last = m.end();
    }
    out.append(query.substring(last));
    return out.toString();
  }

  private static String expandWord(String word, EntityRegistry registry) {
    List<EntityRecord> found = registry.findByLatin(word);
    if (found.isEmpty()) return null;
    EntityRecord e = found.get(0);
    String field = switch (e.type().toUpperCase(Locale.ROOT)) {
      case "PERS", "PER", "PERSON" -> "person";
      case "ORG" -> "org";
      case "LOC" -> "place";
      default -> null;
    };
    return field == null ? null : word + " OR " + field + ":" + e.id();
  }
}

package org.marsad.app.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.query.MarsadQueryParser;

/**
 * An entity filter with an Arabic name ({@code person:"ميشيل بلاتيني"}, {@code org:}, {@code place:},
 * {@code speaker:}) also asks for the entity the registry {@linkplain EntityRegistry#resolve resolves}
 * the name to: {@code person:"ميشيل بلاتيني" OR person:ID} (excluded: {@code -person:"…" -person:ID}).
 * The filter alone matches names as the articles wrote them, so the other spelling of a joined name
 * ({@code ميشال بلاتيني}), a short form or a listed alias found only the articles writing what was
 * typed (session 21 review F2); the entity pages and {@code speaker:} already read the registry. The
 * name is resolved once per query, never per hit: a name that two entities hold resolves to the one
 * most articles named by it ({@link EntityRegistry#resolve}), and a lone word shared by several
 * people ({@code بولوني} of two full names) to none, so one id is added at most and the filter as
 * typed still matches the name as written wherever it stands. No widening past the parser's part
 * limit ({@link MarsadQueryParser#MAX_PARTS}), and an id already in the query is not added again, so
 * expanding twice changes nothing.
 */
public final class EntityNameFilterExpansion {
  /** A name filter as one query unit: sign, field, value (quoted in any of the parser's quotes, or bare). */
  private static final Pattern NAME_FILTER = Pattern.compile(
      "(-?)(person|org|place|speaker):(?:\"([^\"]+)\"|“([^”]+)”|«([^»]+)»|([^\"\\s]+))", Pattern.CASE_INSENSITIVE);
  /** An entity id as a filter value ({@code person:pers-…}). */
  private static final Pattern ID_FILTER = Pattern.compile("-?([A-Za-z]+):((?:pers|org|loc|misc)-[0-9a-f]{12})");

  private EntityNameFilterExpansion() {}

  /** The query with each Arabic entity-name filter the registry resolves widened to that entity's id. */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    List<int[]> units = QueryUnits.of(query);
    Set<String> present = new HashSet<>();
    for (int[] u : units) {
      Matcher m = ID_FILTER.matcher(query.substring(u[0], u[1]));
      if (m.matches()) present.add(m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2));
    }
    int budget = MarsadQueryParser.MAX_PARTS - QueryUnits.parts(query);
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean afterNot = false;
    for (int[] u : units) {
      String unit = query.substring(u[0], u[1]);
      out.append(query, last, u[1]);
      last = u[1];
      Matcher m = NAME_FILTER.matcher(unit);
      if (m.matches()) {
        boolean excluded = afterNot || !m.group(1).isEmpty();
        String field = m.group(2).toLowerCase(Locale.ROOT);
        String filter = entity(field, value(m), registry).map(e -> field + ":" + e.id()).orElse(null);
        int cost = excluded ? 1 : 2; // "-field:ID", or "OR field:ID"
        if (filter != null && budget >= cost && present.add(filter)) {
          out.append(excluded ? " -" : " OR ").append(filter);
          budget -= cost;
        }
      }
      afterNot = unit.equals("NOT");
    }
    out.append(query.substring(last));
    return out.toString();
  }

  private static String value(Matcher m) {
    for (int g = 3; g <= 6; g++) if (m.group(g) != null) return m.group(g).strip();
    return "";
  }

  /**
   * The entity an Arabic name names in a filter's field: a person, organisation or place; a speaker
   * is a person or else an organisation. Empty for a value without Arabic letters (an id, a Latin name
   * {@link LatinNameExpansion} reads).
   */
  private static Optional<EntityRecord> entity(String field, String value, EntityRegistry registry) {
    if (value.isEmpty() || value.codePoints().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) {
      return Optional.empty();
    }
    return switch (field) {
      case "person" -> registry.resolve("PERS", value);
      case "org" -> registry.resolve("ORG", value);
      case "place" -> registry.resolve("LOC", value);
      case "speaker" -> registry.resolve("PERS", value).or(() -> registry.resolve("ORG", value));
      default -> Optional.empty();
    };
  }
}

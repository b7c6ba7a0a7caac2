package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * An entity id filter ({@code place:loc-…}) that also asks for the ids merged into the entity
 * ({@link EntityRegistry#mergedIds}): articles indexed before a merge carry the old id, and
 * re-indexing replays it, so {@code place:ID} alone missed them ({@code المملكة} joined into {@code
 * السعودية} on opening: 919 of its articles found, 3,000 more under old ids). Rewrites the query
 * text, so every backend (Lucene, Solr) reads the same query: {@code place:Y} becomes {@code
 * place:Y OR place:X} (OR binds tighter than the implicit AND), {@code -place:Y} becomes {@code
 * -place:Y -place:X}.
 */
public final class MergedIdExpansion {
  /** An id filter as the query parser reads it (bare value). */
  private static final Pattern ID_FILTER = Pattern.compile("(?<![\\p{L}\\p{N}:])(-?)(person|org|place|misc):((?:pers|org|loc|misc)-[0-9a-f]{12})(?![\\p{L}\\p{N}-])");
  /** Most ids of one filter: the query parser refuses more than 64 parts. */
  static final int MAX_IDS = 16;

  private MergedIdExpansion() {}

  /** The search filter of an entity: its id and the ids merged into it, in the field of its type. */
  public static String filter(EntityRecord e, EntityRegistry registry) {
    return clause("", field(e.type()), e.id(), registry);
  }

  /** The query with each entity id filter widened to the ids merged into that entity. */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    Matcher m = ID_FILTER.matcher(query);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(clause(m.group(1), m.group(2), m.group(3), registry)));
    m.appendTail(out);
    return out.toString();
  }

  private static String clause(String negation, String field, String id, EntityRegistry registry) {
    List<String> ids = new ArrayList<>();
    ids.add(id);
    for (String old : registry.mergedIds(id)) if (ids.size() < MAX_IDS && !old.equals(id)) ids.add(old);
    List<String> parts = ids.stream().map(x -> negation + field + ":" + x).toList();
    return String.join(negation.isEmpty() ? " OR " : " ", parts);
  }

  static String field(String type) {
    return switch (type) {
      case "ORG" -> "org";
      case "LOC" -> "place";
      case "MISC" -> "misc";
      default -> "person";
    };
  }
}

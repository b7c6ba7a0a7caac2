package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.query.MarsadQueryParser;
import org.marsad.store.query.QuerySyntaxException;

/**
 * An entity id filter ({@code place:loc-…}) that also asks for the ids merged into the entity
 * ({@link EntityRegistry#mergedIds}): articles indexed before a merge carry the old id, and
 * re-indexing replays it, so {@code place:ID} alone missed them ({@code المملكة} joined into {@code
 * السعودية} on opening: 919 of its articles found, 3,000 more under old ids). Rewrites the query
 * text, so every backend (Lucene, Solr) reads the same query, unit by unit as the parser reads it:
 * {@code place:Y} becomes {@code place:Y OR place:X} (OR binds tighter than the implicit AND, and
 * joins an OR already there: {@code a OR place:Y}), an excluded one ({@code -place:Y} or {@code NOT
 * place:Y}) is followed by {@code -place:X}, as an excluded term cannot be part of an OR; text inside
 * a quoted phrase is no filter and stays. The old ids fit in what the parser's part limit ({@link
 * MarsadQueryParser#MAX_PARTS}) leaves: the expansion never makes a query too long, it only finds
 * fewer old articles when the query is long already. Ids already in the query are not added again,
 * so expanding twice changes nothing.
 */
public final class MergedIdExpansion {
  /** An id filter as the query parser reads it: one whole unit, perhaps excluded with '-'. */
  private static final Pattern ID_FILTER = Pattern.compile("(-?)(person|org|place|misc|speaker):((?:pers|org|loc|misc)-[0-9a-f]{12})");

  private MergedIdExpansion() {}

  /** The search filter of an entity: its id and the ids merged into it, in the field of its type. */
  public static String filter(EntityRecord e, EntityRegistry registry) {
    return within("", e, registry);
  }

  /**
   * {@code scope} narrowed to an entity (its id and merged ids), the old ids fitting in what the
   * scope leaves of the parser's part limit.
   */
  public static String within(String scope, EntityRecord e, EntityRegistry registry) {
    String field = QueryUnits.field(e.type());
    String q = (scope == null || scope.isBlank() ? "" : scope.strip() + " ") + (field == null ? "person" : field) + ":" + e.id();
    return expand(q, registry);
  }

  /** The query with each entity id filter widened to the ids merged into that entity. */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    List<int[]> units = QueryUnits.of(query);
    Set<String> present = new HashSet<>();
    for (int[] u : units) {
      Matcher m = ID_FILTER.matcher(query.substring(u[0], u[1]));
      if (m.matches()) present.add(m.group(2) + ":" + m.group(3));
    }
    String expanded = FilterWidening.widen(query, units, ID_FILTER, present,
        m -> registry.mergedIds(m.group(3)).stream().map(old -> m.group(2) + ":" + old).toList());
    // the units above are the parser's but for rare spellings (a word glued to a quote is two parts
    // there): a widened query the parser would refuse falls back to the query as typed
    return expanded.equals(query) || parses(expanded) || !parses(query) ? expanded : query;
  }

  private static boolean parses(String query) {
    try {
      MarsadQueryParser.parse(query);
      return true;
    } catch (QuerySyntaxException e) {
      return false;
    }
  }
}

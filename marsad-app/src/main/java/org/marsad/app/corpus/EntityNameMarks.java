package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.SearchRequest;
import org.marsad.store.query.MarkedNames;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.MarsadQueryParser;
import org.marsad.store.query.QueryNode;

/**
 * The names a search's snippets mark for its entity filters by id: {@code person:pers-…} (the
 * entity page's search link, and what {@link LatinNameExpansion} makes of {@code Lavrov}) gives the
 * store an id, so only the registry knows the names ({@code سيرغي لافروف}, {@code لافروف}) that
 * the store marks for {@code person:لافروف}.
 */
public final class EntityNameMarks {
  private EntityNameMarks() {}

  /** The request with the names of the entities it filters by id; unchanged when none. */
  public static SearchRequest apply(SearchRequest request, EntityRegistry registry) {
    if (registry == null) return request;
    List<String> names = names(request.query(), registry);
    return names.isEmpty() ? request : request.withMarkedNames(names);
  }

  /** The canonical name and aliases of each entity a required filter names by id. */
  static List<String> names(String query, EntityRegistry registry) {
    MarsadQuery parsed;
    try {
      parsed = MarsadQueryParser.parse(query);
    } catch (IllegalArgumentException e) {
      return List.of(); // the store reports the query's error
    }
    Set<String> names = new LinkedHashSet<>();
    for (QueryNode node : parsed.required()) collect(node, registry, names);
    return new ArrayList<>(names);
  }

  private static void collect(QueryNode node, EntityRegistry registry, Set<String> names) {
    if (node instanceof QueryNode.FieldTerm f && MarkedNames.isEntityFilter(f) && MarkedNames.of(f) == null && f.value() != null) {
      registry.byId(f.value().strip()).ifPresent(e -> addNames(e, names));
    } else if (node instanceof QueryNode.AnyOf any) {
      for (QueryNode o : any.options()) collect(o, registry, names);
    }
  }

  private static void addNames(EntityRecord e, Set<String> names) {
    if (e.canonical() != null) names.add(e.canonical());
    if (e.aliases() != null) names.addAll(e.aliases());
  }
}

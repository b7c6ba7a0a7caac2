package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * The person, org and place facets of a search ({@code marsad search}, {@code /api/search}) with one
 * value per registry entity, as the listing shows them ({@link EntityFacetRows}). The store counts
 * the canonical name each article was indexed with, so an entity the registry reads under two names
 * (the short form {@code عادل الجبير} read as {@code عادل بن أحمد الجبير} when the offices match)
 * was two values (38 and 16 articles) that an analyst read as two people. Values that resolve to one
 * entity become one value, the entity's canonical name, and its count is the number of articles of
 * the search that the filter {@code person:"canonical name"} finds, counted by one more search
 * (page size 0): the count of a set of articles, so an article naming both forms counts once, and
 * clicking the value (the web UI's link, a script's {@code person:"value"}) gives exactly the
 * articles counted, as the query is rewritten ({@code QueryExpansion}) the same way. A value alone
 * for its entity keeps the store's name and count: no search. Joins are found among the values the
 * store returned (the facet limit, 10 by default): a form ranked beyond them is not seen.
 */
public final class EntitySearchFacets {
  /** A search result's facets joined by entity; {@link #NONE} leaves them as the store counted them. */
  @FunctionalInterface
  public interface Join {
    Join NONE = (r, request, store) -> r;

    /** @param request the search that gave {@code r}: its query and options scope a joined value's count */
    SearchResult apply(SearchResult r, SearchRequest request, ArticleStore store) throws IOException;
  }

  private EntitySearchFacets() {}

  /**
   * @param expansion the rewrite the search's query went through, applied to a joined value's filter
   *                  so that its count is what clicking the value finds
   */
  public static Join of(EntityRegistry registry, UnaryOperator<String> expansion) {
    if (registry == null) return Join.NONE;
    return (r, request, store) -> join(r, request, store, registry, expansion);
  }

  private static SearchResult join(SearchResult r, SearchRequest request, ArticleStore store, EntityRegistry registry,
      UnaryOperator<String> expansion) throws IOException {
    Map<String, List<FacetValue>> facets = null;
    for (String[] dim : EntityFacetRows.DIMENSIONS) {
      List<FacetValue> values = r.facets().get(dim[0]);
      if (values == null || values.size() < 2) continue;
      List<FacetValue> joined = joined(dim[0], dim[1], values, request, store, registry, expansion);
      if (joined == null) continue;
      if (facets == null) facets = new LinkedHashMap<>(r.facets());
      facets.put(dim[0], joined);
    }
    return facets == null ? r : new SearchResult(r.total(), r.hits(), facets);
  }

  /** The dimension's values one per entity, most articles first; null when no two values share an entity. */
  private static List<FacetValue> joined(String field, String type, List<FacetValue> values, SearchRequest request,
      ArticleStore store, EntityRegistry registry, UnaryOperator<String> expansion) throws IOException {
    Map<String, List<FacetValue>> byEntity = new LinkedHashMap<>();
    Map<String, EntityRecord> entities = new LinkedHashMap<>();
    for (FacetValue v : values) {
      EntityRecord e = registry.resolve(type, v.value()).orElse(null);
      String key = e == null ? "|" + v.value() : e.id();
      if (e != null) entities.putIfAbsent(key, e);
      byEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    if (byEntity.size() == values.size()) return null;
    List<FacetValue> out = new ArrayList<>();
    for (Map.Entry<String, List<FacetValue>> g : byEntity.entrySet()) {
      if (g.getValue().size() == 1) {
        out.add(g.getValue().get(0));
        continue;
      }
      String name = entities.get(g.getKey()).canonical().replace("\"", "");
      String filter = expansion.apply(field + ":\"" + name + "\"");
      String scope = request.query() == null ? "" : request.query().strip();
      SearchRequest count = new SearchRequest(scope.isEmpty() ? filter : scope + " " + filter, request.sort(), 0, 0,
          request.includeDuplicates(), request.histogram(), 1, false);
      out.add(new FacetValue(name, store.search(count).total()));
    }
    out.sort((a, b) -> Long.compare(b.count(), a.count())); // stable: ties keep the store's order
    return List.copyOf(out);
  }
}

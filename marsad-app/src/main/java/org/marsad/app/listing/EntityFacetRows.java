package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.app.corpus.MergedIdExpansion;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;

/**
 * The rows of a search's person, org and place facets as registry entities, one row per entity.
 * The facets hold the canonical name an article had when it was indexed; the registry writes it
 * better later (a fuller name, the spelling most articles use) and joins names of one entity
 * ({@code السعودية}, {@code المملكة}, {@code المملكة العربية السعودية}), so one entity can be
 * several facet values. Their rows are joined under the registry's id and canonical name; as an
 * article can hold two of them (the sum counted 1,447 articles for السعودية on 21–25 July 2015,
 * 1,363 distinct), a joined row is counted again with one search of the scope and the entity's ids
 * (merged ids too). A row of one value keeps the facet's count of that name: counting it by ids as
 * well would cost a search per row (docs/listing.md). A value the registry does not know keeps its
 * name and has no id (no entity page).
 */
final class EntityFacetRows {
  static final String[][] DIMENSIONS = {{"person", "PERS"}, {"org", "ORG"}, {"place", "LOC"}};

  /** One entity's row: {@code entity} is null (and the id too) for a value the registry does not know. */
  record Row(String id, String name, String type, long articles, EntityRecord entity) {}

  private EntityFacetRows() {}

  /**
   * @param scope the query the facets were counted over ("" for all), to count a joined row again;
   *              with a null store, a joined row's count is the sum of its values' (an upper bound)
   * @param type  PERS, ORG or LOC, or null for all three
   */
  static List<Row> of(Map<String, List<FacetValue>> facets, EntityRegistry registry, ArticleStore store, String scope, String type)
      throws IOException {
    Map<String, Row> byKey = new LinkedHashMap<>();
    Map<String, Integer> values = new LinkedHashMap<>();
    for (String[] dim : DIMENSIONS) {
      if (type != null && !type.equals(dim[1])) continue;
      for (FacetValue v : facets.getOrDefault(dim[0], List.of())) {
        EntityRecord known = registry == null ? null : registry.resolve(dim[1], v.value()).orElse(null);
        Row row = known == null
            ? new Row(null, v.value(), dim[1], v.count(), null)
            : new Row(known.id(), known.canonical(), dim[1], v.count(), known);
        String key = known == null ? dim[1] + "|" + v.value() : known.id();
        byKey.merge(key, row, (a, b) -> new Row(a.id(), a.name(), a.type(), a.articles() + b.articles(), a.entity()));
        values.merge(key, 1, Integer::sum);
      }
    }
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, Row> e : byKey.entrySet()) {
      Row r = e.getValue();
      if (values.get(e.getKey()) > 1 && store != null) { // the sum counts an article with two of its names twice
        String q = MergedIdExpansion.within(scope, r.entity(), registry); // old ids fit in what the scope leaves of the part limit
        r = new Row(r.id(), r.name(), r.type(), store.search(SearchRequest.of(q).withPage(0, 0)).total(), r.entity());
      }
      out.add(r);
    }
    out.sort((a, b) -> Long.compare(b.articles(), a.articles()));
    return out;
  }
}

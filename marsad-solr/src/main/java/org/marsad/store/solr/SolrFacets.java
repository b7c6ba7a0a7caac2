package org.marsad.store.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.util.NamedList;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest.DateBucket;

/**
 * The facets of a search as Solr JSON facets: the top values (the request's facet limit) of source, city,
 * topic, person, org, place and story ({@code refine} on, so counts are exact across shards; see
 * {@link #OVERREQUEST} for which values make the top), and the
 * date histogram with every non-empty day or month in date order. Same names and shape as the
 * embedded index's facets.
 */
final class SolrFacets {
  /** Facet name → field holding the shown value. */
  private static final Map<String, String> TOP_FIELDS = topFields();

  /**
   * Values each shard sends beyond the limit. Refinement makes the count of every value some shard
   * sent exact, but a value that no shard has among its own top ones is never seen: with Solr's
   * default (limit × 1.1 + 4) a city of two articles on two shards (1 + 1) lost its place in the
   * top 10 to one of one article, as the values of count 1 that tie on a shard are cut in index
   * order (TestSolrArticleStore, the 10th city of the contract corpus). Sending 100 more values
   * per shard makes the top exact while a shard holds fewer values than that, and far likelier
   * beyond; it costs a few kilobytes per shard response.
   */
  static final int OVERREQUEST = 100;

  /**
   * Values the coordinator refines beyond the limit. It adds up what the shards sent, then asks
   * the shards for the missing counts of only the top (limit + this) partial sums; with Solr's
   * default (limit × 0.1 + 4) a person of 5 articles (4 + 1, the 1 not among its shard's top
   * values) lost the top 10 to persons of 5 and 4 whose counts were complete (`marsad search
   * سوريا` on 1,180 SaudiNewsNet articles, 2 shards; qa16). As many as are requested.
   */
  static final int OVERREFINE = OVERREQUEST;

  private SolrFacets() {}

  private static Map<String, String> topFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("source", SolrFields.SOURCE);
    m.put("city", SolrFields.CITY + SolrFields.FACET_SUFFIX);
    m.put("topic", SolrFields.TOPIC + SolrFields.FACET_SUFFIX);
    m.put("person", SolrFields.PERSON + SolrFields.FACET_SUFFIX);
    m.put("org", SolrFields.ORG + SolrFields.FACET_SUFFIX);
    m.put("place", SolrFields.PLACE + SolrFields.FACET_SUFFIX);
    m.put("story", SolrFields.STORY);
    return m;
  }

  /** The {@code json.facet} parameter. */
  static String request(DateBucket bucket, int top) {
    Map<String, Object> facets = new LinkedHashMap<>();
    TOP_FIELDS.forEach((name, field) -> facets.put(name, Map.of(
        "type", "terms", "field", field, "limit", top, "mincount", 1, "refine", true, "overrequest", OVERREQUEST,
        "overrefine", OVERREFINE)));
    facets.put("date", Map.of("type", "terms", "field", bucket == DateBucket.MONTH ? SolrFields.MONTH : SolrFields.DAY,
        "limit", -1, "mincount", 1, "sort", "index asc"));
    try {
      return ArticleJson.mapper().writeValueAsString(facets);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the facet request", e);
    }
  }

  /**
   * Facet name → values from the {@code facets} section of a response. Every facet is there, an
   * empty list when no hit has a value, as on the embedded index (Solr leaves out the buckets of
   * a facet when nothing matched, and the whole section when there are no hits).
   */
  static Map<String, List<FacetValue>> read(NamedList<?> facets) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String name : TOP_FIELDS.keySet()) out.put(name, values(facets == null ? null : facets.get(name)));
    out.put("date", values(facets == null ? null : facets.get("date")));
    return out;
  }

  private static List<FacetValue> values(Object facet) {
    List<FacetValue> values = new ArrayList<>();
    if (!(facet instanceof NamedList<?> f) || !(f.get("buckets") instanceof List<?> buckets)) return values;
    for (Object b : buckets) {
      NamedList<?> bucket = (NamedList<?>) b;
      long count = ((Number) bucket.get("count")).longValue();
      if (count > 0) values.add(new FacetValue(String.valueOf(bucket.get("val")), count));
    }
    return values;
  }
}

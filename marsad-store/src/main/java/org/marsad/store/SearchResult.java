package org.marsad.store;

import java.util.List;
import java.util.Map;

/** One page of results with the total count and facet counts (facet name → values). */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {}

package org.marsad.store;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the total count and facet counts (facet name → values). Facets are
 * {@code source}, {@code city}, {@code topic}, {@code person}, {@code org}, {@code place} (top
 * values by count) and {@code date} (every bucket with hits, in date order; keys {@code 2015-08-11}
 * or {@code 2015-08}).
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {}

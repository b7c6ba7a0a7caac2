package org.marsad.store.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed Marsad query: every {@code required} node must match, no {@code excluded} node may
 * match, and the publication date lies in {@code [from, to]} (both inclusive, either may be null).
 * An empty query (no required nodes) matches every article, subject to the exclusions and dates.
 */
public record MarsadQuery(List<QueryNode> required, List<QueryNode> excluded, LocalDate from, LocalDate to) {
  public MarsadQuery {
    required = List.copyOf(required);
    excluded = List.copyOf(excluded);
  }

  /** True when the query has no condition at all (matches everything). */
  public boolean isEmpty() {
    return required.isEmpty() && excluded.isEmpty() && from == null && to == null;
  }
}

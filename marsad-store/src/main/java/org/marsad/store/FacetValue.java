package org.marsad.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value of a facet and how many hits have it. {@code label} is what a reader sees for a value
 * that is an id (a story's title for {@code story-6d129f6a9bf4}); null, and left out of JSON, when
 * the value speaks for itself. The store gives no labels: the app adds them.
 */
public record FacetValue(String value, long count, @JsonInclude(JsonInclude.Include.NON_NULL) String label) {
  public FacetValue(String value, long count) {
    this(value, count, null);
  }

  /** The same value and count, shown as {@code label}. */
  public FacetValue withLabel(String label) {
    return new FacetValue(value, count, label);
  }
}

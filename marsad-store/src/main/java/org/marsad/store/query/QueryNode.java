package org.marsad.store.query;

import java.util.List;

/** One searchable unit of a parsed query. Plain data: the store turns it into its own query type. */
public sealed interface QueryNode {
  /** A single word, matched after the same normalisation and stemming as the body. */
  record Word(String text) implements QueryNode {}

  /** Words that must appear together in this order, matched on the unstemmed exact field. */
  record Phrase(String text) implements QueryNode {}

  /** A field filter such as {@code source:was}; the value is as typed (the store normalises it). */
  record FieldTerm(QueryField field, String value) implements QueryNode {}

  /** At least one of the options ({@code a OR b OR c}). */
  record AnyOf(List<QueryNode> options) implements QueryNode {
    public AnyOf {
      options = List.copyOf(options);
    }
  }
}

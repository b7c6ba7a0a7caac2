package org.marsad.store.query;

/**
 * A query the user typed cannot be parsed. The message is one line meant for the user
 * ({@code unbalanced quote: "وقف الأعمال has no closing "}); the CLI prints it as is, exit 1.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}

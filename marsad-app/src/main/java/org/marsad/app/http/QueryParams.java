package org.marsad.app.http;

/**
 * A request's query parameters by name: {@code ctx::queryParam} in the server, a map in tests and
 * in the fuzz target, so the parameter parsing can be exercised without a running server.
 */
@FunctionalInterface
interface QueryParams {
  /** The first value of the parameter, or null when it is absent. */
  String get(String name);
}

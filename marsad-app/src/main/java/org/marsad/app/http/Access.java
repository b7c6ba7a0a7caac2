package org.marsad.app.http;

import io.javalin.security.RouteRole;

/**
 * What a route requires, attached to the route itself (not matched by path prefix, so no
 * spelling of a URL can slip past it). {@link TokenGuard} enforces it.
 */
enum Access implements RouteRole {
  /** The request must carry the access token. */
  TOKEN
}

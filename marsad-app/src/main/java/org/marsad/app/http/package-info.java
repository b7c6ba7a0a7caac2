/**
 * The HTTP JSON API, the web UI's static assets and the live event stream, built in one place
 * ({@link org.marsad.app.http.MarsadServer#create}). Handlers are small classes that read
 * parameters, call one service and write JSON; errors become problem details
 * ({@link org.marsad.app.http.ProblemMapper}).
 */
package org.marsad.app.http;

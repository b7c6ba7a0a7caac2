/**
 * What the HTTP layer needs from the engine, as small interfaces with plain-record results.
 * Each is implemented by the lane that owns the feature (analysis, ingest, entities, quotes,
 * stories, trends, feeds) and wired in {@link org.marsad.app.http.ServerWiring}; until then
 * {@link org.marsad.app.http.service.NotWired} stands in and the endpoint answers 503.
 */
package org.marsad.app.http.service;

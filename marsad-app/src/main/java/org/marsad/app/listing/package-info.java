/**
 * Collection-level listings shared by the CLI and the HTTP API: who said what, which entities
 * are mentioned, with their timelines and neighbours.
 */
package org.marsad.app.listing;

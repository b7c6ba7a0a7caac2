/** Small runnable examples of the ingest API, compiled with the tests so they cannot go stale. */
package org.marsad.ingest.examples;

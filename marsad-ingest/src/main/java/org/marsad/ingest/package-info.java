/**
 * Reading the outside world into {@link org.marsad.nlp.article.RawDocument}s: start at
 * {@link org.marsad.ingest.Sources}; charset detection is in {@code charset}, format readers in
 * {@code reader}, the RSS/Atom/sitemap watcher in {@code feed}.
 */
package org.marsad.ingest;

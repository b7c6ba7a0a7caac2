/**
 * The embedded Lucene implementation of {@link org.marsad.store.ArticleStore}: the index schema
 * ({@link org.marsad.store.lucene.ArticleFields}), record → document mapping, Marsad query →
 * Lucene query translation, snippets and facets. Nothing here is visible in the store's API.
 */
package org.marsad.store.lucene;

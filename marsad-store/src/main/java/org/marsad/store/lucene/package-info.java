/**
 * The embedded Lucene implementation of {@link org.marsad.store.ArticleStore}: the index schema
 * ({@link org.marsad.store.lucene.ArticleFields}), record → document mapping, Marsad query →
 * Lucene query translation, snippets and facets. Nothing here is visible in the store's API;
 * {@link org.marsad.store.lucene.FreeTextRanking} exposes the per-word scoring to the retrieval
 * evaluator only.
 */
package org.marsad.store.lucene;

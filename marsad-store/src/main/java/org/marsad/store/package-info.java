/**
 * Storage and search of analysed articles behind {@link org.marsad.store.ArticleStore}: plain
 * request/result records here, query syntax in {@code query}, the embedded Lucene index in
 * {@code lucene} (no Lucene type appears outside that package).
 */
package org.marsad.store;

/**
 * Which store a command works on: the embedded index of a data directory (default) or a
 * SolrCloud collection ({@code --backend solr --zk … --collection …}). {@link org.marsad.app.backend.StoreFactory}
 * is the one place that opens either.
 */
package org.marsad.app.backend;

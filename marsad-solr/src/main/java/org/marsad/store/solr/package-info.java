/**
 * The {@link org.marsad.store.ArticleStore} on SolrCloud: {@link org.marsad.store.solr.SolrArticleStore}
 * (same fields, query syntax, facets and snippets as the embedded index), the connection to a
 * cluster through ZooKeeper over the JDK HTTP client ({@link org.marsad.store.solr.SolrCluster}), and
 * cluster setup with Marsad's configset ({@link org.marsad.store.solr.SolrSetup}).
 */
package org.marsad.store.solr;

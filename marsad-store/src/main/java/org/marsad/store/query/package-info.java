/**
 * Marsad query syntax: words, "phrases", -exclusions, OR and field filters (source: city: from:
 * to: topic: person: org: place: speaker:), parsed into plain records with no Lucene types so
 * that any store (embedded Lucene, SolrCloud) can translate them.
 */
package org.marsad.store.query;

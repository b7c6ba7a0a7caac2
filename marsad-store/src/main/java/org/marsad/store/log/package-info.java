/**
 * The article log: the durable source of truth. Every accepted article's record is appended
 * here, checksummed, before it is indexed, so any index (embedded or SolrCloud) can be rebuilt
 * from it and nothing accepted is ever lost to a broken index.
 */
package org.marsad.store.log;

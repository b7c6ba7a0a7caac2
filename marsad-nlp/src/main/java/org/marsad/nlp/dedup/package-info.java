/**
 * Duplicate detection at ingest time: exact duplicates (same match-normalised text) and
 * near-duplicates (MinHash over word shingles, LSH banding, Jaccard verification) in an
 * in-memory, thread-safe, persistable {@link org.marsad.nlp.dedup.NearDuplicateIndex}.
 */
package org.marsad.nlp.dedup;

package org.marsad.store.solr;

import org.marsad.store.EntityFilterValues;

/**
 * Field names of the Solr schema ({@code configsets/marsad/conf/managed-schema.xml}). They are
 * the embedded index's names; the {@code *_f} fields hold the display values that facets show
 * (the embedded index keeps those as facet labels), and {@code day}/{@code month} the histogram keys.
 */
final class SolrFields {
  private SolrFields() {}

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TITLE_EXACT = "title_exact";
  static final String BODY = "body";
  static final String BODY_EXACT = "body_exact";
  /** The root reading of each body word, computed by the client ({@link SolrRoots}); schema 2. */
  static final String BODY_ROOTS = "body_roots";
  static final String LEAD = "lead";
  static final String HEADINGS = "headings";
  static final String SOURCE = "source";
  static final String URL = "url";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_MILLIS = "published_ms";
  static final String DAY = "day";
  static final String MONTH = "month";
  static final String CITY = "city";
  static final String TOPIC = "topic";
  static final String PERSON = EntityFilterValues.PERSON;
  static final String ORG = EntityFilterValues.ORG;
  static final String PLACE = EntityFilterValues.PLACE;
  /** MISC entities: a filter only, no facet twin. */
  static final String MISC = EntityFilterValues.MISC;
  static final String SPEAKER = EntityFilterValues.SPEAKER;
  /** Suffix of the exact-analysed names of a person/org/place/speaker (partial-name filters). */
  static final String NAMES_SUFFIX = "_names";
  /** Suffix of the display-value twin of a facet field. */
  static final String FACET_SUFFIX = "_f";
  static final String STORY = "story";
  static final String DUPLICATE_OF = "duplicate_of";
  static final String IS_DUPLICATE = "is_duplicate";
  static final String JSON = "json";
  static final String SCORE = "score";
}

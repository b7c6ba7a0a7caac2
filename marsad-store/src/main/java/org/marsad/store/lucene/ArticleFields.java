package org.marsad.store.lucene;

import org.marsad.store.EntityFilterValues;

/**
 * Field names of the article index and what each holds. Text fields come in two forms:
 * analysed with {@code ArabicNewsAnalyzer} (normalised and stemmed, for word search and
 * highlighting) and exact (normalised, unstemmed, for phrases).
 */
final class ArticleFields {
  private ArticleFields() {}

  /** Schema version, kept in the commit user data; bump when a field changes meaning. */
  static final String SCHEMA_VERSION = "5"; // 2: the body_roots field; 3: *_names without stop words; 4: a printed hashtag's words; 5: وأبو no stop word
  static final String SCHEMA_KEY = "marsad.schema";

  /** Content id: the document key (exact, stored). */
  static final String ID = "id";
  /**
   * Content id as doc values: breaks ties between equally scored hits, so that the same articles
   * give the same result order whatever order they were indexed in (e.g. after a reindex).
   */
  static final String ID_ORDER = "id_order";
  /** Headline, analysed and stored. */
  static final String TITLE = "title";
  /** Headline, exact. */
  static final String TITLE_EXACT = "title_exact";
  /** The clean body, analysed (with character offsets, for the highlighter) and stored. */
  static final String BODY = "body";
  /** The clean body, exact (phrases). */
  static final String BODY_EXACT = "body_exact";
  /**
   * Root readings of the body's words (frequencies, no positions, not stored): scored as a
   * clause of their own next to each query word, so that a broken plural or another derived
   * form of the word's root also counts (docs/search.md).
   */
  static final String BODY_ROOTS = "body_roots";
  /** The lead (first paragraph), analysed: a word in the lead says what the article is about. */
  static final String LEAD = "lead";
  /** Section headings, analysed. */
  static final String HEADINGS = "headings";
  /** Publisher key, lower case (filter). */
  static final String SOURCE = "source";
  /** URL (exact, stored). */
  static final String URL = "url";
  /** Publication time as in the record (stored). */
  static final String PUBLISHED = "published";
  /** Publication time in epoch milliseconds (point for ranges, doc values for sorting). */
  static final String PUBLISHED_MILLIS = "published_ms";
  /** Dateline city, match-normalised (filter). */
  static final String CITY = "city";
  /** Topic label, lower case (filter). */
  static final String TOPIC = "topic";
  /** Entity ids and normalised canonical names by type (filters). */
  static final String PERSON = EntityFilterValues.PERSON;
  static final String ORG = EntityFilterValues.ORG;
  static final String PLACE = EntityFilterValues.PLACE;
  /** MISC entities: a filter only, no facet (their names are too varied to be a useful facet). */
  static final String MISC = EntityFilterValues.MISC;
  static final String SPEAKER = EntityFilterValues.SPEAKER;
  /**
   * Suffix of the names of a person/org/place/misc/speaker, analysed as the exact fields but
   * keeping stop words (partial-name filters; {@code IndexAnalyzers}).
   */
  static final String NAMES_SUFFIX = "_names";
  /** Story id (filter {@code story:}; also a facet dimension of the same name). */
  static final String STORY = "story";
  /** Id of the article this one nearly duplicates. */
  static final String DUPLICATE_OF = "duplicate_of";
  /** "1" on near-duplicates, which default searches hide. */
  static final String IS_DUPLICATE = "is_duplicate";
  /** The full record as JSON (stored only; deflated UTF-8 bytes, or a string in older indexes: {@link StoredJson}). */
  static final String JSON = "json";

  /** Facet dimensions (SortedSetDocValues). */
  static final String FACET_SOURCE = "source";
  static final String FACET_CITY = "city";
  static final String FACET_TOPIC = "topic";
  static final String FACET_STORY = "story";
  static final String FACET_PERSON = "person";
  static final String FACET_ORG = "org";
  static final String FACET_PLACE = "place";
  static final String FACET_DAY = "day";
  static final String FACET_MONTH = "month";
}

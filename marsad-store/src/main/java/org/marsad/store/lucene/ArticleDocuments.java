package org.marsad.store.lucene;

import org.marsad.store.FilterKeys;
import org.marsad.store.PublishedDates;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.article.Section;
import org.marsad.nlp.article.ArticleJson;

/** Turns an {@link Article} into the Lucene document of the schema in {@link ArticleFields}. */
final class ArticleDocuments {
  /**
   * Stored, with character offsets in the postings: the highlighter reads where the words are
   * from the index instead of re-analysing the ten bodies of a page with the Arabic analyser,
   * which was most of a search's time once queries have ten hits (about 1 ms of CPU per body;
   * see the scale run in bench/RESULTS.md). The offsets cost a little index size and indexing
   * time; the snippets are the same.
   */
  static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);
  /** The body as indexes built before offsets were added have it (a field keeps its index options). */
  private static final FieldType BODY_TYPE_NO_OFFSETS = TextField.TYPE_STORED;
  /** Exact fields only serve phrase matching: positions, no norms. */
  static final FieldType EXACT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  /** The root field only scores a word's root: frequencies and norms (BM25), no positions. */
  static final FieldType ROOTS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    ROOTS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    ROOTS_TYPE.freeze();
    EXACT_TYPE.setOmitNorms(true);
    EXACT_TYPE.freeze();
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.freeze();
  }

  private final FacetsConfig facets;
  private final FieldType bodyType;

  /** Documents for a new index (or one whose body already has offsets). */
  ArticleDocuments(FacetsConfig facets) {
    this(facets, true);
  }

  /**
   * @param bodyOffsets false for an index whose body field was created without offsets: Lucene
   *     refuses to change a field's index options, and the highlighter falls back to re-analysis
   */
  ArticleDocuments(FacetsConfig facets, boolean bodyOffsets) {
    this.facets = facets;
    this.bodyType = bodyOffsets ? BODY_TYPE : BODY_TYPE_NO_OFFSETS;
  }

  /** The facet dimensions and which of them take several values per article. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(ArticleFields.FACET_PERSON, true);
    config.setMultiValued(ArticleFields.FACET_ORG, true);
    config.setMultiValued(ArticleFields.FACET_PLACE, true);
    return config;
  }

  Document toDocument(Article a) throws IOException {
    return toDocument(a, null);
  }

  /** The document of {@code a}; {@code json} is its record JSON when the caller already has it, else null. */
  Document toDocument(Article a, String json) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ArticleFields.ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ArticleFields.ID_ORDER, new BytesRef(a.id())));
    if (a.title() != null) {
      doc.add(new TextField(ArticleFields.TITLE, a.title(), Field.Store.YES));
      doc.add(new Field(ArticleFields.TITLE_EXACT, a.title(), EXACT_TYPE));
    }
    String body = a.text() == null ? "" : a.text();
    for (Field f : BodyFields.of(body, bodyType, EXACT_TYPE, ROOTS_TYPE)) doc.add(f); // one analysis, three fields
    if (a.lead() != null) doc.add(new TextField(ArticleFields.LEAD, a.lead(), Field.Store.NO));
    if (a.sections() != null) {
      for (Section s : a.sections()) {
        if (s.heading() != null) doc.add(new TextField(ArticleFields.HEADINGS, s.heading(), Field.Store.NO));
      }
    }

    String source = a.source() == null ? null : a.source().strip().toLowerCase(Locale.ROOT);
    if (source != null && !source.isEmpty()) {
      doc.add(new StringField(ArticleFields.SOURCE, source, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACET_SOURCE, source));
    }
    if (a.url() != null) doc.add(new StringField(ArticleFields.URL, a.url(), Field.Store.YES));

    if (a.published() != null) doc.add(new StoredField(ArticleFields.PUBLISHED, a.published()));
    Long millis = PublishedDates.toMillis(a.published());
    if (millis != null) {
      doc.add(new LongPoint(ArticleFields.PUBLISHED_MILLIS, millis));
      doc.add(new NumericDocValuesField(ArticleFields.PUBLISHED_MILLIS, millis));
      String day = PublishedDates.day(millis).toString();
      doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACET_DAY, day));
      doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACET_MONTH, day.substring(0, 7)));
    }

    if (a.dateline() != null && a.dateline().city() != null) {
      String city = a.dateline().city().strip();
      String key = FilterKeys.of(city);
      if (key != null) {
        doc.add(new StringField(ArticleFields.CITY, key, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACET_CITY, city));
      }
    }
    if (a.topic() != null && a.topic().label() != null) {
      String key = FilterKeys.of(a.topic().label());
      if (key != null) {
        doc.add(new StringField(ArticleFields.TOPIC, key, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACET_TOPIC, a.topic().label().strip()));
      }
    }
    addEntities(doc, a.entities());
    addSpeakers(doc, a.quotes());
    if (a.storyId() != null) {
      doc.add(new StringField(ArticleFields.STORY, a.storyId(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACET_STORY, a.storyId()));
    }
    if (a.duplicateOf() != null) {
      doc.add(new StringField(ArticleFields.DUPLICATE_OF, a.duplicateOf(), Field.Store.YES));
      doc.add(new StringField(ArticleFields.IS_DUPLICATE, "1", Field.Store.NO));
    }
    doc.add(new StoredField(ArticleFields.JSON, StoredJson.compress(json != null ? json : ArticleJson.write(a)))); // stored last: see PageDocs
    return facets.build(doc);
  }

  private static void addEntities(Document doc, List<Entity> entities) {
    if (entities == null) return;
    Set<String> facetValues = new LinkedHashSet<>();
    for (Entity e : entities) {
      String field = fieldOf(e.type());
      if (field == null) continue;
      addPerson(doc, field, e.id(), e.canonical(), e.text());
      if (field.equals(ArticleFields.MISC)) continue; // filter only, not a facet dimension
      String shown = e.canonical() != null ? e.canonical().strip() : e.text() == null ? null : e.text().strip();
      if (shown != null && !shown.isEmpty() && facetValues.add(field + '\u0000' + shown)) {
        doc.add(new SortedSetDocValuesFacetField(field, shown)); // facet dims share the field names
      }
    }
  }

  private static void addSpeakers(Document doc, List<Quote> quotes) {
    if (quotes == null) return;
    for (Quote q : quotes) addPerson(doc, ArticleFields.SPEAKER, q.speakerId(), null, q.speaker());
  }

  /** Id and normalised names as exact keys, names also as exact-analysed words (partial names). */
  private static void addPerson(Document doc, String field, String id, String canonical, String surface) {
    if (id != null && !id.isBlank()) doc.add(new StringField(field, id.strip(), Field.Store.NO));
    for (String name : new String[] {canonical, surface}) {
      String key = FilterKeys.of(name);
      if (key == null) continue;
      doc.add(new StringField(field, key, Field.Store.NO));
      doc.add(new TextField(field + ArticleFields.NAMES_SUFFIX, name, Field.Store.NO));
    }
  }

  /** PERS/ORG/LOC/MISC to the person/org/place/misc fields; other types are not indexed as filters. */
  static String fieldOf(String entityType) {
    if (entityType == null) return null;
    return switch (entityType.toUpperCase(Locale.ROOT)) {
      case "PERS", "PER", "PERSON" -> ArticleFields.PERSON;
      case "ORG", "ORGANIZATION", "ORGANISATION" -> ArticleFields.ORG;
      case "LOC", "GPE", "PLACE", "LOCATION" -> ArticleFields.PLACE;
      case "MISC" -> ArticleFields.MISC;
      default -> null;
    };
  }
}

package org.marsad.store.lucene;

import org.marsad.store.EntityFilterValues;
import org.marsad.store.FilterKeys;
import org.marsad.store.PublishedDates;
import java.io.IOException;
import java.util.Locale;
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
    EntityFilterValues.write(a.entities(), a.quotes(), new EntityFilterValues.Sink() {
      @Override public void key(String field, String key) {
        doc.add(new StringField(field, key, Field.Store.NO));
      }

      @Override public void name(String field, String name) {
        doc.add(new TextField(field + ArticleFields.NAMES_SUFFIX, name, Field.Store.NO));
      }

      @Override public void facet(String field, String shown) {
        doc.add(new SortedSetDocValuesFacetField(field, shown)); // facet dims share the field names
      }
    });
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
}

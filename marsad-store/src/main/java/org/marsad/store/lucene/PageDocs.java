package org.marsad.store.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;

/**
 * The stored fields a results page shows, read once per hit: id, title, source, url, published,
 * the id of the original a copy duplicates, and the body (for the snippet). The snippet and the hit used to read each document twice
 * from the stored fields, each read decompressing the document's block again.
 *
 * <p>The record's JSON is stored after every field read here ({@link ArticleDocuments} adds it
 * last), so reading stops there instead of going through the largest value of the document.
 */
final class PageDocs {
  /** Stored values of one hit; null where the article has none. */
  record Stored(String id, String title, String source, String url, String published, String duplicateOf, String body) {}

  private PageDocs() {}

  /** The stored values of {@code docs} (index-wide document numbers), parallel to it; read in document order. */
  static Stored[] read(StoredFields stored, int[] docs) throws IOException {
    return read(stored, docs, true);
  }

  /** As {@link #read(StoredFields, int[])}; without the body (null) when no snippet is made from it. */
  static Stored[] read(StoredFields stored, int[] docs, boolean withBody) throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b])); // sequential reads of the stored-fields file
    Stored[] out = new Stored[docs.length];
    Visitor visitor = new Visitor(withBody);
    for (int i : order) {
      visitor.reset();
      stored.document(docs[i], visitor);
      out[i] = visitor.result();
    }
    return out;
  }

  /** Keeps the first value of each wanted field (as {@code Document.get} would); stops at the record's JSON. */
  private static final class Visitor extends StoredFieldVisitor {
    private final boolean withBody;
    private String id;
    private String title;
    private String source;
    private String url;
    private String published;
    private String duplicateOf;
    private String body;

    Visitor(boolean withBody) {
      this.withBody = withBody;
    }

    void reset() {
      id = title = source = url = published = duplicateOf = body = null;
    }

    Stored result() {
      return new Stored(id, title, source, url, published, duplicateOf, body);
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      return switch (fieldInfo.name) {
        case ArticleFields.ID, ArticleFields.TITLE, ArticleFields.SOURCE, ArticleFields.URL, ArticleFields.PUBLISHED,
            ArticleFields.DUPLICATE_OF -> Status.YES; // duplicate_of: stored since the first schema, no reindex needed
        case ArticleFields.BODY -> withBody ? Status.YES : Status.NO;
        case ArticleFields.JSON -> Status.STOP;
        default -> Status.NO;
      };
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
      switch (fieldInfo.name) {
        case ArticleFields.ID -> id = first(id, value);
        case ArticleFields.TITLE -> title = first(title, value);
        case ArticleFields.SOURCE -> source = first(source, value);
        case ArticleFields.URL -> url = first(url, value);
        case ArticleFields.PUBLISHED -> published = first(published, value);
        case ArticleFields.DUPLICATE_OF -> duplicateOf = first(duplicateOf, value);
        case ArticleFields.BODY -> body = first(body, value);
        default -> { }
      }
    }

    private static String first(String kept, String value) {
      return kept != null ? kept : value;
    }
  }
}

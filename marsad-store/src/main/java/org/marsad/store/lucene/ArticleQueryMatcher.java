package org.marsad.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.marsad.nlp.article.Article;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.MarsadQueryParser;

/**
 * Whether one article matches a search query, decided by search's own definition: the article
 * becomes the document the index would hold ({@link ArticleDocuments}, same analysers) in a
 * one-document {@link MemoryIndex}, and the query is the Lucene query search runs
 * ({@link MarsadQueryParser}, {@link LuceneQueryBuilder}; near-duplicates left out, as by
 * default in search). Alerts use it, so an alert fires on an article exactly when searching its
 * query would find that article; a second, hand-written matcher had drifted from search
 * (whole names only in {@code person:}, no stemming, no {@code url:}). Thread-safe.
 */
public final class ArticleQueryMatcher {
  /**
   * Lucene queries by query text; they are immutable and run on any article's memory index. An
   * alert's text is rewritten per article as the entity registry learns names, so old texts are
   * dropped rather than kept for the life of a long {@code serve}: the map is cleared at this size.
   */
  static final int MAX_CACHED_QUERIES = 10_000;

  private final Map<String, Query> queries = new ConcurrentHashMap<>();
  private final Analyzer analyzer = IndexAnalyzers.create();
  private final LuceneQueryBuilder builder = new LuceneQueryBuilder(analyzer);
  private final ArticleDocuments documents = new ArticleDocuments(ArticleDocuments.facetsConfig());

  /** Parses {@code query} as search does; a {@link org.marsad.store.query.QuerySyntaxException} names what is wrong. */
  public MarsadQuery parse(String query) {
    return MarsadQueryParser.parse(query);
  }

  /**
   * False when {@code query} asks for nothing search can look for (it is blank, or holds only
   * exclusions, stop words or punctuation): search then lists every article.
   */
  public boolean hasPositiveCondition(String query) {
    return builder.hasPositiveCondition(parse(query));
  }

  /** An article indexed once, to run many queries on. */
  public final class Prepared {
    private final IndexSearcher searcher;

    private Prepared(IndexSearcher searcher) {
      this.searcher = searcher;
    }

    /** True when searching {@code query} would find this article. */
    public boolean matches(String query) {
      if (queries.size() >= MAX_CACHED_QUERIES) queries.clear();
      Query q = queries.computeIfAbsent(query, k -> builder.searchQuery(parse(k), false));
      try {
        return searcher.count(q) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a memory index does no I/O
      }
    }
  }

  /** The article as its index document in a one-document memory index. */
  public Prepared prepare(Article article) {
    Document doc;
    try {
      doc = documents.toDocument(article, "{}"); // the stored JSON is not searched
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MemoryIndex index = new MemoryIndex(false, false);
    for (IndexableField f : doc) {
      if (f.fieldType().indexOptions() != IndexOptions.NONE || f.fieldType().pointDimensionCount() > 0) {
        index.addField(f, analyzer); // terms and points; doc values and stored values are not searched
      }
    }
    return new Prepared(index.createSearcher());
  }
}

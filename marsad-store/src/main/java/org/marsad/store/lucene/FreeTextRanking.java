package org.marsad.store.lucene;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The embedded store's relevance ranking of free text, for evaluators ({@code marsad eval
 * retrieval}) that index plain documents themselves: documents go into the {@link #fields()}
 * (body and its root readings) with {@link #analyzer()}, and each word of a query is scored exactly as
 * {@link LuceneArticleStore} scores a word of the search box: its readings as one BM25F term
 * ({@link LuceneQueryBuilder#wordQuery}) plus its root reading ({@link LuceneQueryBuilder#rootQuery}).
 * One difference, on purpose: here the words are alternatives (OR), where the search box
 * requires them all (AND). A question names more words than its answer holds; a search-box
 * query is a few words the user expects to see.
 *
 * <p>The similarity is the caller's choice, so that every column of an evaluation can share one
 * (the store's is BM25 with k1 1.2, b 0.4).
 */
public final class FreeTextRanking {
  /** The field documents are indexed into (the article body). */
  public static final String FIELD = ArticleFields.BODY;

  /** The field of the body's root readings ({@link LuceneQueryBuilder#rootQuery}). */
  public static final String ROOTS_FIELD = ArticleFields.BODY_ROOTS;

  private final boolean roots;
  private final Analyzer analyzer = IndexAnalyzers.create();
  private final LuceneQueryBuilder queries = new LuceneQueryBuilder(analyzer);

  /** The store's ranking. */
  public FreeTextRanking() {
    this(true);
  }

  private FreeTextRanking(boolean roots) {
    this.roots = roots;
  }

  /**
   * The store's ranking as it was before root readings (session 4): words and their readings
   * only. For measuring additions against (bench RetrievalExpansion).
   */
  public static FreeTextRanking wordsOnly() {
    return new FreeTextRanking(false);
  }

  /** The per-field analyser of the store: index documents with it. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The fields each document's text goes into: the body, and its root readings unless {@link #wordsOnly()}. */
  public List<String> fields() {
    return roots ? List.of(FIELD, ROOTS_FIELD) : List.of(FIELD);
  }

  /**
   * Any of the words of {@code text} (split at white space, as the search box does), each
   * scored as the store scores it; null when every word is a stop word or punctuation.
   */
  public Query anyWord(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (String word : text.strip().split("\\s+")) {
      Query q = word.isEmpty() ? null : queries.wordQuery(word);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        n++;
        Query root = roots ? queries.rootQuery(word) : null;
        if (root != null) b.add(root, Occur.SHOULD);
      }
    }
    return n == 0 ? null : b.build();
  }
}

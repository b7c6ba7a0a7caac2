package org.marsad.store.lucene;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The words' similarity on every field but the root field ({@link ArticleFields#BODY_ROOTS}),
 * which has a BM25 of its own with strong length normalisation ({@link #ROOTS_B}). A root term
 * joins many words, so a long article collects root matches by its length alone; with the
 * words' weak normalisation (b 0.4) those matches lifted long articles that share only the
 * subject. Chosen on ARCD train and the ANT titles (bench/RESULTS.md, "Retrieval quality on
 * ARCD"). BM25's norms do not depend on k1 or b, so indexes made before need no reindex.
 */
public final class RootFieldSimilarity extends PerFieldSimilarityWrapper {
  /** BM25 b of the root field (k1 stays Lucene's 1.2). */
  public static final float ROOTS_B = 0.9f;

  private static final Similarity ROOTS = new BM25Similarity(1.2f, ROOTS_B);

  private final Similarity words;

  /** @param words the similarity of every other field (the store's is BM25 k1 1.2, b 0.4) */
  public RootFieldSimilarity(Similarity words) {
    this.words = words;
  }

  @Override
  public Similarity get(String field) {
    return field.equals(ArticleFields.BODY_ROOTS) ? ROOTS : words;
  }

  @Override
  public String toString() {
    return "RootFieldSimilarity(words " + words + ", " + ArticleFields.BODY_ROOTS + " " + ROOTS + ")";
  }
}

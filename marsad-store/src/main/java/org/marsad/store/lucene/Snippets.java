package org.marsad.store.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for a page of hits, from Lucene's {@link UnifiedHighlighter} over the body field
 * (match offsets come from the body postings; an index made before they were stored there
 * re-analyses the page's bodies). Passages are about
 * {@value #PASSAGE_CHARS} characters, cut at word boundaries of an Arabic word break iterator;
 * with no words to mark (a filter-only query) the snippet is the opening of the body.
 *
 * <p>Two things the stock highlighter does per document are done once per page here, with the
 * same output (bench/RESULTS.md, "The cost of a results page"):
 * <ul>
 *   <li>the bodies are the ones the store already read with the hits' other stored fields
 *       ({@link PageDocs}), not read a second time from the stored fields;</li>
 *   <li>the query's match weight is built once per index segment of the page: the stock offset
 *       strategy builds a searcher, rewrites the query and builds its weight (a term-dictionary
 *       lookup of every reading) for each of the ten documents.</li>
 * </ul>
 */
final class Snippets {
  static final int PASSAGE_CHARS = 160;
  static final int PASSAGES = 2;
  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  private Snippets() {}

  /**
   * One snippet per entry of {@code docs} (null where the body has nothing to show).
   *
   * @param docs   index-wide document numbers of the page, in rank order
   * @param bodies the stored body of each of them, parallel to {@code docs}
   */
  static String[] forHits(IndexSearcher searcher, Analyzer analyzer, Query highlightQuery, int[] docs, String[] bodies)
      throws IOException {
    if (docs.length == 0) return new String[0];
    PageHighlighter highlighter = new PageHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(ARABIC), PASSAGE_CHARS, 0.4f))
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1), docs, bodies);
    Query q = highlightQuery != null ? highlightQuery : new MatchNoDocsQuery();
    return highlighter.highlightFields(new String[] {ArticleFields.BODY}, q, docs, new int[] {PASSAGES}).get(ArticleFields.BODY);
  }

  /** The stock highlighter, given the page's bodies and one match weight for the page. */
  private static final class PageHighlighter extends UnifiedHighlighter {
    private final int[] docs;
    private final String[] bodies;

    PageHighlighter(UnifiedHighlighter.Builder builder, int[] docs, String[] bodies) {
      super(builder);
      this.docs = docs;
      this.bodies = bodies;
    }

    /**
     * The bodies read with the hits, in the order the highlighter asks for them (ascending
     * document number), cut at {@link #getMaxLength()} characters as its own loader would.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> out = new ArrayList<>(docs.length);
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        String body = bodyOf(doc);
        out.add(new CharSequence[] {body == null ? null : body.substring(0, Math.min(getMaxLength(), body.length()))});
      }
      return out;
    }

    private String bodyOf(int doc) {
      for (int i = 0; i < docs.length; i++) {
        if (docs[i] == doc) return bodies[i];
      }
      throw new IllegalStateException("document " + doc + " is not on the page");
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
      if (offsetSource == OffsetSource.POSTINGS && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
        return new OneWeightPerSegment(components);
      }
      return super.getOffsetStrategy(offsetSource, components);
    }
  }

  /**
   * Offsets from the postings, matched with one weight per segment of the page. The stock
   * strategy builds, for each document, a searcher over the document's segment and the query's
   * weight on it; this one builds it in the same way but once per segment and keeps it for the
   * page's other documents there (one weight for a one-segment index). A weight over the whole
   * index would look every term up in every segment, more work than the stock strategy on an
   * index of many segments.
   */
  private static final class OneWeightPerSegment extends PostingsOffsetStrategy {
    private final Map<LeafReader, Weight> weights = new IdentityHashMap<>();

    OneWeightPerSegment(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
        throws IOException {
      Weight weight = weights.get(leafReader);
      if (weight == null) {
        IndexSearcher segment = new IndexSearcher(leafReader);
        segment.setQueryCache(null); // as the stock strategy: matching a page must not fill a query cache
        weight = segment.rewrite(components.getQuery()).createWeight(segment, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
        weights.put(leafReader, weight);
      }
      Matches matches = weight.matches(leafReader.getContext(), docId);
      if (matches == null) return; // the document does not match
      for (String field : matches) {
        if (!components.getFieldMatcher().test(field)) continue;
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
      }
    }
  }
}

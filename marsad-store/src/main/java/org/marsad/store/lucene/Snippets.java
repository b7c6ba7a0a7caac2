package org.marsad.store.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for a page of hits, from Lucene's {@link UnifiedHighlighter} over the body field
 * (match offsets come from the body postings; an index made before they were stored there
 * re-analyses the page's bodies). Passages are about
 * {@value #PASSAGE_CHARS} characters, cut at word boundaries of an Arabic word break iterator;
 * with no words to mark (a filter-only query) the snippet is the opening of the body.
 */
final class Snippets {
  static final int PASSAGE_CHARS = 160;
  static final int PASSAGES = 2;
  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  private Snippets() {}

  static String[] forHits(IndexSearcher searcher, Analyzer analyzer, Query highlightQuery, TopDocs page) throws IOException {
    if (page.scoreDocs.length == 0) return new String[0];
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(ARABIC), PASSAGE_CHARS, 0.4f))
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1)
        .build();
    Query q = highlightQuery != null ? highlightQuery : new org.apache.lucene.search.MatchNoDocsQuery();
    return highlighter.highlight(ArticleFields.BODY, q, page, PASSAGES);
  }
}

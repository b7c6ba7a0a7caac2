package org.marsad.store.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.PriorityQueue;

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
 *       lookup of every reading) for each of the ten documents;</li>
 *   <li>a query of words only is matched from one postings enum per reading and segment,
 *       moved through the page's documents ({@link WordMatches}), not by the weight's matches,
 *       which look every reading up again and open a new postings enum for each document;</li>
 *   <li>passages are scored by {@link PagePassageScorer}, Lucene's formula without the byte hash
 *       it allocates per passage.</li>
 * </ul>
 */
public final class Snippets {
  /** The passage length the break iterator aims at; public for the Solr backend, which asks Solr for the same passages. */
  public static final int PASSAGE_CHARS = 160;
  public static final int PASSAGES = 2;
  /** Where a passage is centred around its first match. */
  public static final float FRAG_ALIGN = 0.4f;
  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  private Snippets() {}

  /** The break iterator that cuts passages: the word break closest to {@link #PASSAGE_CHARS}. */
  public static BreakIterator passageBreaks() {
    return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(ARABIC), PASSAGE_CHARS, FRAG_ALIGN);
  }

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
        .withBreakIterator(Snippets::passageBreaks)
        .withFormatter(new SnippetFormatter())
        .withScorer(new PagePassageScorer())
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
   * Offsets from the postings, for the page's documents of each segment in turn. A query of
   * words only (term and synonym clauses on the body, the usual search box) is matched by
   * {@link WordMatches}: one postings enum per reading and segment, moved forward through the
   * page's documents. Anything else (a phrase) goes through the query's weight, built once per
   * segment and kept for the page's other documents there; the stock strategy builds a searcher,
   * rewrites the query and builds its weight for each document, and its term and synonym matches
   * look each reading up in the term dictionary and open a new postings enum, again for each
   * document. A weight over the whole index would look every term up in every segment, more
   * work than the stock strategy on an index of many segments.
   */
  private static final class OneWeightPerSegment extends PostingsOffsetStrategy {
    private final Map<LeafReader, Query> rewritten = new IdentityHashMap<>();
    private final Map<LeafReader, WordMatches> words = new IdentityHashMap<>();
    private final Map<LeafReader, Weight> weights = new IdentityHashMap<>();

    OneWeightPerSegment(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
        throws IOException {
      Query query = rewritten.get(leafReader);
      if (query == null) {
        IndexSearcher segment = new IndexSearcher(leafReader);
        segment.setQueryCache(null); // as the stock strategy: matching a page must not fill a query cache
        query = segment.rewrite(components.getQuery());
        rewritten.put(leafReader, query);
        WordMatches w = WordMatches.of(query, leafReader);
        if (w != null) {
          words.put(leafReader, w);
        } else {
          weights.put(leafReader, segment.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1.0f));
        }
      }
      WordMatches w = words.get(leafReader);
      if (w != null) {
        if (!components.getFieldMatcher().test(w.field)) return;
        MatchesIterator iterator = w.matches(docId);
        if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        return;
      }
      Matches matches = weights.get(leafReader).matches(leafReader.getContext(), docId);
      if (matches == null) return; // the document does not match
      for (String field : matches) {
        if (!components.getFieldMatcher().test(field)) continue;
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
      }
    }
  }

  /**
   * The matches of a query of words in one document, built exactly as Lucene's weights build
   * them without scores (a term clause: its term's positions; a synonym clause: a disjunction of
   * the readings the document has, in the query's order, each a term query; several clauses: a
   * disjunction of the clauses that match, in clause order; Lucene's own ordering of ties; checked
   * by TestPageSteps against the stock highlighter), but from postings kept for the
   * segment: one enum per reading of each clause, opened on the first document that needs it and
   * moved forward through the page's documents, which the highlighter visits in increasing
   * order (a document before the enum's is reopened, in case it ever does not).
   */
  static final class WordMatches {
    private final String field;
    private final List<Clause> clauses;

    private WordMatches(String field, List<Clause> clauses) {
      this.field = field;
      this.clauses = clauses;
    }

    /**
     * For a rewritten query of term and synonym clauses (each possibly boosted), all optional,
     * on one field with offsets; null for any other query, which then goes through its weight.
     */
    static WordMatches of(Query rewritten, LeafReader reader) throws IOException {
      List<Query> parts = new ArrayList<>();
      if (rewritten instanceof BooleanQuery b) {
        if (b.getMinimumNumberShouldMatch() > 0) return null;
        for (BooleanClause c : b.clauses()) {
          if (c.getOccur() != BooleanClause.Occur.SHOULD) return null;
          parts.add(c.getQuery());
        }
      } else {
        parts.add(rewritten);
      }
      String field = null;
      List<Clause> clauses = new ArrayList<>(parts.size());
      for (Query part : parts) {
        Query q = part instanceof BoostQuery boosted ? boosted.getQuery() : part; // a boost does not change matches
        List<Term> terms;
        if (q instanceof TermQuery t) {
          terms = List.of(t.getTerm());
        } else if (q instanceof SynonymQuery s) {
          terms = s.getTerms();
        } else {
          return null;
        }
        // A reading twice in one clause is one clause after Lucene's rewrite (duplicates merged): rare, left to the weight.
        if (terms.isEmpty() || new HashSet<>(terms).size() != terms.size()) return null;
        for (Term t : terms) {
          if (field == null) field = t.field();
          if (!field.equals(t.field())) return null;
        }
        clauses.add(new Clause(terms));
      }
      if (field == null) return null;
      Terms indexTerms = reader.terms(field);
      if (indexTerms == null || !indexTerms.hasOffsets()) return null; // the stock strategy re-analyses then
      for (Clause c : clauses) c.open(indexTerms);
      return new WordMatches(field, clauses);
    }

    /** The document's matches on the field, or null when no clause matches it. */
    MatchesIterator matches(int doc) throws IOException {
      List<MatchesIterator> matching = new ArrayList<>(clauses.size());
      for (Clause c : clauses) {
        MatchesIterator m = c.matches(doc);
        if (m != null) matching.add(m);
      }
      return Disjunction.of(matching);
    }
  }

  /**
   * One term or synonym clause: its readings. Each match is named by its own reading, as in
   * Lucene, where a synonym query matched without scores is a disjunction of term queries.
   */
  private static final class Clause {
    private final Reading[] readings;

    Clause(List<Term> terms) {
      this.readings = new Reading[terms.size()];
      for (int i = 0; i < readings.length; i++) readings[i] = new Reading(terms.get(i));
    }

    void open(Terms indexTerms) throws IOException {
      TermsEnum te = indexTerms.iterator();
      for (Reading r : readings) r.seek(te);
    }

    MatchesIterator matches(int doc) throws IOException {
      List<MatchesIterator> matching = new ArrayList<>(readings.length);
      for (Reading r : readings) {
        if (r.at(doc)) matching.add(new PositionMatches(r.query, r.postings));
      }
      return Disjunction.of(matching);
    }
  }

  /** A reading's postings (with offsets) in one segment, opened once and moved forward. */
  private static final class Reading {
    private final Query query;
    private final BytesRef bytes;
    private TermsEnum te;
    private TermState state; // null: the segment does not have the term
    private PostingsEnum postings;

    Reading(Term term) {
      this.query = new TermQuery(term);
      this.bytes = term.bytes();
    }

    void seek(TermsEnum te) throws IOException {
      this.te = te;
      state = te.seekExact(bytes) ? te.termState() : null;
    }

    /** Whether the document has the reading; if so, {@link #postings} is on it, positions unread. */
    boolean at(int doc) throws IOException {
      if (state == null) return false;
      if (postings == null || postings.docID() > doc) {
        te.seekExact(bytes, state);
        postings = te.postings(null, PostingsEnum.OFFSETS);
      }
      int current = postings.docID();
      if (current < doc) current = postings.advance(doc);
      return current == doc;
    }
  }

  /** The positions of one reading in the current document, as Lucene's term matches iterator gives them. */
  private static final class PositionMatches implements MatchesIterator {
    private final Query query;
    private final PostingsEnum postings;
    private int upto;
    private int position;

    PositionMatches(Query query, PostingsEnum postings) throws IOException {
      this.query = query;
      this.postings = postings;
      this.upto = postings.freq();
    }

    @Override
    public boolean next() throws IOException {
      if (upto-- > 0) {
        position = postings.nextPosition();
        return true;
      }
      return false;
    }

    @Override
    public int startPosition() {
      return position;
    }

    @Override
    public int endPosition() {
      return position;
    }

    @Override
    public int startOffset() throws IOException {
      return postings.startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return postings.endOffset();
    }

    @Override
    public MatchesIterator getSubMatches() {
      return null;
    }

    @Override
    public Query getQuery() {
      return query;
    }
  }

  /**
   * Lucene's disjunction of matches iterators, with the same queue and the same tie order (the
   * order of equal matches decides the order in which a passage's terms are scored).
   */
  private static final class Disjunction implements MatchesIterator {
    private final PriorityQueue<MatchesIterator> queue;
    private boolean started;

    static MatchesIterator of(List<MatchesIterator> iterators) throws IOException {
      if (iterators.isEmpty()) return null;
      if (iterators.size() == 1) return iterators.get(0);
      return new Disjunction(iterators);
    }

    private Disjunction(List<MatchesIterator> iterators) throws IOException {
      queue = new PriorityQueue<>(iterators.size()) {
        @Override
        protected boolean lessThan(MatchesIterator a, MatchesIterator b) {
          return a.startPosition() < b.startPosition()
              || (a.startPosition() == b.startPosition() && a.endPosition() < b.endPosition())
              || (a.startPosition() == b.startPosition() && a.endPosition() == b.endPosition());
        }
      };
      for (MatchesIterator m : iterators) {
        if (m.next()) queue.add(m);
      }
    }

    @Override
    public boolean next() throws IOException {
      if (!started) {
        started = true;
        return queue.size() > 0;
      }
      if (!queue.top().next()) queue.pop();
      if (queue.size() > 0) {
        queue.updateTop();
        return true;
      }
      return false;
    }

    @Override
    public int startPosition() {
      return queue.top().startPosition();
    }

    @Override
    public int endPosition() {
      return queue.top().endPosition();
    }

    @Override
    public int startOffset() throws IOException {
      return queue.top().startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return queue.top().endOffset();
    }

    @Override
    public MatchesIterator getSubMatches() throws IOException {
      return queue.top().getSubMatches();
    }

    @Override
    public Query getQuery() {
      return queue.top().getQuery();
    }
  }

  /**
   * Lucene's passage scorer with the same arithmetic in the same order, without the byte hash it
   * allocates for every passage (a 32 KB block pool, most of the scoring time) to tell a
   * passage's distinct terms apart: a passage has a handful, found by a linear scan.
   */
  static final class PagePassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      double score = 0d;
      int n = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
      BytesRef[] distinct = new BytesRef[n];
      int[] inPassage = new int[n];
      int[] inDoc = new int[n];
      int size = 0;
      for (int i = 0; i < n; i++) {
        int k = 0;
        while (k < size && !distinct[k].bytesEquals(terms[i])) k++;
        if (k == size) { // first occurrence, in the order the byte hash numbers terms
          distinct[k] = terms[i];
          inDoc[k] = freqsInDoc[i];
          size++;
        }
        inPassage[k]++;
      }
      for (int k = 0; k < size; k++) score += tf(inPassage[k], passage.getLength()) * weight(contentLength, inDoc[k]);
      score *= norm(passage.getStartOffset());
      return (float) score;
    }
  }
}

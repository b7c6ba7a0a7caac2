package org.marsad.store.lucene;

import org.marsad.store.FilterKeys;
import org.marsad.store.PublishedDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.store.query.MarkedNames;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.QueryField;
import org.marsad.store.query.QueryNode;
import org.marsad.store.query.UrlSpellings;

/**
 * Translates a {@link MarsadQuery} into Lucene queries, analysing query text with the same
 * analysers as the indexed fields (so {@code اسرائيل} finds {@code إسرائيل}).
 * <ul>
 *   <li>a word matches title, headings, lead or body, scored as one weighted field (BM25F), plus
 *       a clause for its root reading on the body's root field (which does not make the word optional);</li>
 *   <li>a phrase matches the exact (unstemmed) title or body fields;</li>
 *   <li>field filters and dates filter without scoring;</li>
 *   <li>near-duplicates are excluded unless asked for.</li>
 * </ul>
 * {@link #highlightQuery} gives the positive words and phrases on the body field only, which is
 * what the highlighter marks.
 */
final class LuceneQueryBuilder {
  static final float TITLE_BOOST = 2.0f;
  static final float HEADINGS_BOOST = 1.5f;
  static final float LEAD_BOOST = 1.5f;
  /**
   * Weight of a word's root clause ({@link #rootQuery}) against its own readings' clause. Equal:
   * an article with the word itself matches both clauses, so it still scores well above one
   * that only shares the root (whose term is also more frequent, so of lower IDF). Chosen on
   * ARCD train and the ANT titles, where 0.2–3 were measured (bench/RESULTS.md, "Retrieval
   * quality on ARCD").
   */
  static final float ROOT_WEIGHT = 1f;

  private final QueryBuilder queryBuilder;

  LuceneQueryBuilder(Analyzer analyzer) {
    this.queryBuilder = new QueryBuilder(analyzer);
  }

  /** A search's two queries: the one to search with and the highlighter's ({@link #highlightQuery}). */
  record PageQueries(Query search, Query highlight) {}

  /**
   * Both queries of a search, each word's body readings analysed once for both (the analysis is
   * most of the time it takes to build them); the same queries as {@link #searchQuery} and
   * {@link #highlightQuery}.
   */
  PageQueries pageQueries(MarsadQuery q, boolean includeDuplicates) {
    return pageQueries(q, includeDuplicates, List.of());
  }

  /** As {@link #pageQueries(MarsadQuery, boolean)}, the highlighter also marking {@code markedNames}. */
  PageQueries pageQueries(MarsadQuery q, boolean includeDuplicates, List<String> markedNames) {
    Map<String, Query> body = new HashMap<>();
    return new PageQueries(searchQuery(q, includeDuplicates, body), highlightQuery(q, markedNames, body));
  }

  /** The query to search with. */
  Query searchQuery(MarsadQuery q, boolean includeDuplicates) {
    return searchQuery(q, includeDuplicates, new HashMap<>());
  }

  /** @param body the body field's query of each text analysed so far (see {@link #bodyQuery}) */
  private Query searchQuery(MarsadQuery q, boolean includeDuplicates, Map<String, Query> body) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    for (QueryNode node : q.required()) {
      Query part = toQuery(node, body);
      if (part == null) continue; // only stopwords or punctuation
      b.add(part, isFilter(node) ? Occur.FILTER : Occur.MUST);
      positive = true;
      // The root only adds to the score of articles that have the word: AND stays AND.
      Query root = node instanceof QueryNode.Word w ? rootQuery(w.text()) : null;
      if (root != null) b.add(root, Occur.SHOULD);
    }
    for (QueryNode node : q.excluded()) {
      Query part = toQuery(node, body);
      if (part != null) b.add(part, Occur.MUST_NOT);
    }
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : PublishedDates.startOf(q.from());
      long hi = q.to() == null ? Long.MAX_VALUE : PublishedDates.endOf(q.to());
      b.add(LongPoint.newRangeQuery(ArticleFields.PUBLISHED_MILLIS, lo, hi), Occur.FILTER);
      positive = true;
    }
    if (!includeDuplicates) b.add(new TermQuery(new Term(ArticleFields.IS_DUPLICATE, "1")), Occur.MUST_NOT);
    if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
    return b.build();
  }

  /**
   * Whether {@code q} asks for something: a word, phrase or filter the analysers keep, or a date.
   * Without one (only exclusions, stop words or punctuation) {@link #searchQuery} matches every article.
   */
  boolean hasPositiveCondition(MarsadQuery q) {
    if (q.from() != null || q.to() != null) return true;
    Map<String, Query> body = new HashMap<>();
    return q.required().stream().anyMatch(node -> toQuery(node, body) != null);
  }

  /** The words and phrases the user looked for, on the highlighted body field; null when none. */
  Query highlightQuery(MarsadQuery q) {
    return highlightQuery(q, List.of(), new HashMap<>());
  }

  private Query highlightQuery(MarsadQuery q, List<String> markedNames, Map<String, Query> body) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (QueryNode node : q.required()) {
      for (Query part : bodyQueries(node, body)) {
        b.add(part, Occur.SHOULD);
        n++;
      }
    }
    for (String name : MarkedNames.usable(markedNames)) {
      Query part = bodyQuery(name, body);
      if (part == null) continue;
      b.add(part, Occur.SHOULD);
      n++;
    }
    return n == 0 ? null : b.build();
  }

  private List<Query> bodyQueries(QueryNode node, Map<String, Query> body) {
    List<Query> out = new ArrayList<>();
    if (node instanceof QueryNode.Word w) {
      addIfNotNull(out, bodyQuery(w.text(), body));
    } else if (node instanceof QueryNode.Phrase p) {
      addIfNotNull(out, bodyQuery(p.text(), body));
    } else if (node instanceof QueryNode.FieldTerm f && MarkedNames.of(f) != null) {
      addIfNotNull(out, bodyQuery(MarkedNames.of(f), body));
    } else if (node instanceof QueryNode.AnyOf any) {
      for (QueryNode o : any.options()) out.addAll(bodyQueries(o, body));
    }
    return out;
  }

  /**
   * {@link #textQuery} on the body field, remembered in {@code body} by text: the search query
   * and the highlight query analyse the same words (queries are immutable, so both can hold one).
   */
  private Query bodyQuery(String text, Map<String, Query> body) {
    if (body.containsKey(text)) return body.get(text);
    Query q = textQuery(ArticleFields.BODY, text);
    body.put(text, q);
    return q;
  }

  private static void addIfNotNull(List<Query> out, Query q) {
    if (q != null) out.add(q);
  }

  private static boolean isFilter(QueryNode node) {
    if (node instanceof QueryNode.FieldTerm) return true;
    if (node instanceof QueryNode.AnyOf any) return any.options().stream().allMatch(LuceneQueryBuilder::isFilter);
    return false;
  }

  /**
   * One free-text word: its readings (surface form, stem, second reading) as one BM25F term over
   * title, headings, lead and body; a phrase in any of them when the word analyses to several
   * tokens; null when the analyser keeps nothing (a stop word).
   */
  Query wordQuery(String word) {
    return wordQuery(word, new HashMap<>());
  }

  private Query wordQuery(String word, Map<String, Query> bodyQueries) {
    Query body = bodyQuery(word, bodyQueries);
    List<Term> readings = sameWordReadings(body);
    if (!readings.isEmpty()) {
      // BM25F: the word's occurrences in all fields count towards one saturating frequency,
      // so a single title mention does not outweigh an article that is about the word. The
      // analyser may give a word several readings at one position (surface form, stem, a
      // reading without a one-letter proclitic): they count as one word, as synonyms.
      CombinedFieldQuery.Builder q = new CombinedFieldQuery.Builder()
          .addField(ArticleFields.TITLE, TITLE_BOOST)
          .addField(ArticleFields.HEADINGS, HEADINGS_BOOST)
          .addField(ArticleFields.LEAD, LEAD_BOOST)
          .addField(ArticleFields.BODY, 1f);
      for (Term t : readings) q.addTerm(t.bytes());
      return q.build();
    }
    return anyField( // several tokens (e.g. "COVID-19"): a phrase in any field
        boosted(textQuery(ArticleFields.TITLE, word), TITLE_BOOST),
        boosted(textQuery(ArticleFields.HEADINGS, word), HEADINGS_BOOST),
        boosted(textQuery(ArticleFields.LEAD, word), LEAD_BOOST),
        body);
  }

  /**
   * The root reading of a one-word query ({@link RootFilter}) as a BM25 term on the body's root
   * field, weighted {@link #ROOT_WEIGHT}: it lets انتقادات score on an article that says انتقد,
   * below one with the word itself (which matches both clauses). Null for a stop word or a word
   * of several tokens. A plain term query, not BM25F over the title too: cheaper (bench/RESULTS.md,
   * "Retrieval quality on ARCD"), and titles rarely hold a word that the body lacks.
   */
  Query rootQuery(String word) {
    Query q = textQuery(ArticleFields.BODY_ROOTS, word);
    return q instanceof TermQuery ? new BoostQuery(q, ROOT_WEIGHT) : null;
  }

  private Query toQuery(QueryNode node, Map<String, Query> body) {
    if (node instanceof QueryNode.Word w) return wordQuery(w.text(), body);
    if (node instanceof QueryNode.Phrase p) {
      return anyField(
          boosted(textQuery(ArticleFields.TITLE_EXACT, p.text()), TITLE_BOOST),
          textQuery(ArticleFields.BODY_EXACT, p.text()));
    }
    if (node instanceof QueryNode.FieldTerm f) return filterQuery(f.field(), f.value());
    if (node instanceof QueryNode.AnyOf any) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      int n = 0;
      for (QueryNode o : any.options()) {
        Query part = toQuery(o, body);
        if (part != null) {
          b.add(part, Occur.SHOULD);
          n++;
        }
      }
      return n == 0 ? null : b.build();
    }
    throw new IllegalStateException("unknown query node " + node);
  }

  private static Query anyField(Query... parts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (Query p : parts) {
      if (p != null) {
        b.add(p, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /** The terms of a one-word query (one term, or several readings at one position); empty otherwise. */
  private static List<Term> sameWordReadings(Query q) {
    if (q instanceof TermQuery t) return List.of(t.getTerm());
    if (q instanceof SynonymQuery s) return s.getTerms();
    return List.of();
  }

  private static Query boosted(Query q, float boost) {
    return q == null ? null : new BoostQuery(q, boost);
  }

  /**
   * A term query for one token, a phrase query for several (position gaps and same-position
   * tokens handled by Lucene's {@link QueryBuilder}), null when the analyser keeps nothing.
   */
  Query textQuery(String field, String text) {
    return queryBuilder.createPhraseQuery(field, text);
  }

  private Query filterQuery(QueryField field, String value) {
    String key = FilterKeys.of(value);
    if (key == null) return new MatchNoDocsQuery("empty filter value");
    return switch (field) {
      case SOURCE -> new TermQuery(new Term(ArticleFields.SOURCE, value.strip().toLowerCase(Locale.ROOT)));
      case CITY -> cityQuery(key);
      case TOPIC -> new TermQuery(new Term(ArticleFields.TOPIC, key));
      case PERSON -> personQuery(ArticleFields.PERSON, value);
      case ORG -> personQuery(ArticleFields.ORG, value);
      case PLACE -> personQuery(ArticleFields.PLACE, value);
      case MISC -> personQuery(ArticleFields.MISC, value);
      case SPEAKER -> personQuery(ArticleFields.SPEAKER, value);
      case STORY -> new TermQuery(new Term(ArticleFields.STORY, value.strip())); // ids are ASCII, kept as written
      case URL -> urlQuery(value);
    };
  }

  /**
   * The dateline city, whole or by its leading words ({@link FilterKeys#cityPrefix}): {@code city:مكة}
   * is مكة and مكة المكرمة, {@code city:المدينة} المدينة المنورة.
   */
  private static Query cityQuery(String key) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(ArticleFields.CITY, key)), Occur.SHOULD);
    b.add(new PrefixQuery(new Term(ArticleFields.CITY, FilterKeys.cityPrefix(key))), Occur.SHOULD);
    return b.build();
  }

  /** The stored URL in any of its spellings (scheme, www., final slash, percent-encoding). */
  private static Query urlQuery(String value) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String url : UrlSpellings.of(value)) b.add(new TermQuery(new Term(ArticleFields.URL, url)), Occur.SHOULD);
    return b.build();
  }

  /** A canonical id, a full normalised name, or the words of a name in order ({@code person:لافروف}). */
  private Query personQuery(String field, String value) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(field, value.strip())), Occur.SHOULD);
    b.add(new TermQuery(new Term(field, FilterKeys.of(value))), Occur.SHOULD);
    Query names = textQuery(field + ArticleFields.NAMES_SUFFIX, value);
    if (names != null) b.add(names, Occur.SHOULD);
    return b.build();
  }

}

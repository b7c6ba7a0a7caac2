package org.marsad.store.solr;

import org.marsad.store.FilterKeys;
import org.marsad.store.PublishedDates;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.util.ClientUtils;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.store.lucene.RootReadings;
import org.marsad.store.query.MarkedNames;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.QueryField;
import org.marsad.store.query.QueryNode;
import org.marsad.store.query.UrlSpellings;

/**
 * Translates a parsed {@link MarsadQuery} into Solr's standard (lucene) query syntax, clause by
 * clause as the embedded index builds its Lucene query:
 * <ul>
 *   <li>a word is scored over title (×2), headings (×1.5), lead (×1.5) and body as one field
 *       (BM25F), by the configset's {@code marsadWord} query parser (marsad-solr-plugin's
 *       {@code CombinedFieldsQParserPlugin}, the embedded index's {@code CombinedFieldQuery}):
 *       {@code {!marsadWord qf=$wf v=$w0}}, the word itself in the request parameter {@code w0};</li>
 *   <li>a required word also scores through its root reading on {@link SolrFields#BODY_ROOTS},
 *       with the embedded index's weight ({@link RootReadings#WEIGHT}); the clause is optional
 *       ({@code +word root}), so it only ranks and every word is still required. Not inside
 *       {@code OR} groups, as embedded;</li>
 *   <li>a phrase matches the exact (unstemmed) title (×2) or body;</li>
 *   <li>field filters, exclusions, dates and the duplicate rule become {@code fq} filters (cached,
 *       not scored);</li>
 *   <li>a clause whose text keeps no token (stop words only) is left out, as embedded.</li>
 * </ul>
 * Values never reach the parser unquoted: every value is one double-quoted string with
 * {@code \} and {@code "} escaped, so user text cannot inject syntax.
 */
final class SolrQueries {
  static final String MATCH_ALL = "*:*";
  static final String MATCH_NONE = "(*:* -*:*)";

  private SolrQueries() {}

  /** The parameter that holds the word fields and their weights, referenced by every word clause. */
  static final String WORD_FIELDS_PARAM = "wf";
  /**
   * The fields a word is scored over, with the embedded index's weights
   * ({@code LuceneQueryBuilder.TITLE_BOOST}, {@code HEADINGS_BOOST}, {@code LEAD_BOOST}; body 1).
   */
  static final String WORD_FIELDS = SolrFields.TITLE + "^2 " + SolrFields.HEADINGS + "^1.5 "
      + SolrFields.LEAD + "^1.5 " + SolrFields.BODY;

  /**
   * The translated query: scored main query, filters, the highlight query (null when nothing to
   * mark), and the request parameters the word clauses of {@code q} and {@code filters} refer to.
   */
  record Translation(String q, List<String> filters, String highlight, Map<String, String> params) {}

  static Translation translate(MarsadQuery query, boolean includeDuplicates) {
    return translate(query, includeDuplicates, List.of());
  }

  /** As {@link #translate(MarsadQuery, boolean)}, the highlight query also marking {@code markedNames}. */
  static Translation translate(MarsadQuery query, boolean includeDuplicates, List<String> markedNames) {
    Map<String, String> params = new LinkedHashMap<>();
    List<String> scored = new ArrayList<>();
    List<String> roots = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    for (QueryNode node : query.required()) {
      String clause = clause(node, params);
      if (clause == null) continue;
      (isFilter(node) ? filters : scored).add(clause);
      String root = node instanceof QueryNode.Word w ? rootClause(w.text()) : null;
      if (root != null) roots.add(root);
    }
    for (QueryNode node : query.excluded()) {
      String clause = clause(node, params);
      if (clause != null) filters.add("-" + clause);
    }
    if (query.from() != null || query.to() != null) {
      String lo = query.from() == null ? "*" : Long.toString(PublishedDates.startOf(query.from()));
      String hi = query.to() == null ? "*" : Long.toString(PublishedDates.endOf(query.to()));
      filters.add(SolrFields.PUBLISHED_MILLIS + ":[" + lo + " TO " + hi + "]");
    }
    if (!includeDuplicates) filters.add("-" + SolrFields.IS_DUPLICATE + ":1");
    if (!params.isEmpty()) params.put(WORD_FIELDS_PARAM, WORD_FIELDS);
    return new Translation(scored.isEmpty() ? MATCH_ALL : scoredQuery(scored, roots), filters, highlight(query, markedNames), params);
  }

  /**
   * {@code +clause +clause root root}: the clauses are required (the search box's AND), the root
   * clauses optional, so they add to the score of articles that match anyway (the embedded
   * index's MUST and SHOULD). Sent with {@code q.op=OR}, so the unmarked root clauses stay optional.
   */
  private static String scoredQuery(List<String> required, List<String> optional) {
    StringBuilder b = new StringBuilder();
    for (String c : required) b.append(b.length() == 0 ? "+" : " +").append(c);
    for (String c : optional) b.append(' ').append(c);
    return b.toString();
  }

  /** The root clause of a required word, null when the word has no root term (a stop word, several tokens). */
  static String rootClause(String word) {
    String root = SolrRoots.ofWord(word);
    if (root == null) return null;
    String clause = field(SolrFields.BODY_ROOTS, root);
    return RootReadings.WEIGHT == 1f ? clause : clause + "^" + RootReadings.WEIGHT;
  }

  /** The words and phrases the user looked for, on the body field: what the highlighter marks. */
  private static String highlight(MarsadQuery query, List<String> markedNames) {
    List<String> parts = new ArrayList<>();
    for (QueryNode node : query.required()) bodyClauses(node, parts);
    for (String name : MarkedNames.usable(markedNames)) {
      if (QueryAnalysis.hasWords(name)) parts.add(field(SolrFields.BODY, name));
    }
    return parts.isEmpty() ? null : String.join(" OR ", parts);
  }

  private static void bodyClauses(QueryNode node, List<String> out) {
    if (node instanceof QueryNode.Word w && QueryAnalysis.hasWords(w.text())) {
      out.add(field(SolrFields.BODY, w.text()));
    } else if (node instanceof QueryNode.Phrase p && QueryAnalysis.hasWords(p.text())) {
      out.add(field(SolrFields.BODY, p.text()));
    } else if (node instanceof QueryNode.FieldTerm f && MarkedNames.of(f) != null && QueryAnalysis.hasWords(MarkedNames.of(f))) {
      out.add(field(SolrFields.BODY, MarkedNames.of(f)));
    } else if (node instanceof QueryNode.AnyOf any) {
      for (QueryNode o : any.options()) bodyClauses(o, out);
    }
  }

  private static boolean isFilter(QueryNode node) {
    if (node instanceof QueryNode.FieldTerm) return true;
    if (node instanceof QueryNode.AnyOf any) return any.options().stream().allMatch(SolrQueries::isFilter);
    return false;
  }

  /**
   * One node as a parenthesised clause, or null when its text keeps no token. A word's text goes
   * into {@code params} (as {@code w0}, {@code w1}, …) and the clause refers to it: the text never
   * passes through a query parser's syntax.
   */
  static String clause(QueryNode node, Map<String, String> params) {
    if (node instanceof QueryNode.Word w) {
      if (!QueryAnalysis.hasWords(w.text())) return null;
      String name = "w" + params.size();
      params.put(name, w.text());
      return "{!marsadWord qf=$" + WORD_FIELDS_PARAM + " v=$" + name + "}";
    }
    if (node instanceof QueryNode.Phrase p) {
      if (!QueryAnalysis.hasExactWords(p.text())) return null;
      return anyOf(List.of(field(SolrFields.TITLE_EXACT, p.text()) + "^2", field(SolrFields.BODY_EXACT, p.text())));
    }
    if (node instanceof QueryNode.FieldTerm f) return filter(f.field(), f.value());
    if (node instanceof QueryNode.AnyOf any) {
      List<String> parts = new ArrayList<>();
      for (QueryNode o : any.options()) {
        String c = clause(o, params);
        if (c != null) parts.add(c);
      }
      return parts.isEmpty() ? null : anyOf(parts);
    }
    throw new IllegalStateException("unknown query node " + node);
  }

  private static String filter(QueryField field, String value) {
    String key = FilterKeys.of(value);
    if (key == null) return MATCH_NONE;
    return switch (field) {
      case SOURCE -> field(SolrFields.SOURCE, value.strip().toLowerCase(Locale.ROOT));
      case CITY -> anyOf(List.of(field(SolrFields.CITY, key), prefix(SolrFields.CITY, FilterKeys.cityPrefix(key))));
      case TOPIC -> field(SolrFields.TOPIC, key);
      case PERSON -> person(SolrFields.PERSON, value, key);
      case ORG -> person(SolrFields.ORG, value, key);
      case PLACE -> person(SolrFields.PLACE, value, key);
      case MISC -> person(SolrFields.MISC, value, key);
      case SPEAKER -> person(SolrFields.SPEAKER, value, key);
      case STORY -> field(SolrFields.STORY, value.strip());
      case URL -> anyOf(UrlSpellings.of(value).stream().map(u -> field(SolrFields.URL, u)).toList());
    };
  }

  /** A canonical id, a full normalised name, or the words of a name in order ({@code person:لافروف}). */
  private static String person(String field, String value, String key) {
    List<String> parts = new ArrayList<>(List.of(field(field, value.strip()), field(field, key)));
    if (QueryAnalysis.hasNameWords(value)) parts.add(field(field + SolrFields.NAMES_SUFFIX, value));
    return anyOf(parts);
  }

  private static String anyOf(List<String> parts) {
    return "(" + String.join(" OR ", parts) + ")";
  }

  /** {@code field:value*}: terms starting with {@code value} (escaped, its spaces too). */
  static String prefix(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value) + "*";
  }

  /** {@code field:"value"} with the value quoted and escaped. */
  static String field(String field, String value) {
    return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

package org.marsad.store.solr;

import org.marsad.store.FilterKeys;
import org.marsad.store.PublishedDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.store.lucene.RootReadings;
import org.marsad.store.query.MarsadQuery;
import org.marsad.store.query.QueryField;
import org.marsad.store.query.QueryNode;

/**
 * Translates a parsed {@link MarsadQuery} into Solr's standard (lucene) query syntax, clause by
 * clause as the embedded index builds its Lucene query:
 * <ul>
 *   <li>a word matches title (×2), headings (×1.5), lead (×1.5) or body, analysed by the field
 *       (a quoted clause, so one word gives a term or same-position synonym query and several
 *       tokens a phrase, as Lucene's {@code QueryBuilder.createPhraseQuery} does);</li>
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

  /** The translated query: scored main query, filters, and the highlight query (null when nothing to mark). */
  record Translation(String q, List<String> filters, String highlight) {}

  static Translation translate(MarsadQuery query, boolean includeDuplicates) {
    List<String> scored = new ArrayList<>();
    List<String> roots = new ArrayList<>();
    List<String> filters = new ArrayList<>();
    for (QueryNode node : query.required()) {
      String clause = clause(node);
      if (clause == null) continue;
      (isFilter(node) ? filters : scored).add(clause);
      String root = node instanceof QueryNode.Word w ? rootClause(w.text()) : null;
      if (root != null) roots.add(root);
    }
    for (QueryNode node : query.excluded()) {
      String clause = clause(node);
      if (clause != null) filters.add("-" + clause);
    }
    if (query.from() != null || query.to() != null) {
      String lo = query.from() == null ? "*" : Long.toString(PublishedDates.startOf(query.from()));
      String hi = query.to() == null ? "*" : Long.toString(PublishedDates.endOf(query.to()));
      filters.add(SolrFields.PUBLISHED_MILLIS + ":[" + lo + " TO " + hi + "]");
    }
    if (!includeDuplicates) filters.add("-" + SolrFields.IS_DUPLICATE + ":1");
    return new Translation(scored.isEmpty() ? MATCH_ALL : scoredQuery(scored, roots), filters, highlight(query));
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
  private static String highlight(MarsadQuery query) {
    List<String> parts = new ArrayList<>();
    for (QueryNode node : query.required()) bodyClauses(node, parts);
    return parts.isEmpty() ? null : String.join(" OR ", parts);
  }

  private static void bodyClauses(QueryNode node, List<String> out) {
    if (node instanceof QueryNode.Word w && QueryAnalysis.hasWords(w.text())) {
      out.add(field(SolrFields.BODY, w.text()));
    } else if (node instanceof QueryNode.Phrase p && QueryAnalysis.hasWords(p.text())) {
      out.add(field(SolrFields.BODY, p.text()));
    } else if (node instanceof QueryNode.AnyOf any) {
      for (QueryNode o : any.options()) bodyClauses(o, out);
    }
  }

  private static boolean isFilter(QueryNode node) {
    if (node instanceof QueryNode.FieldTerm) return true;
    if (node instanceof QueryNode.AnyOf any) return any.options().stream().allMatch(SolrQueries::isFilter);
    return false;
  }

  /** One node as a parenthesised clause, or null when its text keeps no token. */
  static String clause(QueryNode node) {
    if (node instanceof QueryNode.Word w) {
      if (!QueryAnalysis.hasWords(w.text())) return null;
      return anyOf(List.of(
          field(SolrFields.TITLE, w.text()) + "^2",
          field(SolrFields.HEADINGS, w.text()) + "^1.5",
          field(SolrFields.LEAD, w.text()) + "^1.5",
          field(SolrFields.BODY, w.text())));
    }
    if (node instanceof QueryNode.Phrase p) {
      if (!QueryAnalysis.hasExactWords(p.text())) return null;
      return anyOf(List.of(field(SolrFields.TITLE_EXACT, p.text()) + "^2", field(SolrFields.BODY_EXACT, p.text())));
    }
    if (node instanceof QueryNode.FieldTerm f) return filter(f.field(), f.value());
    if (node instanceof QueryNode.AnyOf any) {
      List<String> parts = new ArrayList<>();
      for (QueryNode o : any.options()) {
        String c = clause(o);
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
      case CITY -> field(SolrFields.CITY, key);
      case TOPIC -> field(SolrFields.TOPIC, key);
      case PERSON -> person(SolrFields.PERSON, value, key);
      case ORG -> person(SolrFields.ORG, value, key);
      case PLACE -> person(SolrFields.PLACE, value, key);
      case MISC -> person(SolrFields.MISC, value, key);
      case SPEAKER -> person(SolrFields.SPEAKER, value, key);
      case STORY -> field(SolrFields.STORY, value.strip());
    };
  }

  /** A canonical id, a full normalised name, or the words of a name in order ({@code person:لافروف}). */
  private static String person(String field, String value, String key) {
    List<String> parts = new ArrayList<>(List.of(field(field, value.strip()), field(field, key)));
    if (QueryAnalysis.hasExactWords(value)) parts.add(field(field + SolrFields.NAMES_SUFFIX, value));
    return anyOf(parts);
  }

  private static String anyOf(List<String> parts) {
    return "(" + String.join(" OR ", parts) + ")";
  }

  /** {@code field:"value"} with the value quoted and escaped. */
  static String field(String field, String value) {
    return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}

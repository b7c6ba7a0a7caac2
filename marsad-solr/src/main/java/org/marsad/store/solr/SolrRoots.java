package org.marsad.store.solr;

import java.util.List;
import org.marsad.store.lucene.RootReadings;

/**
 * The root field ({@link SolrFields#BODY_ROOTS}) of the Solr schema, filled by the client.
 *
 * <p>Why in the client and not by a Solr analysis factory: the roots come from Marsad's own Java
 * code ({@code RootFilter} in marsad-store over {@code ArabicRootStemmer} in marsad-text), and a
 * factory would have to ship in the plugin jar every Solr node loads. Computed here, they reach
 * Solr as a whitespace-separated list that the {@code text_roots} field type only splits, so:
 * <ul>
 *   <li>the terms are by construction those of the embedded index ({@link RootReadings} runs its
 *       analyser), and a change in the root algorithm needs a reindex but no new jar on the
 *       nodes and no node restart;</li>
 *   <li>a collection of an older configset gains the field by a configset upload and a reload.</li>
 * </ul>
 * The cost: the ingesting process does the root work, as it does for the embedded index (about
 * 0.4 ms of CPU per SaudiNewsNet article in an ingest), and every update carries the roots next
 * to the body (half as many characters again as the body; bench/RESULTS.md, "SolrCloud").
 *
 * <p>A root term never holds white space, which the field type splits at: the tokenizer keeps
 * international phone numbers such as {@code 966 11 4567890} as one token, and their spaces
 * become {@code _} here, at index and query time alike.
 */
final class SolrRoots {
  private SolrRoots() {}

  /** The root readings of {@code text} as the field's value; null when the text has none. */
  static String field(String text) {
    List<String> roots = RootReadings.of(text);
    if (roots.isEmpty()) return null;
    StringBuilder b = new StringBuilder(roots.size() * 4);
    for (String r : roots) {
      if (b.length() > 0) b.append(' ');
      b.append(term(r));
    }
    return b.toString();
  }

  /** The root term of one query word, or null when it has none (a stop word, several tokens). */
  static String ofWord(String word) {
    String root = RootReadings.ofWord(word);
    return root == null ? null : term(root);
  }

  /** White space as the field type's tokenizer sees it ({@link Character#isWhitespace}) becomes {@code _}. */
  static String term(String root) {
    StringBuilder b = null;
    for (int i = 0; i < root.length(); i++) {
      if (Character.isWhitespace(root.charAt(i))) {
        if (b == null) b = new StringBuilder(root);
        b.setCharAt(i, '_');
      }
    }
    return b == null ? root : b.toString();
  }
}

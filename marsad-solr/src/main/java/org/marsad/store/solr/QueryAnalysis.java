package org.marsad.store.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.marsad.text.analysis.ArabicNameAnalyzer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Client-side check of whether query text keeps any token after the schema's analysis. Solr's
 * query parser turns a clause whose text analyses to nothing (a stop word, bare punctuation)
 * into an empty query that matches nothing, while the embedded index drops such a clause; so
 * the translator leaves those clauses out itself, using the same analysers as the configset.
 */
final class QueryAnalysis {
  private static final Analyzer STEMMED = new ArabicNewsAnalyzer();
  /** The {@code text_exact} field type of phrases. */
  private static final Analyzer EXACT = ArabicNewsAnalyzer.exact();
  /** The {@code text_names} field type of the {@code *_names} fields. */
  private static final Analyzer NAMES = new ArabicNameAnalyzer();

  private QueryAnalysis() {}

  /** True when the stemmed text fields (title, lead, headings, body) keep a token of {@code text}. */
  static boolean hasWords(String text) {
    return hasTokens(STEMMED, text);
  }

  /** True when the exact fields (phrases) keep a token of {@code text}. */
  static boolean hasExactWords(String text) {
    return hasTokens(EXACT, text);
  }

  /** True when the name fields ({@code person_names}…) keep a token of {@code text}. */
  static boolean hasNameWords(String text) {
    return hasTokens(NAMES, text);
  }

  private static boolean hasTokens(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      ts.reset();
      boolean any = ts.incrementToken();
      while (ts.incrementToken()) {
        // drain
      }
      ts.end();
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse query text", e); // a StringReader does not fail
    }
  }
}

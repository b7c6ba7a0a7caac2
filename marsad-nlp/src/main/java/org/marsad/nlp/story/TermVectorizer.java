package org.marsad.nlp.story;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * Turns article text into TF-IDF vectors with document frequencies learnt online from the
 * stream itself (a monitor has no fixed corpus). Words are match-normalised; very short words
 * and numbers are dropped, and frequent function words fall away through their low IDF.
 * Title words count double: a headline names the event more reliably than the body.
 */
public final class TermVectorizer {
  private static final int MIN_WORD_LENGTH = 3;
  private static final double TITLE_WEIGHT = 2.0;

  private final Map<String, Integer> documentFrequency = new ConcurrentHashMap<>();
  private final AtomicLong documents = new AtomicLong();

  /** Counts the document's distinct words into the document frequencies, then vectorises it. */
  public TermVector learnAndVectorize(String title, String text) {
    return learnAndVectorize(termFrequencies(title, text));
  }

  /** {@link #learnAndVectorize(String, String)} for term frequencies computed beforehand. */
  TermVector learnAndVectorize(Map<String, Double> tf) {
    documents.incrementAndGet();
    for (String term : tf.keySet()) documentFrequency.merge(term, 1, Integer::sum);
    return weigh(tf);
  }

  /** The number of documents learnt (for saving). */
  long documents() {
    return documents.get();
  }

  /** The document frequencies learnt (read-only; for saving). */
  Map<String, Integer> documentFrequencies() {
    return java.util.Collections.unmodifiableMap(documentFrequency);
  }

  /** Restores saved document frequencies, replacing what was learnt. */
  void restore(long docs, Map<String, Integer> df) {
    documentFrequency.clear();
    documentFrequency.putAll(df);
    documents.set(docs);
  }

  /** Vectorises without learning (for queries and evaluation). */
  public TermVector vectorize(String title, String text) {
    return weigh(termFrequencies(title, text));
  }

  private TermVector weigh(Map<String, Double> tf) {
    long n = Math.max(1, documents.get());
    Map<String, Double> w = new HashMap<>(tf.size() * 2);
    tf.forEach((term, f) -> {
      int df = documentFrequency.getOrDefault(term, 0);
      double idf = Math.log((n + 1.0) / (df + 1.0)) + 1.0;
      w.put(term, (1 + Math.log(f)) * idf);
    });
    return TermVector.normalised(w);
  }

  static Map<String, Double> termFrequencies(String title, String text) {
    Map<String, Double> tf = new HashMap<>();
    if (title != null) addWords(title, TITLE_WEIGHT, tf);
    if (text != null) addWords(text, 1.0, tf);
    return tf;
  }

  private static void addWords(String s, double weight, Map<String, Double> tf) {
    for (Token t : NewsTokenizer.tokenize(s)) {
      if (t.type() != TokenType.ARABIC_WORD && t.type() != TokenType.LATIN_WORD) continue;
      String term = ArabicNormalizer.match(t.text()).toLowerCase(java.util.Locale.ROOT);
      term = stripArticle(term);
      if (term.length() < MIN_WORD_LENGTH) continue;
      tf.merge(term, weight, Double::sum);
    }
  }

  /**
   * Drops the definite article and a conjunction before it (وال، بال، فال، كال، لل), so that
   * "الرئيس" and "والرئيس" meet. Deeper stemming is not needed for clustering: whole articles
   * share many surface forms.
   */
  static String stripArticle(String w) {
    for (String p : new String[] {"وال", "بال", "فال", "كال", "ال", "لل"}) {
      if (w.startsWith(p) && w.length() - p.length() >= MIN_WORD_LENGTH) return w.substring(p.length());
    }
    return w;
  }
}

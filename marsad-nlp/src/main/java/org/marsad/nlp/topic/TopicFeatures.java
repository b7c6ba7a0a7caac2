package org.marsad.nlp.topic;

import java.util.ArrayList;
import java.util.List;
import org.marsad.nlp.terms.ContentTerms;

/**
 * The features the topic classifier sees: the content terms (match-normalised, light-stemmed,
 * stop words removed, see {@link ContentTerms}) of title and text as unigrams, plus bigrams of
 * adjacent content terms (written {@code a_b}). Title terms are counted twice: a headline is
 * the densest statement of what an article is about.
 */
public final class TopicFeatures {
  private TopicFeatures() {}

  /** Feature strings for a title (may be null) and a text. */
  public static String[] of(String title, String text) {
    List<String> out = new ArrayList<>();
    if (title != null && !title.isBlank()) {
      List<String> t = ContentTerms.of(title);
      addGrams(t, out);
      out.addAll(t);
    }
    addGrams(ContentTerms.of(text), out);
    return out.toArray(String[]::new);
  }

  private static void addGrams(List<String> terms, List<String> out) {
    for (int i = 0; i < terms.size(); i++) {
      out.add(terms.get(i));
      if (i + 1 < terms.size()) out.add(terms.get(i) + "_" + terms.get(i + 1));
    }
  }
}

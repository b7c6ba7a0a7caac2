package org.marsad.nlp.story;

import java.util.HashSet;
import java.util.Set;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

/**
 * The generic words of the newspaper sections (football, markets, protocol, war), as story terms: what a chain of
 * one section's different happenings shares when nothing else is shared (session 23, lane storypurity23). Read
 * from {@code section-words.txt}, a hand-written list, and normalised as {@link TermVectorizer} normalises words.
 */
final class SectionWords {
  private static final Set<String> TERMS = load();

  private SectionWords() {}

  /** Whether a story term is a section word. */
  static boolean contains(String term) {
    return TERMS.contains(term);
  }

  private static Set<String> load() {
    Set<String> terms = new HashSet<>();
    for (String w : ResourceLines.read(SectionWords.class, "section-words.txt")) {
      terms.add(TermVectorizer.stripArticle(ArabicNormalizer.match(w).toLowerCase(java.util.Locale.ROOT)));
    }
    return Set.copyOf(terms);
  }
}

package org.marsad.nlp.entity;

import java.util.Locale;
import java.util.Set;
import org.marsad.nlp.util.ResourceLines;

/**
 * Common English words of news queries ({@code said}, {@code the}, {@code talks}: the hand-written
 * list {@code latin-common-words.txt}) that a Latin query word is never taken for a name as: by
 * phonetic key alone they meet Arabic names ({@code said} and السعودية, {@code al-S'odia}, are both
 * {@code sd}). An exonym ({@link LatinExonyms}) is read as such before this list is asked.
 */
public final class LatinCommonWords {
  private static final Set<String> WORDS = Set.copyOf(ResourceLines.read(LatinCommonWords.class, "latin-common-words.txt"));

  private LatinCommonWords() {}

  /** Whether a Latin word (any letter case) is a listed common English word. */
  public static boolean contains(String latinWord) {
    return latinWord != null && WORDS.contains(latinWord.toLowerCase(Locale.ROOT));
  }
}

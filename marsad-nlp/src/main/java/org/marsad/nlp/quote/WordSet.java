package org.marsad.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * A set of match-normalised words loaded from a resource file beside this class (one word a
 * line, {@code #} comments). Used for the speaker stop words, role nouns and term nouns.
 */
final class WordSet {
  static final WordSet SPEAKER_STOPS = load("speaker-stops.txt");
  static final WordSet ROLE_NOUNS = load("role-nouns.txt");
  static final WordSet TERM_NOUNS = load("term-nouns.txt");
  static final WordSet HONORIFICS = load("honorifics.txt");
  static final WordSet INSTITUTION_NOUNS = load("institution-nouns.txt");
  static final WordSet BAL_FAMILY_NAMES = load("bal-family-names.txt");
  static final WordSet BODY_NOUNS = load("body-nouns.txt");
  static final WordSet NOMINAL_HEADS = load("nominal-heads.txt");

  private final Set<String> words;

  private WordSet(Set<String> words) {
    this.words = words;
  }

  static WordSet load(String resource) {
    Set<String> set = new HashSet<>();
    try (InputStream in = WordSet.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) set.add(ArabicNormalizer.match(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load " + resource, e);
    }
    return new WordSet(Set.copyOf(set));
  }

  /** True when the (already normalised) word is in the set. */
  boolean contains(String normalized) {
    return words.contains(normalized);
  }

  /**
   * True when the word, without the article ال and without a leading و/ف, is in the set. The
   * word is tried before the conjunction is stripped: و and ف also begin words ("وزير", "فنان",
   * "فريق"), which stripped would be lost ("زير").
   */
  boolean containsStem(String normalized) {
    return words.contains(Words.stripArticle(normalized))
        || words.contains(Words.stripArticle(Words.stripConjunction(normalized)));
  }
}

package org.marsad.text.stem;

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
 * The stemmer's protected-word lexicon, {@code protected-words.txt} next to this class, loaded
 * once on first use. Two sections: {@code [words]} (nouns and verbs whose first letter is a root
 * و, or that suffix rules would damage) and {@code [names]} (places and people, also kept after a
 * conjunction). Entries are match-normalised on loading, so the file may be written with hamzas
 * and teh marbuta.
 */
final class ProtectedWords {
  static final String RESOURCE = "protected-words.txt";

  private final Set<String> words;
  private final Set<String> names;
  private final WordTable wordTable;
  private final WordTable nameTable;

  private ProtectedWords(Set<String> words, Set<String> names) {
    this.words = words;
    this.names = names;
    this.wordTable = new WordTable(words);
    this.nameTable = new WordTable(names);
  }

  private static final class Holder {
    static final ProtectedWords INSTANCE = load();
  }

  static ProtectedWords get() {
    return Holder.INSTANCE;
  }

  boolean isProtected(char[] s, int from, int to) {
    return wordTable.contains(s, from, to) || nameTable.contains(s, from, to);
  }

  boolean isWord(char[] s, int from, int to) {
    return wordTable.contains(s, from, to);
  }

  boolean isName(char[] s, int from, int to) {
    return nameTable.contains(s, from, to);
  }

  Set<String> all() {
    Set<String> all = new HashSet<>(words);
    all.addAll(names);
    return all;
  }

  private static ProtectedWords load() {
    Set<String> words = new HashSet<>();
    Set<String> names = new HashSet<>();
    try (InputStream in = ProtectedWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IOException("resource not found: " + RESOURCE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> target = words;
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        if (line.equals("[words]")) { target = words; continue; }
        if (line.equals("[names]")) { target = names; continue; }
        for (String w : line.split("\\s+")) target.add(ArabicNormalizer.match(w));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load the stemmer's protected words", e);
    }
    return new ProtectedWords(Set.copyOf(words), Set.copyOf(names));
  }
}

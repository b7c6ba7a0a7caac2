package org.marsad.nlp.entity;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Items by the words they hold (the persons holding the lone word {@code صالح} as an alias, or
 * mentions filed under it): who holds a word is read here instead of scanning every person the word
 * could name. Invariant (the caller's to keep): an item is filed under a word exactly while it holds
 * it.
 */
final class WordHolders<T> {
  private final Map<String, Set<T>> byWord = new HashMap<>();

  void add(String word, T item) {
    byWord.computeIfAbsent(word, w -> new HashSet<>(2)).add(item);
  }

  void remove(String word, T item) {
    Set<T> s = byWord.get(word);
    if (s != null && s.remove(item) && s.isEmpty()) byWord.remove(word);
  }

  /** The holders of a word, in no particular order (a view: copy it before changing the index). */
  Set<T> holders(String word) {
    Set<T> s = byWord.get(word);
    return s == null ? Set.of() : Collections.unmodifiableSet(s);
  }

  /** Every word's holders (for checking the index against its source). */
  Map<String, Set<T>> snapshot() {
    Map<String, Set<T>> out = new HashMap<>();
    byWord.forEach((w, s) -> out.put(w, new HashSet<>(s)));
    return out;
  }
}

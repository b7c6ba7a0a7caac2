package org.marsad.text.stem;

import java.util.Collection;

/**
 * An immutable set of words looked up directly on a slice of a term buffer, without creating a
 * String per lookup (the analyser asks it several times per token). Open addressing with linear
 * probing; each word keeps an ordinal so callers can attach values to it.
 */
final class WordTable {
  private final char[][] slots;
  private final int[] ordinals;
  private final int mask;

  WordTable(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
    slots = new char[size][];
    ordinals = new int[size];
    mask = size - 1;
    int ordinal = 0;
    for (String w : words) {
      char[] chars = w.toCharArray();
      int i = hash(chars, 0, chars.length) & mask;
      while (slots[i] != null && !same(slots[i], chars, 0, chars.length)) i = (i + 1) & mask;
      if (slots[i] == null) {
        slots[i] = chars;
        ordinals[i] = ordinal;
      }
      ordinal++;
    }
  }

  /** The ordinal (position in the constructor's collection) of {@code s[from..to)}, or -1. */
  int ordinal(char[] s, int from, int to) {
    int i = hash(s, from, to) & mask;
    while (slots[i] != null) {
      if (same(slots[i], s, from, to)) return ordinals[i];
      i = (i + 1) & mask;
    }
    return -1;
  }

  boolean contains(char[] s, int from, int to) {
    return ordinal(s, from, to) >= 0;
  }

  private static int hash(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + s[i];
    return h ^ (h >>> 16);
  }

  private static boolean same(char[] word, char[] s, int from, int to) {
    if (word.length != to - from) return false;
    for (int i = 0; i < word.length; i++) if (word[i] != s[from + i]) return false;
    return true;
  }
}

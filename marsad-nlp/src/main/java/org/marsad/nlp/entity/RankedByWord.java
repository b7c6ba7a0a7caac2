package org.marsad.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Items filed under a word (the persons whose name ends with, or starts with, {@code محمد}), each
 * word's items kept in order of a rank, highest first, then by id, with the sum of their ranks: the
 * best of a word, the best but one and the total are read without scanning its items, which grow
 * with the collection (a common given name is shared by a corpus's worth of people).
 *
 * <p>Invariant (the caller's to keep): an item's rank does not change while it is filed, since its
 * place and the word's sum were made with it. A caller {@link #remove}s an item before changing its
 * rank and {@link #add}s it again after; {@link #problems} finds a change made in place.
 */
final class RankedByWord<T> {
  private final ToLongFunction<T> rank;
  private final Comparator<T> order;
  private final Map<String, Bucket<T>> byWord = new HashMap<>();

  /** One word's items in {@link #order} and the sum of their ranks. */
  private static final class Bucket<T> {
    final TreeSet<T> items;
    long sum;

    Bucket(Comparator<T> order) {
      items = new TreeSet<>(order);
    }
  }

  RankedByWord(ToLongFunction<T> rank, Function<T, String> id) {
    this.rank = rank;
    this.order = Comparator.comparingLong(rank).reversed().thenComparing(id);
  }

  void add(String word, T item) {
    Bucket<T> b = byWord.computeIfAbsent(word, w -> new Bucket<>(order));
    if (b.items.add(item)) b.sum += rank.applyAsLong(item);
  }

  void remove(String word, T item) {
    Bucket<T> b = byWord.get(word);
    if (b == null || !b.items.remove(item)) return;
    b.sum -= rank.applyAsLong(item);
    if (b.items.isEmpty()) byWord.remove(word);
  }

  /** The item of the highest rank (of the lowest id among equals), or null. */
  T best(String word) {
    Bucket<T> b = byWord.get(word);
    return b == null ? null : b.items.first();
  }

  /** The item of the highest rank other than {@code item}, or null. */
  T bestOtherThan(String word, T item) {
    Bucket<T> b = byWord.get(word);
    if (b == null) return null;
    Iterator<T> it = b.items.iterator();
    T first = it.next();
    if (first != item) return first;
    return it.hasNext() ? it.next() : null;
  }

  /** The sum of the ranks of the word's items (0 for none). */
  long sum(String word) {
    Bucket<T> b = byWord.get(word);
    return b == null ? 0 : b.sum;
  }

  int size(String word) {
    Bucket<T> b = byWord.get(word);
    return b == null ? 0 : b.items.size();
  }

  boolean contains(String word, T item) {
    Bucket<T> b = byWord.get(word);
    return b != null && b.items.contains(item);
  }

  /** Every word's items, as sets by identity (for checking the index against its source). */
  Map<String, Set<T>> snapshot() {
    Map<String, Set<T>> out = new HashMap<>();
    byWord.forEach((w, b) -> out.put(w, new HashSet<>(b.items)));
    return out;
  }

  /** Where the invariant was broken: items out of order (a rank changed in place), a sum that is not the sum of the ranks, an empty word. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    byWord.forEach((w, b) -> {
      if (b.items.isEmpty()) out.add(w + ": filed with no items");
      long sum = 0;
      T before = null;
      for (T item : b.items) {
        if (before != null && order.compare(before, item) >= 0) out.add(w + ": " + item + " out of order");
        sum += rank.applyAsLong(item);
        before = item;
      }
      if (sum != b.sum) out.add(w + ": sum " + b.sum + ", ranks add up to " + sum);
    });
    return out;
  }
}

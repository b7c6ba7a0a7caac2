package org.marsad.nlp.entity;

import java.util.ArrayList;
import java.util.List;

/** Every arrival order of a few articles: the registry's result must not depend on it. */
final class Orders {
  private Orders() {}

  /** All orders of {@code items} (by position, so repeated items give repeated orders). */
  static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) return List.of(List.of());
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> p : permutations(rest)) {
        List<T> order = new ArrayList<>();
        order.add(first);
        order.addAll(p);
        out.add(order);
      }
    }
    return out;
  }
}

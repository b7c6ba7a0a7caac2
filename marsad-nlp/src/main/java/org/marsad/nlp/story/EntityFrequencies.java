package org.marsad.nlp.story;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many of the articles learnt name each canonical entity, learnt online like the term document
 * frequencies: which entities are the stream's background (the kingdom, the king, Mecca in a Saudi
 * stream) rather than evidence that two articles tell one story. Such an entity, shared by hundreds
 * of unrelated articles, lets a chain of events of one genre (royal audiences, Mecca-region news)
 * agree with itself; the agreement check leaves them out (see {@link StoryClusterer#agreement}).
 */
final class EntityFrequencies {
  /** An entity named by more than this share of the articles learnt is common... */
  static final double COMMON_SHARE = 0.03;
  /** ...and by more than this many: a young stream has no background yet. */
  static final int COMMON_MIN_ARTICLES = 30;

  private final Map<String, Integer> articles = new HashMap<>();

  /** Counts one new article's entities. */
  void learn(Set<String> entityIds) {
    for (String e : entityIds) articles.merge(e, 1, Integer::sum);
  }

  /** The entities of {@code entityIds} that are not common among {@code learnt} articles. */
  Set<String> specific(Set<String> entityIds, long learnt) {
    double limit = Math.max(COMMON_MIN_ARTICLES, COMMON_SHARE * learnt);
    Set<String> out = new LinkedHashSet<>();
    for (String e : entityIds) if (articles.getOrDefault(e, 0) <= limit) out.add(e);
    return out;
  }

  /** The counts (read-only; for saving). */
  Map<String, Integer> counts() {
    return Collections.unmodifiableMap(articles);
  }

  /** Restores saved counts, replacing what was learnt. */
  void restore(Map<String, Integer> saved) {
    articles.clear();
    articles.putAll(saved);
  }
}

package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/**
 * The story step's two lookups that replaced general collections: the key-term selection must
 * give exactly the first terms of the full ordering (weight descending, then term), and the
 * centroid copy must answer every lookup as the event's map does.
 */
class KeyTermsAndLookupTest {
  @Test
  void key_terms_are_the_head_of_the_full_ordering_on_the_seed_and_its_paragraphs() {
    TermVectorizer vectorizer = new TermVectorizer();
    String seed = SharedData.seedText();
    String[] paragraphs = seed.split("\n+");
    for (String p : paragraphs) vectorizer.learnAndVectorize(null, p); // document frequencies from real text
    int checked = 0;
    for (String p : paragraphs) {
      TermVector v = vectorizer.vectorize(p.length() > 40 ? p.substring(0, 40) : null, p);
      assertThat(StoryClusterer.keyTerms(v)).isEqualTo(fullOrderingHead(v));
      checked++;
    }
    TermVector whole = vectorizer.vectorize(null, seed);
    assertThat(whole.weights().size()).isGreaterThan(100);
    assertThat(StoryClusterer.keyTerms(whole)).hasSize(25).isEqualTo(fullOrderingHead(whole));
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void ties_in_weight_are_ordered_by_term() {
    Map<String, Double> raw = new HashMap<>();
    for (int i = 0; i < 40; i++) raw.put("كلمة" + (char) ('ا' + i % 28) + i, i % 3 == 0 ? 2.0 : 1.0); // many equal weights
    TermVector v = TermVector.normalised(raw);
    assertThat(StoryClusterer.keyTerms(v)).isEqualTo(fullOrderingHead(v));
  }

  @Test
  void centroid_lookup_answers_as_the_map_through_growth_updates_and_reset() {
    Random random = new Random(7);
    Map<String, Double> map = new HashMap<>();
    CentroidLookup lookup = new CentroidLookup();
    String[] words = SharedData.seedText().split("\\s+");
    for (int i = 0; i < 5000; i++) {
      String w = new String(words[random.nextInt(words.length)]); // equal strings, other instances
      double value = map.getOrDefault(w, 0.0) + random.nextDouble();
      map.put(w, value);
      lookup.put(w, value);
    }
    assertThat(map.size()).isGreaterThan(300);
    for (String w : words) {
      Double expected = map.get(w);
      double actual = lookup.get(new String(w));
      if (expected == null) assertThat(actual).isNaN();
      else assertThat(actual).isEqualTo(expected);
    }
    assertThat(lookup.get("غيرموجودة")).isNaN();
    Map<String, Double> half = new HashMap<>();
    map.entrySet().stream().limit(map.size() / 2).forEach(e -> half.put(e.getKey(), e.getValue()));
    lookup.setAll(half);
    for (String w : map.keySet()) {
      if (half.containsKey(w)) assertThat(lookup.get(w)).isEqualTo(half.get(w));
      else assertThat(lookup.get(w)).isNaN();
    }
    lookup.clear();
    assertThat(lookup.get(words[0])).isNaN();
  }

  /** The definition the selection must match: sort everything, keep the first 25. */
  private static List<String> fullOrderingHead(TermVector v) {
    return v.weights().entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(25)
        .map(Map.Entry::getKey)
        .toList();
  }
}

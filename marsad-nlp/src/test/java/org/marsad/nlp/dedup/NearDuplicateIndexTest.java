package org.marsad.nlp.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;

class NearDuplicateIndexTest {
  private static List<String> seedLines() {
    return Arrays.asList(SharedData.seedText().strip().split("\\R"));
  }

  private static String seed() {
    return String.join("\n", seedLines());
  }

  /** Hamza carriers dropped, alef maqsura/yeh swapped, tatweel added, commas changed. */
  private static String withSpellingEdits(String s) {
    return s.replace("أ", "ا").replace("إ", "ا").replace("الخارجية", "الخارجيــة").replace("سورية", "سوريه")
        .replace("،", ",").replace("على", "علي");
  }

  @Test
  void the_seed_with_hamza_and_tatweel_edits_is_a_duplicate_of_the_seed() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("seed", seed());
    DuplicateCheck c = index.check("copy", withSpellingEdits(seed()));
    assertThat(c.kind()).isEqualTo(DuplicateCheck.Kind.EXACT); // the edits vanish under match normalisation
    assertThat(c.of()).isEqualTo("seed");
  }

  @Test
  void the_seed_with_a_new_headline_and_a_dropped_paragraph_is_a_near_duplicate() {
    List<String> lines = new ArrayList<>(seedLines());
    lines.set(0, "عاجل: لافروف وكيري يبحثان وقف الأعمال القتالية");
    lines.remove(12);
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("seed", seed());
    DuplicateCheck c = index.check("copy", withSpellingEdits(String.join("\n", lines)));
    assertThat(c.kind()).isEqualTo(DuplicateCheck.Kind.NEAR);
    assertThat(c.of()).isEqualTo("seed");
    assertThat(c.similarity()).isBetween(NearDuplicateIndex.DEFAULT_THRESHOLD, 1.0);
  }

  @Test
  void two_different_seed_like_stories_are_not_duplicates() {
    List<String> lines = seedLines();
    String lavrovKerry = String.join("\n", lines.subList(0, 7));   // dateline, lead and the call
    String peskov = "موسكو-سانا\n" + String.join("\n", lines.subList(15, 20)); // the Peskov sub-story
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("a", lavrovKerry);
    DuplicateCheck c = index.check("b", peskov);
    assertThat(c.kind()).isEqualTo(DuplicateCheck.Kind.NEW);
    assertThat(c.of()).isNull();
  }

  @Test
  void an_article_is_not_a_duplicate_of_itself_and_is_added_once() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    assertThat(index.checkAndAdd("seed", seed()).kind()).isEqualTo(DuplicateCheck.Kind.NEW);
    assertThat(index.check("seed", seed()).kind()).isEqualTo(DuplicateCheck.Kind.NEW);
    index.add("seed", seed());
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.checkAndAdd("again", seed()).of()).isEqualTo("seed");
  }

  @Test
  void texts_without_words_are_new_and_not_indexed() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("punct", "… — ؟");
    assertThat(index.size()).isZero();
    assertThat(index.check("other", "… — ؟").kind()).isEqualTo(DuplicateCheck.Kind.NEW);
  }

  @Test
  void a_saved_index_reloads_with_the_same_answers(@TempDir Path dir) throws Exception {
    NearDuplicateIndex index = new NearDuplicateIndex(0.6);
    index.add("seed", seed());
    index.save(dir);
    NearDuplicateIndex loaded = NearDuplicateIndex.load(dir);
    assertThat(loaded.size()).isEqualTo(1);
    assertThat(loaded.threshold()).isEqualTo(0.6);
    assertThat(loaded.check("copy", withSpellingEdits(seed())).of()).isEqualTo("seed");
    assertThat(NearDuplicateIndex.load(dir.resolve("empty")).size()).isZero();
  }

  @Test
  void concurrent_check_and_add_lets_exactly_one_copy_be_new() throws Exception {
    NearDuplicateIndex index = new NearDuplicateIndex();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<DuplicateCheck>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String id = "copy-" + i;
        results.add(pool.submit(() -> index.checkAndAdd(id, seed())));
      }
      int fresh = 0;
      for (Future<DuplicateCheck> f : results) if (f.get().kind() == DuplicateCheck.Kind.NEW) fresh++;
      assertThat(fresh).isEqualTo(1);
      assertThat(index.size()).isEqualTo(8);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void jaccard_of_sorted_sets() {
    assertThat(Fingerprint.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4})).isEqualTo(0.5);
    assertThat(Fingerprint.jaccard(new int[] {}, new int[] {})).isEqualTo(1.0);
  }

  @Test
  void a_threshold_outside_zero_to_one_is_rejected() {
    assertThatThrownBy(() -> new NearDuplicateIndex(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

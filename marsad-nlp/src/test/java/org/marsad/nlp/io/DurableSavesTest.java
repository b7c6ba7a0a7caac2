package org.marsad.nlp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.dedup.NearDuplicateIndex;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.nlp.story.StoryClusterer;

/**
 * Each file Marsad replaces by a rename is forced before the rename and its directory after it,
 * so that a power loss leaves the old file or the new one (a test cannot pull the plug: it watches
 * the forces and the move, in order, through {@link DurableFiles#witness}).
 */
class DurableSavesTest {
  @TempDir Path dir;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopWatching() {
    DurableFiles.witness(null);
  }

  /** The events of one replacement of {@code name}: its temporary file forced, moved onto it, the directory forced. */
  private void assertReplacedDurably(String name) {
    Path target = dir.resolve(name);
    int move = -1;
    for (int i = 0; i < seen.size(); i++) if (seen.get(i).startsWith("move ") && seen.get(i).endsWith(" " + target)) move = i;
    assertThat(move).as("%s moved into place; seen %s", name, seen).isGreaterThan(0);
    String tmp = seen.get(move).substring("move ".length(), seen.get(move).length() - target.toString().length() - 1);
    assertThat(seen.subList(0, move)).as("the new file's bytes on disk before the rename").contains("force " + tmp);
    assertThat(seen.subList(move, seen.size())).as("the rename on disk").contains("force-dir " + dir);
  }

  @Test
  void the_entity_registry_is_forced_before_and_after_its_rename() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    r.learnOnce("7b2a3c4d5e6f708192a3b4c5d6e7f809", () -> r.register("PERS", "سيرغي لافروف", Set.of(), 2), () -> null);
    DurableFiles.witness(seen::add);
    r.save();
    assertReplacedDurably(EntityRegistry.FILE_NAME);
  }

  @Test
  void the_story_state_and_the_duplicate_index_are_forced_before_and_after_their_renames() throws Exception {
    StoryClusterer stories = new StoryClusterer();
    NearDuplicateIndex duplicates = new NearDuplicateIndex();
    duplicates.checkAndAdd("a1", "قال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم وقف الأعمال القتالية في سوريا");
    DurableFiles.witness(seen::add);
    stories.save(dir);
    duplicates.save(dir);
    assertReplacedDurably("stories.bin");
    assertReplacedDurably("near-duplicates.bin");
  }
}

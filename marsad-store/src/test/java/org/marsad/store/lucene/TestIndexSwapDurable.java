package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.io.DurableFiles;
import org.marsad.store.ArticleStore;
import org.marsad.store.TestArticles;

/**
 * The renames of an index swap reach the disk (the data directory forced) before the old index is
 * deleted, and the rename of a recovery before anything else: a power loss then keeps one whole index
 * ({@code DurableSavesTest}'s pattern; a test cannot pull the plug).
 */
class TestIndexSwapDurable {
  @TempDir Path data;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopWatching() {
    DurableFiles.witness(null);
  }

  private void indexOne(Path dataDir, String title) throws IOException {
    try (ArticleStore store = ArticleStore.openEmbedded(dataDir)) {
      store.add(TestArticles.article(title, "sana", "2016-04-12", "بحث وزير الخارجية " + title + " وقف الأعمال القتالية"));
      store.commit();
    }
  }

  @Test
  void the_data_directory_is_forced_after_the_renames_and_before_the_old_index_is_deleted() throws IOException {
    indexOne(data, "لافروف");
    Path work = data.resolve("rebuild");
    indexOne(work, "كيري");
    indexOne(work, "المقداد");
    DurableFiles.witness(event -> {
      if (event.equals("force-dir " + data)) {
        assertThat(data.resolve(IndexSwap.INDEX)).as("the rebuilt index in place").isDirectory();
        assertThat(work.resolve(IndexSwap.INDEX)).as("moved").doesNotExist();
        assertThat(data.resolve(IndexSwap.OLD)).as("the old index not yet deleted when the renames are forced").isDirectory();
      }
      seen.add(event);
    });
    IndexSwap.swapIn(data, work.resolve(IndexSwap.INDEX));
    assertThat(seen).containsExactly("force-dir " + data);
    assertThat(data.resolve(IndexSwap.OLD)).doesNotExist();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(2);
    }
  }

  @Test
  void a_recovery_forces_the_data_directory_after_putting_the_old_index_back() throws IOException {
    indexOne(data, "لافروف");
    Files.move(data.resolve(IndexSwap.INDEX), data.resolve(IndexSwap.OLD)); // killed right after the first rename
    DurableFiles.witness(event -> {
      if (event.equals("force-dir " + data)) assertThat(data.resolve(IndexSwap.INDEX)).isDirectory();
      seen.add(event);
    });
    IndexSwap.recover(data);
    assertThat(seen).containsExactly("force-dir " + data);
  }
}

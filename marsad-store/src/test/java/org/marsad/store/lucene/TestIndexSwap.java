package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;
import org.marsad.store.TestArticles;

/** The index swap of {@code marsad reindex} and its recovery after a crash between the two renames. */
class TestIndexSwap {
  @TempDir Path data;

  private void indexOne(Path dataDir, String title) throws IOException {
    try (ArticleStore store = ArticleStore.openEmbedded(dataDir)) {
      store.add(TestArticles.article(title, "sana", "2016-04-12", "بحث وزير الخارجية " + title + " وقف الأعمال القتالية"));
      store.commit();
    }
  }

  @Test
  void a_crash_between_the_two_renames_is_undone_by_the_next_open() throws IOException {
    indexOne(data, "لافروف");
    Files.move(data.resolve(IndexSwap.INDEX), data.resolve(IndexSwap.OLD)); // killed right after the first rename

    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(1);
    }
    assertThat(data.resolve(IndexSwap.INDEX)).isDirectory();
    assertThat(data.resolve(IndexSwap.OLD)).doesNotExist();
  }

  @Test
  void swapping_in_a_rebuilt_index_replaces_the_old_one_and_leaves_nothing_behind() throws IOException {
    indexOne(data, "لافروف");
    Path work = data.resolve("rebuild");
    indexOne(work, "كيري");
    indexOne(work, "المقداد");

    IndexSwap.swapIn(data, work.resolve(IndexSwap.INDEX));
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(2);
    }
    assertThat(data.resolve(IndexSwap.OLD)).doesNotExist();
    assertThat(work.resolve(IndexSwap.INDEX)).doesNotExist();
  }

  @Test
  void locking_for_a_rebuild_that_does_not_finish_leaves_no_index_folder_where_there_was_none() throws IOException {
    try (var lock = IndexSwap.lockForRebuild(data)) {
      assertThat(data.resolve(IndexSwap.INDEX).resolve("write.lock")).as("held while the rebuild runs").exists();
    }
    assertThat(data.resolve(IndexSwap.INDEX)).doesNotExist();
  }

  @Test
  void locking_an_existing_index_keeps_it() throws IOException {
    indexOne(data, "لافروف");
    try (var lock = IndexSwap.lockForRebuild(data)) {
      assertThat(data.resolve(IndexSwap.INDEX).resolve("write.lock")).exists();
    }
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(1);
    }
  }
}

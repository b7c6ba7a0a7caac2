package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry counts an article once by its content id, and keeps the ids it counted in its file
 * (docs/ingest.md, "Exactly once, also after a crash"): a re-run after a crash asks the registry, not
 * the index, whether an article was counted.
 */
class EntityRegistryCountsOnceTest {
  private static final String ARTICLE = "7b2a3c4d5e6f708192a3b4c5d6e7f809";
  private static final String OTHER = "00000000000000000000000000000001";

  @TempDir Path dir;

  private static long lavrov(EntityRegistry r, String article) {
    return r.learnOnce(article, () -> r.register("PERS", "سيرغي لافروف", Set.of(), 2), () -> r.resolve("PERS", "سيرغي لافروف").orElseThrow()).count();
  }

  @Test
  void an_article_counted_before_a_save_is_not_counted_again_after_reopening() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(lavrov(r, ARTICLE)).isEqualTo(2);
    assertThat(lavrov(r, ARTICLE)).as("the same article again").isEqualTo(2);
    assertThat(lavrov(r, "hand-made id")).as("an id that is not hex is kept too").isEqualTo(4);
    r.save();

    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.counted(ARTICLE)).isTrue();
    assertThat(reopened.counted("hand-made id")).isTrue();
    assertThat(reopened.counted(OTHER)).isFalse();
    assertThat(reopened.countsStoredArticles()).isFalse();
    assertThat(lavrov(reopened, ARTICLE)).isEqualTo(4);
    assertThat(lavrov(reopened, OTHER)).isEqualTo(6);
    for (int i = 0; i < 5000; i++) reopened.learnOnce(String.format("%032x", i + 2), () -> null, () -> null); // the table grows
    reopened.save();
    EntityRegistry third = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(third.counted(String.format("%032x", 4000))).isTrue();
    assertThat(third.counted(OTHER)).isTrue();
    assertThat(third.counted(String.format("%032x", 6000))).isFalse();
  }

  @Test
  void the_same_articles_give_the_same_file_in_any_order() throws Exception {
    EntityRegistry a = EntityRegistry.open(dir.resolve("a"), Transliterator.rulesOnly());
    EntityRegistry b = EntityRegistry.open(dir.resolve("b"), Transliterator.rulesOnly());
    for (int i = 0; i < 300; i++) a.learnOnce(String.format("%032x", i * 7919L), () -> null, () -> null);
    for (int i = 299; i >= 0; i--) b.learnOnce(String.format("%032x", i * 7919L), () -> null, () -> null);
    a.save();
    b.save();
    assertThat(Files.readString(dir.resolve("a").resolve(EntityRegistry.FILE_NAME)))
        .isEqualTo(Files.readString(dir.resolve("b").resolve(EntityRegistry.FILE_NAME)));
  }

  @Test
  void a_file_written_before_the_ids_were_kept_counts_the_stored_articles() throws Exception {
    Files.writeString(dir.resolve(EntityRegistry.FILE_NAME),
        "{\"id\":\"pers-1\",\"type\":\"PERS\",\"canonical\":\"عادل الجبير\",\"latin\":\"Adil Aljbyr\",\"count\":3,\"aliases\":[\"عادل الجبير\"]}\n");
    EntityRegistry old = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(old.countsStoredArticles()).isTrue();
    old.learnOnce(ARTICLE, () -> null, () -> null);
    old.save();
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.countsStoredArticles()).as("kept in the file from then on").isTrue();
    assertThat(reopened.counted(ARTICLE)).isTrue();
    assertThat(EntityRegistry.open(dir.resolve("fresh"), Transliterator.rulesOnly()).countsStoredArticles()).isFalse();
  }
}

package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.HexFormat;
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

  private static String id(long i) {
    return String.format("%016x%016x", i * 0x9E3779B97F4A7C15L, i);
  }

  @Test
  void more_than_a_million_counted_articles_are_read_back() throws Exception {
    // one Base64 line of the ids could not be read back past about 940,000 (Jackson's 20,000,000 characters)
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    int n = 1_000_000;
    for (int i = 1; i <= n; i++) r.learnOnce(id(i), () -> null, () -> null);
    r.save();
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(Files.size(dir.resolve("entities.counted"))).as("16 bytes an id").isEqualTo(16L * (n + 1));
    for (int i = 1; i <= n; i += 997) assertThat(reopened.counted(id(i))).isTrue();
    assertThat(reopened.counted(id(n))).isTrue();
    assertThat(reopened.counted(id(n + 1))).isFalse();
    assertThat(reopened.counted(ARTICLE)).isTrue();
    assertThat(lavrov(reopened, ARTICLE)).isEqualTo(2);
  }

  @Test
  void a_save_appends_only_the_new_ids_and_ids_past_the_recorded_ones_are_not_counted() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    r.save();
    Path ids = dir.resolve("entities.counted");
    byte[] first = Files.readAllBytes(ids);
    assertThat(first).hasSize(16);
    // a kill between the append of a save and the move of its registry file leaves ids the file does not count
    Files.write(ids, HexFormat.of().parseHex(OTHER), StandardOpenOption.APPEND);
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.counted(OTHER)).as("appended, never recorded").isFalse();
    assertThat(lavrov(reopened, OTHER)).as("so the re-run counts it, once").isEqualTo(4);
    reopened.learnOnce(id(7), () -> null, () -> null);
    reopened.save();
    byte[] after = Files.readAllBytes(ids);
    assertThat(after).hasSize(48);
    assertThat(java.util.Arrays.copyOf(after, 16)).as("the ids saved before are not rewritten").isEqualTo(first);
    EntityRegistry third = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(third.counted(OTHER)).isTrue();
    assertThat(third.counted(id(7))).isTrue();
    assertThat(lavrov(third, OTHER)).isEqualTo(4);
  }

  @Test
  void a_registry_file_copied_without_its_ids_is_refused_with_a_clear_error() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    r.save();
    Files.delete(dir.resolve("entities.counted"));
    assertThatThrownBy(() -> EntityRegistry.open(dir, Transliterator.rulesOnly()))
        .hasMessageContaining("entities.counted").hasMessageContaining("both files");
  }

  @Test
  void a_file_of_the_single_base64_line_is_read_and_saved_in_the_appended_file() throws Exception {
    byte[] bytes = HexFormat.of().parseHex(ARTICLE + OTHER);
    Files.writeString(dir.resolve(EntityRegistry.FILE_NAME),
        "{\"id\":\"pers-1\",\"type\":\"PERS\",\"canonical\":\"عادل الجبير\",\"latin\":\"Adil Aljbyr\",\"count\":3,\"aliases\":[\"عادل الجبير\"],\"evidence\":{}}\n"
            + "{\"countedArticles\":\"" + Base64.getEncoder().encodeToString(bytes) + "\",\"countedOtherIds\":[\"hand-made id\"]}\n");
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(r.countsStoredArticles()).isFalse();
    assertThat(r.counted(ARTICLE)).isTrue();
    assertThat(r.counted(OTHER)).isTrue();
    assertThat(r.counted("hand-made id")).isTrue();
    r.save();
    assertThat(Files.readString(dir.resolve(EntityRegistry.FILE_NAME))).doesNotContain("\"countedArticles\"");
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.counted(ARTICLE)).isTrue();
    assertThat(reopened.counted(OTHER)).isTrue();
    assertThat(reopened.counted("hand-made id")).isTrue();
    assertThat(reopened.countsStoredArticles()).isFalse();
  }

  @Test
  void an_ids_file_of_another_registry_long_enough_is_refused_with_a_clear_error() throws Exception {
    EntityRegistry mine = EntityRegistry.open(dir.resolve("mine"), Transliterator.rulesOnly());
    lavrov(mine, ARTICLE);
    mine.save();
    EntityRegistry other = EntityRegistry.open(dir.resolve("other"), Transliterator.rulesOnly());
    for (int i = 1; i <= 3; i++) other.learnOnce(id(i), () -> null, () -> null);
    other.save();
    Files.copy(dir.resolve("other/entities.counted"), dir.resolve("mine/entities.counted"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> EntityRegistry.open(dir.resolve("mine"), Transliterator.rulesOnly()))
        .hasMessageContaining("entities.counted").hasMessageContaining("does not hold the ids the registry file counts")
        .hasMessageContaining("checksum");
  }

  @Test
  void a_save_with_no_new_ids_keeps_the_checksum() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    r.save();
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    reopened.save(); // nothing learnt since the open (an idle run, a commit without new articles)
    reopened.save();
    assertThat(EntityRegistry.open(dir, Transliterator.rulesOnly()).counted(ARTICLE)).isTrue();
  }

  @Test
  void a_save_that_failed_on_a_full_disk_does_not_spoil_the_checksum_of_the_next_one() throws Exception {
    // review21/ingest21 F1: the failed save's ids were added to the checksum, then added again by the next save
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    for (int i = 1; i <= 10; i++) r.learnOnce(id(i), () -> null, () -> null);
    r.save();
    for (int i = 11; i <= 20_000; i++) r.learnOnce(id(i), () -> null, () -> null);
    CountedIdsFile.failNextAppend(new java.io.IOException("No space left on device"));
    assertThatThrownBy(r::save).hasMessageContaining("No space left on device");
    r.save(); // the space freed: the process goes on saving
    EntityRegistry reopened = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(reopened.counted(id(15_000))).isTrue();
    assertThat(reopened.counted(ARTICLE)).isTrue();
    assertThat(reopened.counted(id(20_001))).isFalse();
  }

  @Test
  void a_long_life_of_saves_keeps_recording_the_right_checksum() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    for (int save = 0; save < 30; save++) {
      for (int i = 0; i < 7; i++) r.learnOnce(id(save * 7L + i + 1), () -> null, () -> null);
      r.save();
      r.save(); // nothing new: the checksum of the same prefix
    }
    assertThat(EntityRegistry.open(dir, Transliterator.rulesOnly()).counted(id(30 * 7))).isTrue();
  }

  @Test
  void a_damaged_byte_among_the_counted_ids_is_refused() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    for (int i = 1; i <= 100; i++) r.learnOnce(id(i), () -> null, () -> null);
    r.save();
    Path ids = dir.resolve("entities.counted");
    byte[] bytes = Files.readAllBytes(ids);
    bytes[16 * 50 + 3] ^= 0x20;
    Files.write(ids, bytes);
    assertThatThrownBy(() -> EntityRegistry.open(dir, Transliterator.rulesOnly()))
        .hasMessageContaining("does not hold the ids the registry file counts");
  }

  @Test
  void a_registry_of_session_20_without_a_checksum_is_read_and_its_next_save_records_one() throws Exception {
    EntityRegistry r = EntityRegistry.open(dir, Transliterator.rulesOnly());
    lavrov(r, ARTICLE);
    r.save();
    Path file = dir.resolve(EntityRegistry.FILE_NAME);
    // session 20 wrote the last line without the checksum
    Files.writeString(file, Files.readString(file).replaceAll(",\"countedArticlesChecksum\":-?[0-9]+", ""));
    assertThat(Files.readString(file)).contains("{\"countedArticlesInFile\":1}");
    EntityRegistry old = EntityRegistry.open(dir, Transliterator.rulesOnly());
    assertThat(old.counted(ARTICLE)).isTrue();
    old.learnOnce(OTHER, () -> null, () -> null);
    old.save();
    assertThat(Files.readString(file)).contains("\"countedArticlesChecksum\"");
    assertThat(EntityRegistry.open(dir, Transliterator.rulesOnly()).counted(OTHER)).isTrue();
    Files.write(dir.resolve("entities.counted"), HexFormat.of().parseHex(id(5) + id(6))); // same length, other ids
    assertThatThrownBy(() -> EntityRegistry.open(dir, Transliterator.rulesOnly()))
        .hasMessageContaining("does not hold the ids the registry file counts");
  }
}

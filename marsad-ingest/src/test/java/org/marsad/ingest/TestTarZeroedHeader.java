package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.ingest.TarOfArticles.BLOCK;
import static org.marsad.ingest.TarOfArticles.header;
import static org.marsad.ingest.TarOfArticles.name;
import static org.marsad.ingest.TarOfArticles.tenArticles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * Zeros where a tar header is due in the middle of a tar of real SaudiNewsNet articles (session 25's limits left): a
 * header zeroed whole, and the end-of-archive blocks of a tar stored whole in an entry whose header is damaged. Zeros
 * are the end of a tar, so everything after them was lost; valid headers after them tell that the tar goes on.
 */
class TestTarZeroedHeader {
  @TempDir
  Path dir;

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(Files.write(dir.resolve(name), bytes)), sink);
    return sink;
  }

  private List<String> origins(CollectingSink sink) {
    return sink.documents.stream().map(RawDocument::origin).map(o -> o.substring(o.indexOf('!') + 1)).toList();
  }

  private static List<String> namesBut(int... skipped) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int entry = i;
      if (Arrays.stream(skipped).noneMatch(s -> s == entry)) names.add(name(i));
    }
    return names;
  }

  @Test
  void a_header_zeroed_whole_loses_its_entry_only_and_is_reported() throws IOException {
    byte[] tar = TestTarArchives.tar(tenArticles());
    int h = header(tar, name(4));
    Arrays.fill(tar, h, h + BLOCK, (byte) 0);
    for (String archive : List.of("zeroed.tar", "zeroed.tar.gz")) {
      CollectingSink sink = read(archive, archive.endsWith(".gz") ? Fixtures.gzip(tar) : tar);
      assertThat(origins(sink)).as(archive).containsExactlyElementsOf(namesBut(4));
      assertThat(sink.failures).as(archive).singleElement().satisfies(f -> {
        assertThat(f.reason()).contains("zeros where a tar header is due").contains("at byte " + h + ";");
        assertThat(f.bytes()).hasSize(BLOCK);
      });
    }
  }

  @Test
  void a_good_tar_is_read_to_its_end_with_no_failure() throws IOException {
    byte[] tar = TestTarArchives.tar(tenArticles());
    CollectingSink sink = read("good.tar", tar);
    assertThat(origins(sink)).containsExactlyElementsOf(namesBut());
    assertThat(sink.failures).isEmpty();
  }

  /** A tar written whole, then junk that holds no tar header after its end: the end, as before. */
  @Test
  void bytes_after_the_end_that_hold_no_header_are_no_failure() throws IOException {
    byte[] tar = TestTarArchives.tar(tenArticles());
    CollectingSink sink = read("trailing.tar", Fixtures.concat(tar, RealArticles.page(11)));
    assertThat(origins(sink)).containsExactlyElementsOf(namesBut());
    assertThat(sink.failures).isEmpty();
  }

  /**
   * Entry 4 is a tar of three more articles, stored whole; its header damaged. The scan after the damaged header finds
   * the stored tar's headers and reads its entries as the outer tar's; its end-of-archive zeros ended the outer tar.
   */
  @Test
  void a_tar_stored_in_a_damaged_entry_does_not_end_the_outer_tar() throws IOException {
    List<Object[]> inner = new ArrayList<>();
    for (int i = 11; i <= 13; i++) inner.add(new Object[] {String.format("inner/%02d.html", i), RealArticles.page(i)});
    List<Object[]> entries = tenArticles();
    entries.set(3, new Object[] {"articles/04.tar", TestTarArchives.tar(inner)});
    byte[] tar = TestTarArchives.tar(entries);
    int h = header(tar, "articles/04.tar");
    tar[h + 9] = 'X'; // a name byte: the checksum no longer matches
    CollectingSink sink = read("stored.tar", tar);
    List<String> expected = new ArrayList<>(namesBut(4));
    expected.addAll(3, List.of("inner/11.html", "inner/12.html", "inner/13.html"));
    assertThat(origins(sink)).containsExactlyElementsOf(expected);
    // the stored tar's end marker is whole (two blocks of zeros): not a damage of the outer tar (review26 F3)
    assertThat(sink.failures).extracting(CollectingSink.Failure::reason).singleElement()
        .satisfies(r -> assertThat(r).contains("checksum does not match at byte " + h));
  }

  /**
   * Two tars concatenated ({@code cat a.tar b.tar}, a good input GNU tar reads with {@code -i}): both read whole, no
   * failure; the first tar's end marker is whole, so the header after it is a second tar's (review26/ingest26 F3: the
   * lane's first rule reported "zeros where a tar header is due" there).
   */
  @Test
  void two_tars_concatenated_are_read_whole_with_no_failure() throws IOException {
    List<Object[]> entries = tenArticles();
    byte[] tar = Fixtures.concat(TestTarArchives.tar(entries.subList(0, 5)), TestTarArchives.tar(entries.subList(5, 10)));
    for (String archive : List.of("cat.tar", "cat.tar.gz")) {
      CollectingSink sink = read(archive, archive.endsWith(".gz") ? Fixtures.gzip(tar) : tar);
      assertThat(origins(sink)).as(archive).containsExactlyElementsOf(namesBut());
      assertThat(sink.failures).as(archive).isEmpty();
    }
  }
}

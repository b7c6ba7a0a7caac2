package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.ingest.TarOfArticles.BLOCK;
import static org.marsad.ingest.TarOfArticles.header;
import static org.marsad.ingest.TarOfArticles.name;
import static org.marsad.ingest.TarOfArticles.tenArticles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * A damaged header in the middle of a tar of real SaudiNewsNet articles: the damaged entry is reported with the
 * header's offset, and the entries after it are read from the next valid header (the damaged header's size is not
 * trusted), in a tar file, a {@code .tar.gz} and a tar inside a zip.
 */
class TestTarResync {
  @TempDir
  Path dir;

  /** The header's checksum written again, as a tool that rewrote a field would: only the field itself is wrong. */
  private static void fixChecksum(byte[] tar, int header) {
    byte[] block = Arrays.copyOfRange(tar, header, header + BLOCK);
    Arrays.fill(block, 148, 156, (byte) ' ');
    TarUtils.formatCheckSumOctalBytes(TarUtils.computeCheckSum(block), block, 148, 8);
    System.arraycopy(block, 0, tar, header, BLOCK);
  }

  private static boolean checksumMatches(byte[] header) {
    try {
      return TarUtils.verifyCheckSum(header);
    } catch (IllegalArgumentException e) {
      return false; // a checksum field that is not a number
    }
  }

  private static void fill(byte[] tar, int from, int to, char c) {
    for (int i = from; i < to; i++) tar[i] = (byte) c;
  }

  /** The ways header 4 is broken: each leaves the entries after it where they were. */
  private static List<Object[]> breakages() {
    List<Object[]> ways = new ArrayList<>();
    ways.add(new Object[] {"size not a number", (Consumer<byte[]>) h -> fill(h, 124, 128, 'z')});
    ways.add(new Object[] {"size not a number, checksum rewritten", (Consumer<byte[]>) h -> fill(h, 124, 128, 'z')});
    ways.add(new Object[] {"mode not a number, checksum rewritten", (Consumer<byte[]>) h -> fill(h, 100, 104, 'z')});
    ways.add(new Object[] {"time not a number, checksum rewritten", (Consumer<byte[]>) h -> fill(h, 136, 140, 'z')});
    ways.add(new Object[] {"name damaged (checksum does not match)", (Consumer<byte[]>) h -> h[9] = 'X'});
    ways.add(new Object[] {"checksum field damaged", (Consumer<byte[]>) h -> fill(h, 148, 151, '9')});
    ways.add(new Object[] {"type damaged to an extended header", (Consumer<byte[]>) h -> h[156] = 'x'});
    return ways;
  }

  @SuppressWarnings("unchecked")
  private static byte[] broken(byte[] tar, Object[] way) {
    byte[] bytes = tar.clone();
    int h = header(bytes, name(4));
    byte[] block = Arrays.copyOfRange(bytes, h, h + BLOCK);
    ((Consumer<byte[]>) way[1]).accept(block);
    System.arraycopy(block, 0, bytes, h, BLOCK);
    if (((String) way[0]).contains("checksum rewritten")) fixChecksum(bytes, h);
    return bytes;
  }

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(Files.write(dir.resolve(name), bytes)), sink);
    return sink;
  }

  private static List<String> expected(String archive, int... skipped) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int entry = i;
      if (Arrays.stream(skipped).noneMatch(s -> s == entry)) names.add(archive + "!" + name(i));
    }
    return names;
  }

  @Test
  void every_entry_after_a_damaged_header_is_read_and_the_damaged_one_is_reported_with_its_offset() throws IOException {
    byte[] tar = TestTarArchives.tar(tenArticles());
    int offset = header(tar, name(4));
    CollectingSink good = read("good.tar", tar);
    assertThat(good.documents).hasSize(10);
    for (Object[] way : breakages()) {
      byte[] bytes = broken(tar, way);
      String archive = dir.resolve("day.tar").toString();
      CollectingSink sink = read("day.tar", bytes);
      assertThat(sink.documents).as((String) way[0]).extracting(RawDocument::origin).containsExactlyElementsOf(expected(archive, 4));
      assertThat(sink.failures).as((String) way[0]).singleElement().satisfies(f -> {
        assertThat(f.origin()).isEqualTo(archive);
        assertThat(f.reason()).startsWith("truncated or corrupt archive: a tar header").contains("at byte " + offset + ";");
        assertThat(f.bytes()).as("the damaged header, quarantined").hasSize(BLOCK);
      });
      List<String> wholeBodies = new ArrayList<>(good.documents.stream().map(RawDocument::body).toList());
      wholeBodies.remove(3);
      assertThat(sink.documents).extracting(RawDocument::body).as("the articles whole").containsExactlyElementsOf(wholeBodies);
    }
  }

  @Test
  void a_tar_gz_and_a_tar_inside_a_zip_are_resynchronised_as_a_tar_file_is() throws IOException {
    byte[] bytes = broken(TestTarArchives.tar(tenArticles()), breakages().get(4));
    CollectingSink tgz = read("day.tar.gz", Fixtures.gzip(bytes));
    String archive = dir.resolve("day.tar.gz").toString();
    assertThat(tgz.documents).extracting(RawDocument::origin).containsExactlyElementsOf(expected(archive, 4));
    assertThat(tgz.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("checksum does not match"));

    CollectingSink zip = read("outer.zip", Fixtures.zip("inner.tar", bytes));
    String inner = dir.resolve("outer.zip") + "!inner.tar";
    assertThat(zip.documents).extracting(RawDocument::origin).containsExactlyElementsOf(expected(inner, 4));
    assertThat(zip.failures).singleElement().satisfies(f -> assertThat(f.origin()).isEqualTo(inner));
  }

  @Test
  void a_damaged_size_that_would_skip_entries_is_not_trusted() throws IOException {
    byte[] tar = TestTarArchives.tar(tenArticles());
    int h4 = header(tar, name(4));
    int h8 = header(tar, name(8));
    byte[] size = String.format("%011o ", h8 - h4 - BLOCK).getBytes(StandardCharsets.US_ASCII); // entry 4 would end at header 8
    System.arraycopy(size, 0, tar, h4 + 124, 12);
    String archive = dir.resolve("skip.tar").toString();
    CollectingSink sink = read("skip.tar", tar);
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactlyElementsOf(expected(archive, 4));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("at byte " + h4 + ";"));
  }

  @Test
  void entries_nested_after_a_damaged_header_are_read() throws IOException {
    List<Object[]> entries = new ArrayList<>(tenArticles().subList(0, 4));
    ByteArrayOutputStream members = new ByteArrayOutputStream();
    for (int i = 10; i < 15; i++) members.writeBytes(Fixtures.gzip(RealArticles.response(i)));
    entries.add(new Object[] {"crawl/b.warc.gz", members.toByteArray()});
    entries.add(new Object[] {"more.zip", Fixtures.zip("15.html", RealArticles.page(15))});
    String longName = "أرشيف/" + "الأخبار-المحلية-".repeat(8) + "16.html"; // over 100 bytes: a pax header before its own
    entries.add(new Object[] {longName, RealArticles.page(16)});
    byte[] bytes = broken(TestTarArchives.tar(entries), breakages().get(0));
    CollectingSink sink = read("nested.tar", bytes);
    String archive = dir.resolve("nested.tar").toString();
    assertThat(sink.documents).extracting(RawDocument::origin).startsWith(archive + "!" + name(1), archive + "!" + name(2), archive + "!" + name(3))
        .contains(archive + "!more.zip!15.html").endsWith(archive + "!" + longName).hasSize(3 + 5 + 1 + 1);
    assertThat(sink.documents.subList(3, 8)).extracting(RawDocument::url)
        .containsExactly(RealArticles.url(10), RealArticles.url(11), RealArticles.url(12), RealArticles.url(13), RealArticles.url(14));
    assertThat(sink.failures).hasSize(1);
  }

  @Test
  void a_damaged_last_header_before_the_end_of_archive_zeros_ends_the_tar_with_one_failure() throws IOException {
    byte[] tar = TestTarArchives.tar(tenArticles().subList(0, 4));
    byte[] bytes = broken(tar, breakages().get(4));
    String archive = dir.resolve("last.tar").toString();
    CollectingSink sink = read("last.tar", bytes);
    assertThat(sink.documents).extracting(RawDocument::origin)
        .containsExactly(archive + "!" + name(1), archive + "!" + name(2), archive + "!" + name(3));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("checksum does not match"));
  }

  /**
   * Random damage (seeded) to a small tar, half of it aimed at headers: never a crash, never an entry twice, and
   * every entry whose header and bytes were not touched is read, wherever the damage before it.
   */
  @Test
  void random_damage_never_loses_an_untouched_entry_nor_reads_one_twice() throws IOException {
    List<Object[]> entries = tenArticles().subList(0, 6);
    byte[] tar = TestTarArchives.tar(entries);
    int[] headers = entries.stream().mapToInt(e -> header(tar, (String) e[0])).toArray();
    int checked = 0;
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      byte[] bytes = tar.clone();
      int damages = 1 + random.nextInt(3);
      for (int d = 0; d < damages; d++) {
        int at = random.nextBoolean() ? headers[random.nextInt(headers.length)] + random.nextInt(BLOCK) : random.nextInt(bytes.length);
        bytes[at] = (byte) random.nextInt(256);
      }
      CollectingSink sink = read("random.tar", bytes);
      String archive = dir.resolve("random.tar").toString();
      List<String> origins = sink.documents.stream().map(RawDocument::origin).toList();
      assertThat(new HashSet<>(origins)).as("seed " + seed + ": an entry read twice").hasSameSizeAs(origins);
      boolean damagedHeaderStillValid = false;
      Set<String> untouched = new HashSet<>();
      for (int e = 0; e < headers.length; e++) {
        int from = headers[e];
        int to = e + 1 < headers.length ? headers[e + 1] : from + BLOCK + RealArticles.page(e + 1).length;
        boolean headerSame = Arrays.equals(tar, from, from + BLOCK, bytes, from, from + BLOCK);
        if (!headerSame && checksumMatches(Arrays.copyOfRange(bytes, from, from + BLOCK))) damagedHeaderStillValid = true;
        if (Arrays.equals(tar, from, to, bytes, from, to)) untouched.add(archive + "!" + entries.get(e)[0]);
      }
      if (damagedHeaderStillValid) continue; // a damaged header whose checksum still matches reads as it stands
      checked++;
      assertThat(origins).as("seed " + seed).containsAll(untouched);
    }
    assertThat(checked).as("seeds whose damaged headers all fail their checksum").isGreaterThan(250);
  }
}

package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/**
 * Tar archives ({@code .tar}, {@code .tar.gz}, {@code .tgz}) of real SaudiNewsNet files: the day's JSON as the
 * corpus ships it, crawled pages, a WARC, a gzip WARC and a zip inside; read as the same files in a zip are.
 */
class TestTarArchives {
  @TempDir
  Path dir;

  /** The entries, in order: pages 0–4, the JSON of 2015-07-21, a WARC of articles 5–9, a gzip WARC of 10–14, a zip with page 15. */
  private static List<Object[]> entries() throws IOException {
    List<Object[]> entries = new ArrayList<>();
    for (int i = 0; i < 5; i++) entries.add(new Object[] {"pages/" + i + ".html", RealArticles.page(i)});
    entries.add(new Object[] {"snn/2015-07-21.json", dayJson()});
    entries.add(new Object[] {"crawl/a.warc", RealArticles.warc(5, 10)});
    ByteArrayOutputStream members = new ByteArrayOutputStream();
    for (int i = 10; i < 15; i++) members.writeBytes(Fixtures.gzip(RealArticles.response(i))); // one gzip member a record
    entries.add(new Object[] {"crawl/b.warc.gz", members.toByteArray()});
    entries.add(new Object[] {"more.zip", Fixtures.zip("15.html", RealArticles.page(15))});
    return entries;
  }

  private static byte[] dayJson() throws IOException {
    try (InputStream in = Files.newInputStream(SharedData.require("data/saudinewsnet").resolve("2015-07-21.zip"));
        ZipInputStream zip = new ZipInputStream(in)) {
      zip.getNextEntry();
      return zip.readAllBytes();
    }
  }

  static byte[] tar(List<Object[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Object[] e : entries) {
        byte[] bytes = (byte[]) e[1];
        TarArchiveEntry entry = new TarArchiveEntry((String) e[0]);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(Files.write(dir.resolve(name), bytes)), sink);
    return sink;
  }

  /** What each document is, by where it came from inside the archive and its text. */
  private static List<String> documents(CollectingSink sink, String archive) {
    return sink.documents.stream().map(d -> d.origin().substring(d.origin().indexOf(archive) + archive.length()) + " " + d.body()).toList();
  }

  private static RawDocument first(CollectingSink sink, String entry) {
    return sink.documents.stream().filter(d -> d.origin().contains(entry)).findFirst().orElseThrow();
  }

  @Test
  void a_tar_and_a_tar_gz_give_every_article_the_zip_of_the_same_files_gives() throws IOException {
    List<Object[]> entries = entries();
    Object[] flat = entries.stream().flatMap(Arrays::stream).toArray();
    CollectingSink zip = read("day.zip", Fixtures.zip(flat));
    CollectingSink tar = read("day.tar", tar(entries));
    CollectingSink tgz = read("day.tar.gz", Fixtures.gzip(tar(entries)));
    CollectingSink tgz2 = read("day.tgz", Fixtures.gzip(tar(entries)));

    int dayArticles = (int) zip.documents.stream().filter(d -> d.origin().contains("!snn/2015-07-21.json")).count();
    assertThat(dayArticles).as("the day's JSON").isGreaterThan(1000);
    assertThat(zip.documents).hasSize(dayArticles + 16);
    assertThat(zip.failures).as("the day's articles without a text only").allSatisfy(f -> assertThat(f.reason()).isEqualTo("empty text"));
    for (CollectingSink sink : List.of(tar, tgz, tgz2)) {
      assertThat(sink.documents).hasSize(dayArticles + 16);
      assertThat(sink.failures).hasSameSizeAs(zip.failures);
    }
    assertThat(documents(tar, "day.tar")).containsExactlyElementsOf(documents(zip, "day.zip"));
    assertThat(documents(tgz, "day.tar.gz")).containsExactlyElementsOf(documents(zip, "day.zip"));
    assertThat(tgz2.failures).extracting(f -> f.origin().replace("day.tgz", "day.zip"))
        .containsExactlyElementsOf(zip.failures.stream().map(CollectingSink.Failure::origin).toList());
    assertThat(first(tar, "!crawl/b.warc.gz").url()).isEqualTo(RealArticles.url(10));
    assertThat(first(tar, "!more.zip!15.html").body()).isEqualTo(first(zip, "!more.zip!15.html").body());
  }

  @Test
  void a_tar_gz_on_standard_input_gives_what_the_file_gives() throws IOException {
    List<Object[]> entries = entries();
    entries.remove(5); // the day's JSON: the pages, the WARCs and the zip are enough here
    byte[] tgz = Fixtures.gzip(tar(entries));
    CollectingSink file = read("pipe.tar.gz", tgz);
    CollectingSink stdin = new CollectingSink();
    Sources.read("stdin", "", new java.io.ByteArrayInputStream(tgz), stdin, ReadOptions.defaults().withSpool(dir, 1 << 20));
    assertThat(stdin.failures).isEmpty();
    assertThat(documents(stdin, "stdin")).hasSize(16).containsExactlyElementsOf(documents(file, "pipe.tar.gz"));
  }

  @Test
  void a_broken_entry_of_a_tar_fails_alone() throws IOException {
    List<Object[]> entries = new ArrayList<>();
    byte[] cutGzip = Fixtures.gzip(RealArticles.page(20));
    entries.add(new Object[] {"0.html", RealArticles.page(0)});
    entries.add(new Object[] {"cut.html.gz", Arrays.copyOf(cutGzip, cutGzip.length / 2)});
    entries.add(new Object[] {"1.html", RealArticles.page(1)});
    CollectingSink sink = read("broken-entry.tar", tar(entries));
    assertThat(sink.documents).extracting(RawDocument::origin)
        .containsExactly(dir.resolve("broken-entry.tar") + "!0.html", dir.resolve("broken-entry.tar") + "!1.html");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(dir.resolve("broken-entry.tar") + "!cut.html.gz");
      assertThat(f.reason()).startsWith("truncated or corrupt archive");
    });
  }

  @Test
  void a_tar_cut_inside_an_entry_gives_the_entries_before_the_cut_then_one_failure() throws IOException {
    List<Object[]> entries = entries();
    byte[] tar = tar(entries);
    int cut = Fixtures.indexOf(tar, RealArticles.page(3)) + 100; // inside pages/3.html
    CollectingSink sink = read("cut.tar", Arrays.copyOf(tar, cut));
    String archive = dir.resolve("cut.tar").toString();
    assertThat(sink.documents).extracting(RawDocument::origin)
        .containsExactly(archive + "!pages/0.html", archive + "!pages/1.html", archive + "!pages/2.html");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(archive + "!pages/3.html");
      assertThat(f.reason()).startsWith("truncated or corrupt archive");
    });
  }

  @Test
  void a_tar_cut_between_two_entries_says_so() throws IOException {
    List<Object[]> entries = entries().subList(0, 5); // the five pages
    byte[] whole = tar(entries);
    int end = Fixtures.indexOf(whole, "pages/3.html".getBytes(StandardCharsets.US_ASCII)); // where entry 3's header starts
    CollectingSink sink = read("cut-between.tar", Arrays.copyOf(whole, end));
    String archive = dir.resolve("cut-between.tar").toString();
    assertThat(sink.documents).extracting(RawDocument::origin)
        .containsExactly(archive + "!pages/0.html", archive + "!pages/1.html", archive + "!pages/2.html");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(archive);
      assertThat(f.reason()).contains("the tar ends before its end-of-archive blocks");
    });
  }
}

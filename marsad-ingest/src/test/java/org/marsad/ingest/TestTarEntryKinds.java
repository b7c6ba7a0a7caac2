package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/**
 * Tars as they come from elsewhere, of real SaudiNewsNet articles: made by the system {@code tar} command
 * ({@code ./} names), with Arabic names read under a non-UTF-8 default charset, with links and devices, with a
 * damaged header.
 */
class TestTarEntryKinds {
  @TempDir
  Path dir;

  private CollectingSink read(Path input) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(input), sink);
    return sink;
  }

  /** Each document as its origin below {@code prefix} and its text. */
  private static List<String> below(CollectingSink sink, String prefix) {
    return sink.documents.stream().map(d -> d.origin().substring(prefix.length()) + " " + d.body()).sorted().toList();
  }

  @Test
  void a_tar_gz_made_by_the_tar_command_of_a_directory_gives_every_article_the_directory_gives() throws Exception {
    Path day = Files.createDirectories(dir.resolve("day"));
    Files.createDirectories(day.resolve("snn/pages"));
    try (InputStream in = Files.newInputStream(SharedData.require("data/saudinewsnet").resolve("2015-07-21.zip"));
        ZipInputStream zip = new ZipInputStream(in)) {
      zip.getNextEntry();
      Files.write(day.resolve("snn/2015-07-21.json"), zip.readAllBytes());
    }
    for (int i = 0; i < 5; i++) Files.write(day.resolve("snn/pages/" + i + ".html"), RealArticles.page(i));
    Files.write(day.resolve(".hidden.html"), RealArticles.page(5)); // a real dot file: still skipped
    Path tgz = dir.resolve("day.tar.gz");
    Process tar = new ProcessBuilder("tar", "-C", day.toString(), "-czf", tgz.toString(), ".").redirectErrorStream(true).start();
    assumeTrue(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0, "no system tar command: skipped");

    CollectingSink fromDir = read(day);
    CollectingSink fromTar = read(tgz);
    assertThat(fromDir.documents).as("the day's articles and the five pages").hasSizeGreaterThan(1000);
    assertThat(below(fromTar, tgz + "!./")).containsExactlyElementsOf(below(fromDir, day + "/"));
    assertThat(fromTar.failures).hasSameSizeAs(fromDir.failures);
    assertThat(fromTar.documents).noneMatch(d -> d.origin().contains(".hidden"));
  }

  /** The tar of a.txt, an Arabic name, c.txt and a name in Latin-1 (not UTF-8), each a real article. */
  static byte[] arabicNamedTar() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8")) {
      put(tar, "a.txt", RealArticles.all().get(0).body());
      put(tar, "أخبار-اليوم.txt", RealArticles.all().get(1).body());
      put(tar, "c.txt", RealArticles.all().get(2).body());
    }
    ByteArrayOutputStream latin = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(latin, "ISO-8859-1")) {
      put(tar, "café.txt", RealArticles.all().get(3).body());
    }
    byte[] a = out.toByteArray();
    byte[] b = latin.toByteArray();
    // the first tar without its two end blocks (and record padding), then the second whole
    int end = a.length;
    while (end >= 512 && isZeros(a, end - 512, end)) end -= 512;
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(a, 0, end);
    both.writeBytes(b);
    return both.toByteArray();
  }

  private static boolean isZeros(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }

  private static void put(TarArchiveOutputStream tar, String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  /** Run in a JVM whose default charset is US-ASCII (a C/POSIX locale): prints each origin, then each failure. */
  public static final class ReadUnderAscii {
    public static void main(String[] args) throws IOException {
      CollectingSink sink = new CollectingSink();
      Sources.read(List.of(Path.of(args[0])), sink);
      StringBuilder out = new StringBuilder();
      for (RawDocument d : sink.documents) out.append("doc ").append(d.origin()).append('\n');
      for (CollectingSink.Failure f : sink.failures) out.append("failed ").append(f.origin()).append(' ').append(f.reason()).append('\n');
      System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
      System.out.flush();
    }
  }

  @Test
  void arabic_entry_names_are_read_as_utf8_whatever_the_default_charset() throws Exception {
    Path tarFile = Files.write(dir.resolve("names.tar"), arabicNamedTar());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Dfile.encoding=US-ASCII",
        "-cp", System.getProperty("java.class.path"), ReadUnderAscii.class.getName(), tarFile.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines).as(out).hasSize(4).allMatch(l -> l.startsWith("doc "));
    assertThat(lines.subList(0, 3)).containsExactly("doc " + tarFile + "!a.txt", "doc " + tarFile + "!أخبار-اليوم.txt", "doc " + tarFile + "!c.txt");
    assertThat(lines.get(3)).as("a name not in UTF-8: read, its bad byte replaced").startsWith("doc " + tarFile + "!caf").endsWith(".txt");
  }

  @Test
  void links_fifos_and_devices_in_a_tar_are_skipped_without_a_failure() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8")) {
      put(tar, "a.txt", RealArticles.all().get(0).body());
      for (Object[] kind : new Object[][] {{"sym.txt", TarConstants.LF_SYMLINK}, {"hard.txt", TarConstants.LF_LINK},
          {"fifo", TarConstants.LF_FIFO}, {"tty", TarConstants.LF_CHR}, {"disk", TarConstants.LF_BLK}}) {
        TarArchiveEntry entry = new TarArchiveEntry((String) kind[0], (byte) kind[1]);
        if ((byte) kind[1] == TarConstants.LF_SYMLINK || (byte) kind[1] == TarConstants.LF_LINK) entry.setLinkName("a.txt");
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
      }
      put(tar, "b.txt", RealArticles.all().get(1).body());
    }
    Path tarFile = Files.write(dir.resolve("links.tar"), out.toByteArray());
    CollectingSink sink = read(tarFile);
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(tarFile + "!a.txt", tarFile + "!b.txt");
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void a_damaged_tar_header_is_a_corrupt_archive_not_a_read_error() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8")) {
      put(tar, "a.txt", RealArticles.all().get(0).body());
      put(tar, "b.txt", RealArticles.all().get(1).body());
      put(tar, "c.txt", RealArticles.all().get(2).body());
    }
    byte[] bytes = out.toByteArray();
    int header = Fixtures.indexOf(bytes, "b.txt".getBytes(StandardCharsets.US_ASCII));
    for (int i = 124; i < 128; i++) bytes[header + i] = 'z'; // b.txt's size field no longer a number
    Path tarFile = Files.write(dir.resolve("badhdr.tar"), bytes);
    CollectingSink sink = read(tarFile);
    // session 25: the tar is read on from the next valid header (TestTarResync); before, c.txt was not read
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(tarFile + "!a.txt", tarFile + "!c.txt");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(tarFile.toString());
      assertThat(f.reason()).startsWith("truncated or corrupt archive: a tar header").contains("at byte " + header + ";");
    });
  }
}

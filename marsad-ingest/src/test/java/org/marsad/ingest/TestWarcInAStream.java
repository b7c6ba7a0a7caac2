package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * A WARC that is not a WARC file on disk (inside a zip, a {@code .warc.gz} inside a zip, on standard input)
 * reads on after a broken record as a WARC file does: it is copied to the spool directory and read as a file
 * (session 22; the first broken record ended it). Real SaudiNewsNet articles.
 */
class TestWarcInAStream {
  @TempDir
  Path dir;

  /** Ten response records (articles 0–9), record 4's WARC-Type without its colon. */
  private static byte[] warcWithABrokenRecord() {
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      byte[] r = RealArticles.response(i);
      records.add(i == 4 ? new String(r, StandardCharsets.UTF_8).replaceFirst("WARC-Type: ", "WARC-Type ").getBytes(StandardCharsets.UTF_8) : r);
    }
    return Fixtures.concat(records.toArray(new byte[0][]));
  }

  private static List<String> urlsBut(int broken) {
    return IntStream.range(0, 10).filter(i -> i != broken).mapToObj(RealArticles::url).toList();
  }

  private ReadOptions spooledUnder(Path spool) {
    return ReadOptions.defaults().withSpool(spool, ReadOptions.DEFAULT_MAX_SPOOL_BYTES);
  }

  @Test
  void a_warc_inside_a_zip_reads_the_records_after_a_broken_one() throws IOException {
    Path zip = Files.write(dir.resolve("crawl.zip"), Fixtures.zip("crawl-2015-07-21.warc", warcWithABrokenRecord()));
    Path spool = dir.resolve("tmp");
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(zip), sink, spooledUnder(spool));
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(urlsBut(4));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).startsWith(zip + "!crawl-2015-07-21.warc@");
      assertThat(f.reason()).startsWith("bad WARC record: ").contains("; read on at byte ");
      assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).as("the broken record, quarantined")
          .contains(RealArticles.url(4)).doesNotContain(RealArticles.url(5));
    });
    assertThat(spool).isEmptyDirectory(); // the copy is gone once read
  }

  @Test
  void a_warc_on_standard_input_reads_the_records_after_a_broken_one() {
    CollectingSink sink = new CollectingSink();
    Sources.read("stdin", "", new ByteArrayInputStream(warcWithABrokenRecord()), sink, spooledUnder(dir.resolve("tmp")));
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(urlsBut(4));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("; read on at byte "));
  }

  @Test
  void a_gzip_warc_inside_a_zip_reads_the_members_after_a_corrupt_one() throws IOException {
    byte[][] members = new byte[10][];
    for (int i = 0; i < 10; i++) members[i] = Fixtures.gzip(RealArticles.response(i));
    for (int k = members[3].length / 2; k < members[3].length / 2 + 16; k++) members[3][k] ^= (byte) 0x5A; // bit rot in member 3
    Path zip = Files.write(dir.resolve("crawl.zip"), Fixtures.zip("crawl-2015-07-21.warc.gz", Fixtures.concat(members)));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(zip), sink, spooledUnder(dir.resolve("tmp")));
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(urlsBut(3));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).startsWith(zip + "!crawl-2015-07-21.warc.gz@");
      assertThat(f.reason()).startsWith("bad WARC record: ");
    });
  }

  @Test
  void a_gzip_warc_in_a_zip_cut_short_gives_the_records_of_its_whole_members_then_the_cut() throws IOException {
    byte[][] members = new byte[10][];
    for (int i = 0; i < 10; i++) members[i] = Fixtures.gzip(RealArticles.response(i));
    byte[] zip = Fixtures.zip("crawl-2015-07-21.warc.gz", Fixtures.concat(members));
    Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(zip, zip.length * 6 / 10)); // a download cut short
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(cut), sink, spooledUnder(dir.resolve("tmp")));
    assertThat(sink.documents).as("the records of the members before the cut, as the stream gave them").hasSizeGreaterThanOrEqualTo(3);
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactlyElementsOf(IntStream.range(0, sink.documents.size()).mapToObj(RealArticles::url).toList());
    assertThat(sink.failures).anySatisfy(f -> assertThat(f.reason()).startsWith("truncated or corrupt archive"));
  }

  @Test
  void a_warc_behind_a_gzip_that_is_not_a_warc_gz_file_reads_on_after_a_broken_record() throws IOException {
    Path gz = Files.write(dir.resolve("crawl-2015-07-21.gz"), Fixtures.gzip(warcWithABrokenRecord())); // one member, no .warc name
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(gz), sink, spooledUnder(dir.resolve("tmp")));
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(urlsBut(4));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("; read on at byte "));
  }

  @Test
  void without_spooling_a_warc_in_a_zip_is_a_stream_as_before() throws IOException {
    Path zip = Files.write(dir.resolve("crawl.zip"), Fixtures.zip("crawl-2015-07-21.warc", warcWithABrokenRecord()));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(zip), sink, ReadOptions.defaults().withSpool(dir.resolve("tmp"), 0));
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(urlsBut(4).subList(0, 4));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("the rest of the input was not read"));
  }
}

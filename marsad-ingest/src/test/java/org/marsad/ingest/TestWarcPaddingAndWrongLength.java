package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Plain WARC files of real SaudiNewsNet articles with what writers and damage add between records: line ends and
 * zero padding are not broken input (review22/ingest22 F6: each was a failure with a tiny quarantine file), other
 * bytes are; and a broken record whose Content-Length is too long and ends on a line end inside a later record
 * must not take the records in between with it.
 */
class TestWarcPaddingAndWrongLength {
  @TempDir
  Path dir;

  private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

  private CollectingSink read(String name, byte[] warc) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(Files.write(dir.resolve(name), warc)), sink);
    return sink;
  }

  private static List<String> urls(CollectingSink sink) {
    return sink.documents.stream().map(RawDocument::url).toList();
  }

  private static List<String> articles(int from, int to, int... without) {
    return IntStream.range(from, to).filter(i -> IntStream.of(without).noneMatch(w -> w == i)).mapToObj(RealArticles::url).toList();
  }

  /** Articles 0–9 as response records, {@code between} after each one. */
  private static byte[] recordsWith(byte[] between) {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      parts.add(RealArticles.response(i));
      parts.add(between);
    }
    return Fixtures.concat(parts.toArray(new byte[0][]));
  }

  /** The review's B0: ten good records, each followed by one extra CRLF. */
  @Test
  void an_extra_line_end_after_each_record_is_no_failure() throws IOException {
    CollectingSink sink = read("b0.warc", recordsWith(CRLF));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10));
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void a_run_of_line_ends_and_zero_padding_between_records_is_no_failure() throws IOException {
    byte[] padding = Fixtures.concat("\r\n\n\r\n\r".getBytes(StandardCharsets.US_ASCII), new byte[512], CRLF);
    CollectingSink sink = read("padded.warc", recordsWith(padding));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10));
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void zero_padding_at_the_end_of_a_good_file_is_no_failure() throws IOException {
    CollectingSink sink = read("zeros.warc", Fixtures.concat(RealArticles.warc(0, 10), new byte[4096]));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10));
    assertThat(sink.failures).isEmpty();
  }

  /** The review's C1: record 3's head broken, 4 KiB of zeros at the end: one failure, the record's. */
  @Test
  void a_broken_record_then_zero_padding_at_the_end_is_one_failure() throws IOException {
    List<byte[]> records = responses();
    records.set(3, withoutTypeColon(records.get(3)));
    records.add(new byte[4096]);
    CollectingSink sink = read("c1.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10, 3));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.origin()).endsWith("c1.warc@" + startOf(records, 3)));
  }

  /** The review's B1 without the stored WARC: record 3 broken, an extra CRLF after every record: one failure. */
  @Test
  void a_broken_record_among_records_followed_by_line_ends_is_one_failure() throws IOException {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      parts.add(i == 3 ? withoutTypeColon(RealArticles.response(i)) : RealArticles.response(i));
      parts.add(CRLF);
    }
    CollectingSink sink = read("b1.warc", Fixtures.concat(parts.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10, 3));
    assertThat(sink.failures).hasSize(1);
  }

  @Test
  void real_bytes_between_records_are_still_reported_and_quarantined() throws IOException {
    List<byte[]> records = responses();
    byte[] junk = "<!-- cut here -->\r\n".getBytes(StandardCharsets.US_ASCII);
    records.add(5, junk);
    CollectingSink sink = read("junk.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("bad WARC record: ").contains("; read on at byte " + startOf(records, 6));
      assertThat(f.bytes()).isEqualTo(junk);
    });
  }

  /** Record 3's Content-Length raised so that its block ends on a line end inside record {@code inside}. */
  private CollectingSink wrongLengthEndingInside(int inside) throws IOException {
    List<byte[]> records = responses();
    int target = startOf(records, inside) + Fixtures.indexOf(records.get(inside), "\r\nWARC-Record-ID".getBytes(StandardCharsets.US_ASCII));
    records.set(3, withLengthEndingAt(records.get(3), target - startOf(records, 3)));
    byte[] warc = Fixtures.concat(records.toArray(new byte[0][]));
    String broken = new String(records.get(3), StandardCharsets.ISO_8859_1);
    int blockEnd = startOf(records, 3) + broken.indexOf("\r\n\r\n") + 4
        + Integer.parseInt(broken.replaceFirst("(?s).*?Content-Length: (\\d+)\r\n.*", "$1"));
    assertThat(new String(warc, blockEnd, 17, StandardCharsets.ISO_8859_1)).as("the block ends on a line end inside record " + inside)
        .isEqualTo("\r\nWARC-Record-ID:");
    assertThat(blockEnd).isBetween(startOf(records, inside), startOf(records, inside + 1));
    return read("wrong-length-" + inside + ".warc", warc);
  }

  @Test
  void a_length_too_long_ending_on_a_line_end_two_records_later_loses_none_of_the_records_between() throws IOException {
    CollectingSink sink = wrongLengthEndingInside(5);
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10, 3));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.origin()).contains(".warc@"));
  }

  @Test
  void a_length_too_long_ending_on_a_line_end_inside_the_next_record_loses_not_that_record() throws IOException {
    CollectingSink sink = wrongLengthEndingInside(4);
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10, 3));
    assertThat(sink.failures).hasSize(1);
  }

  /**
   * Review23/ingest23 F3: record 3's head whole, its Content-Length too long (a writer's byte count), ending on
   * a line end inside record 5. jwarc read records 4 and 5 as record 3's body: two articles lost and one
   * indexed with their text and WARC heads. Now record 3 is one failure and reading goes on at record 4.
   */
  @Test
  void a_whole_head_with_a_length_too_long_loses_none_of_the_records_it_covers() throws IOException {
    List<byte[]> records = responses();
    int target = startOf(records, 5) + Fixtures.indexOf(records.get(5), "\r\nWARC-Record-ID".getBytes(StandardCharsets.US_ASCII));
    String r = new String(records.get(3), StandardCharsets.ISO_8859_1);
    int headLength = r.indexOf("\r\n\r\n") + 4;
    records.set(3, r.replaceFirst("Content-Length: \\d+\r\n", "Content-Length: " + (target - startOf(records, 3) - headLength) + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    CollectingSink sink = read("wrong-length-whole-head.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10, 3));
    assertThat(sink.documents).noneMatch(d -> d.body().contains("WARC-Type"));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).endsWith(".warc@" + startOf(records, 3));
      assertThat(f.reason()).startsWith("bad WARC record: its Content-Length runs past").endsWith("; read on at byte " + startOf(records, 4));
      assertThat(f.bytes()).isEqualTo(records.get(3));
    });
  }

  /**
   * A guard for the rule above: a WARC stored in broken record 3 (its length right) followed by a broken
   * record 4: what record 3 holds is still passed, not read as records of the file.
   */
  @Test
  void a_stored_warc_before_another_broken_record_still_gives_no_phantom() throws IOException {
    List<byte[]> records = responses();
    byte[] nested = Fixtures.warcRecord("resource", "https://archive.example.sa/crawl.warc", "2015-07-21T12:00:00Z",
        "application/warc", RealArticles.warc(100, 102));
    records.set(3, withoutTypeColon(nested));
    records.set(4, withoutTypeColon(records.get(4)));
    CollectingSink sink = read("stored-then-broken.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).doesNotContain(RealArticles.url(100), RealArticles.url(101));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(0, 10, 3, 4));
  }

  private static List<byte[]> responses() {
    return new ArrayList<>(IntStream.range(0, 10).mapToObj(RealArticles::response).toList());
  }

  private static int startOf(List<byte[]> parts, int index) {
    return parts.subList(0, index).stream().mapToInt(p -> p.length).sum();
  }

  private static byte[] withoutTypeColon(byte[] record) {
    String r = new String(record, StandardCharsets.ISO_8859_1);
    return r.replaceFirst("WARC-Type: ", "WARC-Type ").getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * The record with its head broken (WARC-Type without its colon) and its Content-Length changed so that its
   * block ends where the byte {@code end} bytes after the record's start in the unchanged file is now. The
   * head's own change of length shifts what follows as much as the head's end moves, so the length that does
   * it is {@code end} less the unchanged head's length.
   */
  private static byte[] withLengthEndingAt(byte[] record, int end) {
    String r = new String(record, StandardCharsets.ISO_8859_1);
    int headLength = r.indexOf("\r\n\r\n") + 4;
    return new String(withoutTypeColon(record), StandardCharsets.ISO_8859_1)
        .replaceFirst("Content-Length: \\d+\r\n", "Content-Length: " + (end - headLength) + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}

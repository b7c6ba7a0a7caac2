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
 * A whole WARC stored in a record of a WARC (a crawl of a web archive, an archive of archives) whose own
 * head is broken: reading on must pass the record and what it holds, not read the inner WARC's records as
 * records of the outer file (review21/ingest21 F5). Real SaudiNewsNet articles.
 */
class TestWarcStoredInAWarc {
  @TempDir
  Path dir;

  /** Ten response records (articles 0–9); record 3 a resource holding a WARC of articles 100 and 101, its WARC-Type without the colon. */
  private byte[] outerWarc(boolean last) {
    return Fixtures.concat(outerRecords(last).toArray(new byte[0][]));
  }

  private static List<byte[]> outerRecords(boolean last) {
    List<byte[]> records = new ArrayList<>();
    int brokenAt = last ? 9 : 3;
    for (int i = 0; i < 10; i++) {
      if (i == brokenAt) {
        byte[] nested = Fixtures.warcRecord("resource", "https://archive.example.sa/crawl-2015-07-21.warc", "2015-07-21T12:00:00Z",
            "application/warc", RealArticles.warc(100, 102));
        records.add(new String(nested, StandardCharsets.UTF_8).replaceFirst("WARC-Type: resource", "WARC-Type resource")
            .getBytes(StandardCharsets.UTF_8));
      } else {
        records.add(RealArticles.response(i));
      }
    }
    return records;
  }

  @Test
  void a_warc_stored_in_a_broken_record_is_passed_and_the_outer_records_after_it_are_read() throws IOException {
    Path file = Files.write(dir.resolve("nested.warc"), outerWarc(false));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(file), sink);
    List<String> outer = IntStream.range(0, 10).filter(i -> i != 3).mapToObj(RealArticles::url).toList();
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(outer);
    assertThat(sink.documents).extracting(RawDocument::url).doesNotContain(RealArticles.url(100), RealArticles.url(101));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("bad WARC record: ").contains("; read on at byte ");
      assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).as("the broken record, the WARC it holds with it")
          .contains("WARC-Type resource").contains(RealArticles.url(101)).doesNotContain(RealArticles.url(4));
    });
  }

  @Test
  void a_warc_stored_in_a_broken_last_record_is_not_read_as_records_of_the_file() throws IOException {
    Path file = Files.write(dir.resolve("nested-last.warc"), outerWarc(true));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(file), sink);
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(IntStream.range(0, 9).mapToObj(RealArticles::url).toList());
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("; no record follows it"));
  }

  /** The records with {@code between} after each one (a writer that adds line ends). */
  private static byte[] withAfterEachRecord(List<byte[]> records, String between) {
    List<byte[]> parts = new ArrayList<>();
    for (byte[] record : records) {
      parts.add(record);
      parts.add(between.getBytes(StandardCharsets.US_ASCII));
    }
    return Fixtures.concat(parts.toArray(new byte[0][]));
  }

  private List<String> documentsOf(String name, byte[] bytes, CollectingSink sink) throws IOException {
    Sources.read(List.of(Files.write(dir.resolve(name), bytes)), sink);
    return sink.documents.stream().map(RawDocument::url).toList();
  }

  @Test
  void a_broken_last_record_then_a_line_end_at_the_end_of_the_file_is_still_passed_whole() throws IOException {
    CollectingSink sink = new CollectingSink();
    List<String> urls = documentsOf("a1.warc", Fixtures.concat(outerWarc(true), "\r\n".getBytes(StandardCharsets.US_ASCII)), sink);
    assertThat(urls).containsExactlyElementsOf(IntStream.range(0, 9).mapToObj(RealArticles::url).toList());
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("; no record follows it"));
  }

  @Test
  void a_broken_last_record_then_zero_padding_is_still_passed_whole() throws IOException {
    CollectingSink sink = new CollectingSink();
    List<String> urls = documentsOf("a2.warc", Fixtures.concat(outerWarc(true), new byte[4096]), sink);
    assertThat(urls).containsExactlyElementsOf(IntStream.range(0, 9).mapToObj(RealArticles::url).toList());
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("; no record follows it"));
  }

  @Test
  void a_broken_record_followed_by_an_extra_line_end_is_passed_whole_and_every_outer_record_is_read() throws IOException {
    byte[] warc = withAfterEachRecord(outerRecords(false), "\r\n");
    CollectingSink sink = new CollectingSink();
    List<String> urls = documentsOf("b1.warc", warc, sink);
    assertThat(urls).containsExactlyElementsOf(IntStream.range(0, 10).filter(i -> i != 3).mapToObj(RealArticles::url).toList());
  }

  @Test
  void extra_line_ends_between_good_records_lose_no_record() throws IOException {
    CollectingSink sink = new CollectingSink();
    List<byte[]> good = IntStream.range(0, 10).mapToObj(RealArticles::response).toList();
    List<String> urls = documentsOf("b0.warc", withAfterEachRecord(good, "\r\n"), sink);
    assertThat(urls).containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(RealArticles::url).toList());
  }
}

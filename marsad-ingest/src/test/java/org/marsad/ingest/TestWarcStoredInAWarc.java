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
    return Fixtures.concat(records.toArray(new byte[0][]));
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
}

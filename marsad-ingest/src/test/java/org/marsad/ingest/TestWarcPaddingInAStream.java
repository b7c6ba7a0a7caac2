package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * A WARC read as a stream (standard input with {@code --spool-limit-mib 0}, or larger than the spool limit): the
 * padding writers put between records (line ends, NUL bytes) does not end it (session 23: the first padding ended
 * the stream, 1 record of 10 read). Real SaudiNewsNet articles; each record's origin is its offset in the input.
 */
class TestWarcPaddingInAStream {
  @TempDir
  Path dir;

  private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

  /** Articles 0–9, {@code between} after each; the input offsets of the records in {@code starts}. */
  private static byte[] recordsWith(byte[] between, List<Long> starts) {
    List<byte[]> parts = new ArrayList<>();
    long at = 0;
    for (int i = 0; i < 10; i++) {
      byte[] r = RealArticles.response(i);
      starts.add(at);
      parts.add(r);
      parts.add(between);
      at += r.length + between.length;
    }
    return Fixtures.concat(parts.toArray(new byte[0][]));
  }

  private CollectingSink readStdin(byte[] warc, long spoolLimit) {
    CollectingSink sink = new CollectingSink();
    Sources.read("stdin", "", new ByteArrayInputStream(warc), sink, ReadOptions.defaults().withSpool(dir.resolve("tmp"), spoolLimit));
    return sink;
  }

  private static List<String> articles(int from, int to) {
    return IntStream.range(from, to).mapToObj(RealArticles::url).toList();
  }

  @Test
  void an_extra_line_end_after_each_record_does_not_end_a_warc_read_as_a_stream() {
    List<Long> starts = new ArrayList<>();
    CollectingSink sink = readStdin(recordsWith(CRLF, starts), 0);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(articles(0, 10));
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactlyElementsOf(starts.stream().map(s -> "stdin@" + s).toList());
  }

  @Test
  void line_ends_and_zero_padding_between_records_and_at_the_end_of_a_stream_over_the_spool_limit() {
    byte[] padding = Fixtures.concat("\r\n\n\r\n\r".getBytes(StandardCharsets.US_ASCII), new byte[512], CRLF);
    List<Long> starts = new ArrayList<>();
    byte[] warc = Fixtures.concat(recordsWith(padding, starts), new byte[4096]);
    CollectingSink sink = readStdin(warc, 20_000); // a copy of two or three records, then the rest read as a stream
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(articles(0, 10));
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactlyElementsOf(starts.stream().map(s -> "stdin@" + s).toList());
  }

  /** Padding then a broken record: the stream still ends there, as before, with its failure; nothing after it is made up. */
  @Test
  void a_broken_record_after_padding_still_ends_a_stream_with_its_failure() {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      byte[] r = RealArticles.response(i);
      parts.add(i == 4 ? new String(r, StandardCharsets.UTF_8).replaceFirst("WARC-Type: ", "WARC-Type ").getBytes(StandardCharsets.UTF_8) : r);
      parts.add(CRLF);
    }
    CollectingSink sink = readStdin(Fixtures.concat(parts.toArray(new byte[0][])), 0);
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(articles(0, 4));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("the rest of the input was not read"));
  }

  /**
   * A record whose Content-Length is 10 too long (its block takes the line ends and {@code WARC/1} of the next
   * record): the failure's reason shows jwarc's excerpt with the bytes before the break, as it did before padding
   * was dropped (review24/ingest24 F3: the reason began at the break, {@code <-- HERE -->.1…}).
   */
  @Test
  void a_broken_record_in_a_stream_is_reported_with_the_bytes_before_the_break() {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      byte[] r = RealArticles.response(i);
      if (i == 4) {
        String s = new String(r, StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(s.replaceFirst("(?s).*?Content-Length: (\\d+)\r\n.*", "$1"));
        r = s.replaceFirst("Content-Length: \\d+\r\n", "Content-Length: " + (length + 10) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      }
      parts.add(r);
    }
    CollectingSink sink = readStdin(Fixtures.concat(parts.toArray(new byte[0][])), 0);
    // record 4 is read as jwarc reads it, its block 10 bytes long (a stream is not resynchronised: docs, limits left)
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(articles(0, 5));
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).contains("\\r\\n\\r\\nWARC/1<-- HERE -->."));
  }
}

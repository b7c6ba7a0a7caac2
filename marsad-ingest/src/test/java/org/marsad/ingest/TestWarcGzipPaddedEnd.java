package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * Padding after the last gzip member of a {@code .warc.gz} file (a preallocated, zero-filled end; a newline a
 * tool added) is the end of the file, not a broken record, as it is for a {@code .tgz} or a {@code .gz} read by
 * {@code GZIPInputStream} (session 24: it was one failure, {@code bad WARC record: …}). Real SaudiNewsNet articles,
 * one member a record.
 */
class TestWarcGzipPaddedEnd {
  @TempDir
  Path dir;

  private static byte[] members() throws IOException {
    byte[][] members = new byte[5][];
    for (int i = 0; i < 5; i++) members[i] = Fixtures.gzip(RealArticles.response(i));
    return Fixtures.concat(members);
  }

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(Files.write(dir.resolve(name), bytes)), sink);
    return sink;
  }

  @Test
  void zeros_and_line_ends_after_the_last_member_are_no_failure() throws IOException {
    CollectingSink zeros = read("zeros.warc.gz", Fixtures.concat(members(), new byte[4096]));
    assertThat(zeros.failures).isEmpty();
    assertThat(zeros.documents).extracting(RawDocument::url).containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(RealArticles::url).toList());
    CollectingSink newline = read("newline.warc.gz", Fixtures.concat(members(), "\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(newline.failures).isEmpty();
    assertThat(newline.documents).hasSize(5);
  }

  /** Anything but padding after the last member is still reported. */
  @Test
  void junk_after_the_zeros_is_still_a_failure() throws IOException {
    CollectingSink sink = read("junk.warc.gz", Fixtures.concat(members(), new byte[512], "junk".getBytes(StandardCharsets.US_ASCII)));
    assertThat(sink.documents).hasSize(5);
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("bad WARC record: "));
  }
}

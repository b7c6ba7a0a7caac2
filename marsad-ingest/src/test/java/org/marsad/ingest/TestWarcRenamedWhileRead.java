package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * A WARC file is opened once for its reading: its records, the looks of its resynchronisation after padding or a
 * broken record, its size and its quarantine copies all go through that one channel (session 24; review24/ingest24
 * F1: after a resync the file was opened again by its path). A crawler that renames its WARC when it closes it
 * (Heritrix's {@code .open} suffix), or a rotation that moves it away, while Marsad reads it then loses nothing: every
 * record of the file as it was opened is read, and only what is broken fails. Real SaudiNewsNet articles.
 */
class TestWarcRenamedWhileRead {
  @TempDir
  Path dir;

  private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

  /** Reads {@code warc} written as {@code name}, moving it away (the writer's rename) once its first document is in. */
  private CollectingSink readRenamedAfterTheFirstDocument(String name, byte[] warc) throws IOException {
    Path open = Files.write(dir.resolve("open-" + name), warc);
    Path closed = dir.resolve(name);
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(open), new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        throw new AssertionError("readers must call accept(document, extras)");
      }

      @Override
      public void accept(RawDocument document, Map<String, String> extras) {
        if (sink.documents.isEmpty()) {
          try {
            Files.move(open, closed); // the writer closes the file under its final name
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        sink.accept(document, extras);
      }

      @Override
      public void failed(String origin, String reason, byte[] bytes) {
        sink.failed(origin, reason, bytes);
      }
    });
    assertThat(Files.exists(closed)).as("renamed while read").isTrue();
    return sink;
  }

  private static List<String> urls(CollectingSink sink) {
    return sink.documents.stream().map(RawDocument::url).toList();
  }

  private static List<String> articles(int... without) {
    return IntStream.range(0, 10).filter(i -> Arrays.stream(without).noneMatch(w -> w == i)).mapToObj(RealArticles::url).toList();
  }

  @Test
  void a_warc_renamed_after_its_first_record_is_read_whole() throws IOException {
    CollectingSink sink = readRenamedAfterTheFirstDocument("crawl.warc.open.warc", RealArticles.warc(0, 10));
    assertThat(sink.failures).isEmpty();
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
  }

  /** The review's case: a blank line after each record (a common writer habit) is read past on the open file. */
  @Test
  void a_warc_with_a_blank_line_between_records_renamed_while_read_is_read_whole() throws IOException {
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      parts.add(RealArticles.response(i));
      parts.add(CRLF);
    }
    CollectingSink sink = readRenamedAfterTheFirstDocument("padded.warc", Fixtures.concat(parts.toArray(new byte[0][])));
    assertThat(sink.failures).isEmpty();
    assertThat(urls(sink)).containsExactlyElementsOf(articles());
  }

  /** A broken record after the rename: its failure, its quarantine copy taken from the open file, and the rest read. */
  @Test
  void a_broken_record_after_the_rename_is_one_failure_with_its_bytes() throws IOException {
    List<byte[]> records = new ArrayList<>(IntStream.range(0, 10).mapToObj(RealArticles::response).toList());
    byte[] broken = new String(records.get(3), StandardCharsets.ISO_8859_1).replaceFirst("WARC-Type: ", "WARC-Type ")
        .getBytes(StandardCharsets.ISO_8859_1);
    records.set(3, broken);
    CollectingSink sink = readRenamedAfterTheFirstDocument("broken.warc", Fixtures.concat(records.toArray(new byte[0][])));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(3));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("bad WARC record: ");
      assertThat(f.bytes()).isEqualTo(broken);
    });
  }

  /** The same in a {@code .warc.gz}, one gzip member a record: the broken member passed on the open file. */
  @Test
  void a_broken_gzip_member_after_the_rename_is_one_failure_and_the_rest_is_read() throws IOException {
    byte[][] members = new byte[10][];
    for (int i = 0; i < 10; i++) members[i] = Fixtures.gzip(RealArticles.response(i));
    members[3] = Arrays.copyOf(members[3], members[3].length / 2); // a member cut short
    CollectingSink sink = readRenamedAfterTheFirstDocument("crawl.warc.gz", Fixtures.concat(members));
    assertThat(urls(sink)).containsExactlyElementsOf(articles(3));
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("bad WARC record: ");
      assertThat(f.bytes()).isEqualTo(members[3]);
    });
  }
}

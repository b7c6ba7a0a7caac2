package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * Zips and WARCs read as streams are copied under {@link ReadOptions#spoolDir} (Marsad: DATA/tmp, emptied at
 * each start), at most {@link ReadOptions#maxSpoolBytes} each; a larger one is read as a stream, as without
 * spooling (review22/ingest22 F3: it was refused whole), and a break in it says the limit is why the rest
 * was not read. Real SaudiNewsNet articles.
 */
class TestSpoolDirectory {
  @TempDir
  Path dir;

  /** Articles {@code from}..{@code to} as JSON Lines in SaudiNewsNet's field names. */
  private static byte[] jsonl(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      RawDocument a = RealArticles.all().get(i);
      out.append(org.marsad.nlp.article.ArticleJson.mapper().createObjectNode().put("title", a.title()).put("content", a.body())
          .put("url", a.url()).put("source", a.source()).put("date_extracted", a.published())).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_zip_inside_a_zip_is_copied_under_the_spool_directory_and_removed_after() throws IOException {
    Path spool = dir.resolve("data/tmp");
    Path zip = Files.write(dir.resolve("outer.zip"), Fixtures.zip("inner.zip", Fixtures.zip("a.jsonl", jsonl(0, 3))));
    List<List<Path>> seen = new ArrayList<>();
    CollectingSink sink = new CollectingSink();
    DocumentSink looking = new DocumentSink() { // what the spool directory holds while a document of the inner zip is read
      @Override
      public void accept(RawDocument document) {
        throw new AssertionError("readers must call accept(document, extras)");
      }

      @Override
      public void accept(RawDocument document, Map<String, String> extras) {
        sink.accept(document, extras);
        try (var files = Files.list(spool)) {
          seen.add(files.toList());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public void failed(String origin, String reason, byte[] bytes) {
        sink.failed(origin, reason, bytes);
      }
    };
    Sources.read(List.of(zip), looking, ReadOptions.defaults().withSpool(spool, ReadOptions.DEFAULT_MAX_SPOOL_BYTES));
    assertThat(sink.documents).hasSize(3);
    assertThat(seen).allSatisfy(files -> assertThat(files).singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).startsWith(SpoolDirectory.PREFIX)));
    assertThat(spool).isEmptyDirectory();
  }

  @Test
  void a_zip_or_warc_over_the_spool_limit_is_read_as_a_stream_not_refused() throws IOException {
    byte[] big = Fixtures.zip("big.jsonl", jsonl(10, 60)); // deflated: well over 16 KiB still
    byte[] warc = RealArticles.warc(60, 70);
    assertThat(big.length).isGreaterThan(16 * 1024);
    assertThat(warc.length).isGreaterThan(16 * 1024);
    Path zip = Files.write(dir.resolve("bundle.zip"), Fixtures.zip("a.jsonl", jsonl(0, 2), "big.zip", big, "crawl.warc", warc,
        "b.jsonl", jsonl(2, 4)));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(zip), sink, ReadOptions.defaults().withSpool(dir.resolve("tmp"), 16 * 1024));
    assertThat(sink.documents).extracting(RawDocument::url).containsExactlyElementsOf(java.util.stream.Stream.of(
        java.util.stream.IntStream.range(0, 2), java.util.stream.IntStream.range(10, 60), java.util.stream.IntStream.range(60, 70),
        java.util.stream.IntStream.range(2, 4)).flatMap(java.util.stream.IntStream::boxed).map(RealArticles::url).toList());
    assertThat(sink.failures).isEmpty();
    assertThat(dir.resolve("tmp")).isEmptyDirectory();
  }

  @Test
  void a_warc_on_standard_input_over_the_spool_limit_gives_its_records_up_to_the_first_broken_one_and_says_why() {
    List<byte[]> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      byte[] r = RealArticles.response(i);
      records.add(i == 6 ? new String(r, StandardCharsets.UTF_8).replaceFirst("WARC-Type: ", "WARC-Type ").getBytes(StandardCharsets.UTF_8) : r);
    }
    byte[] warc = Fixtures.concat(records.toArray(new byte[0][]));
    assertThat(warc.length).isGreaterThan(16 * 1024);
    CollectingSink sink = new CollectingSink();
    Sources.read("stdin", "", new java.io.ByteArrayInputStream(warc), sink, ReadOptions.defaults().withSpool(dir.resolve("tmp"), 16 * 1024));
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 6).mapToObj(RealArticles::url).toList());
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason())
        .contains("larger than the spool limit of 16,384 bytes, so read as a stream without resynchronisation").contains("--spool-limit-mib"));
    assertThat(dir.resolve("tmp")).isEmptyDirectory();
  }

  @Test
  void a_gzip_warc_in_a_zip_over_the_spool_limit_is_read_as_a_stream() throws IOException {
    byte[][] members = new byte[10][];
    for (int i = 0; i < 10; i++) members[i] = Fixtures.gzip(RealArticles.response(i));
    byte[] gz = Fixtures.concat(members);
    assertThat(gz.length).isGreaterThan(8 * 1024);
    Path zip = Files.write(dir.resolve("crawl.zip"), Fixtures.zip("crawl-2015-07-21.warc.gz", gz));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(zip), sink, ReadOptions.defaults().withSpool(dir.resolve("tmp"), 8 * 1024));
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 10).mapToObj(RealArticles::url).toList());
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void cleaning_the_spool_directory_removes_the_copies_a_killed_reader_left_and_nothing_else() throws IOException {
    Path spool = dir.resolve("tmp");
    Files.createDirectories(spool);
    Path left = Files.write(spool.resolve(SpoolDirectory.PREFIX + "1234567.zip"), Fixtures.zip("a.jsonl", jsonl(0, 1)));
    Path other = Files.writeString(spool.resolve("notes.txt"), "ملاحظات");
    SpoolDirectory.clean(spool);
    assertThat(left).doesNotExist();
    assertThat(other).exists();
    SpoolDirectory.clean(dir.resolve("missing/tmp"));
    assertThat(dir.resolve("missing/tmp")).isEmptyDirectory();
  }
}

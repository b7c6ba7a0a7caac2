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
 * each start), at most {@link ReadOptions#maxSpoolBytes} each; a larger one fails alone with a reason that
 * names the limit, and the archive around it reads on (review21/ingest21 F8). Real SaudiNewsNet articles.
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
        .satisfies(p -> assertThat(p.getFileName().toString()).startsWith(ReadOptions.SPOOL_PREFIX)));
    assertThat(spool).isEmptyDirectory();
  }

  @Test
  void a_zip_or_warc_over_the_spool_limit_fails_alone_and_the_rest_of_the_zip_is_read() throws IOException {
    byte[] big = Fixtures.zip("big.jsonl", jsonl(10, 60)); // deflated: well over 16 KiB still
    byte[] warc = RealArticles.warc(60, 70);
    assertThat(big.length).isGreaterThan(16 * 1024);
    assertThat(warc.length).isGreaterThan(16 * 1024);
    Path zip = Files.write(dir.resolve("bundle.zip"), Fixtures.zip("a.jsonl", jsonl(0, 2), "big.zip", big, "crawl.warc", warc,
        "b.jsonl", jsonl(2, 4)));
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(zip), sink, ReadOptions.defaults().withSpool(dir.resolve("tmp"), 16 * 1024));
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactly(RealArticles.url(0), RealArticles.url(1), RealArticles.url(2), RealArticles.url(3));
    assertThat(sink.failures).extracting(CollectingSink.Failure::origin).containsExactly(zip + "!big.zip", zip + "!crawl.warc");
    assertThat(sink.failures).allSatisfy(f -> assertThat(f.reason())
        .startsWith("larger than the spool limit of 16,384 bytes for a zip or WARC read as a stream").contains("--spool-limit-mib"));
    assertThat(dir.resolve("tmp")).isEmptyDirectory();
  }

  @Test
  void cleaning_the_spool_directory_removes_the_copies_a_killed_reader_left_and_nothing_else() throws IOException {
    Path spool = dir.resolve("tmp");
    Files.createDirectories(spool);
    Path left = Files.write(spool.resolve(ReadOptions.SPOOL_PREFIX + "1234567.zip"), Fixtures.zip("a.jsonl", jsonl(0, 1)));
    Path other = Files.writeString(spool.resolve("notes.txt"), "ملاحظات");
    ReadOptions.cleanSpoolDir(spool);
    assertThat(left).doesNotExist();
    assertThat(other).exists();
    ReadOptions.cleanSpoolDir(dir.resolve("missing/tmp"));
    assertThat(dir.resolve("missing/tmp")).isEmptyDirectory();
  }
}

package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.RawDocument;

/**
 * A WARC file is opened once for its reading, the checks of every record's length included (session 24: the check
 * opened the file again before every record). A crawler that renames its WARC when it closes it (Heritrix's
 * {@code .open} suffix), or a rotation that moves it away, while Marsad reads it then loses nothing: every record
 * of the file as it was opened is read, and nothing fails.
 */
class TestWarcRenamedWhileRead {
  @TempDir
  Path dir;

  @Test
  void a_warc_renamed_after_its_first_record_is_read_whole() throws IOException {
    Path open = Files.write(dir.resolve("crawl.warc.open.warc"), RealArticles.warc(0, 10));
    Path closed = dir.resolve("crawl.warc");
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
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents.stream().map(RawDocument::url).toList())
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 10).mapToObj(RealArticles::url).toList());
  }
}

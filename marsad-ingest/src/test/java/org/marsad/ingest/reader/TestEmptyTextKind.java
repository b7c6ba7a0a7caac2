package org.marsad.ingest.reader;

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
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.RawDocument;

/**
 * An empty document is a kind of its own ({@link UnreadableInputException#emptyText}), not recognised by
 * its message (review21/ingest21 F7): a failure whose reason reads "empty text" stays a failure.
 */
class TestEmptyTextKind {
  @TempDir
  Path dir;

  /** What a sink was told: "empty ORIGIN" or "failed ORIGIN REASON". */
  private static final class Told implements DocumentSink {
    final List<String> events = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
      events.add("document " + document.origin());
    }

    @Override
    public void accept(RawDocument document, Map<String, String> extras) {
      accept(document);
    }

    @Override
    public void failed(String origin, String reason, byte[] bytes) {
      events.add("failed " + origin + " " + reason);
    }

    @Override
    public void empty(String origin, String reason) {
      events.add("empty " + origin);
    }
  }

  @Test
  void a_failure_whose_reason_reads_empty_text_is_a_failure_and_only_emptyText_is_an_empty_document() {
    Told told = new Told();
    new UnreadableInputException(UnreadableInputException.EMPTY_TEXT, null).reportTo(told, "wires.jsonl:3", null);
    UnreadableInputException.emptyText().reportTo(told, "wires.jsonl:4", null);
    assertThat(told.events).containsExactly("failed wires.jsonl:3 empty text", "empty wires.jsonl:4");
  }

  @Test
  void a_blank_article_and_a_blank_text_file_are_empty_documents() throws IOException {
    // SaudiNewsNet has 84 articles with a blank content on 2015-07-21: read, nothing to index
    Path jsonl = Files.writeString(dir.resolve("okaz.jsonl"),
        "{\"title\": \"أمير مكة يدشن مشروعات تنموية\", \"content\": \"   \", \"source\": \"okaz\"}\n"
            + "{\"title\": \"أمير مكة يدشن مشروعات تنموية\", \"content\": \"دشن أمير منطقة مكة المكرمة اليوم مشروعات تنموية في جدة.\", \"source\": \"okaz\"}\n",
        StandardCharsets.UTF_8);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n", StandardCharsets.UTF_8);
    Told told = new Told();
    Sources.read(List.of(jsonl, blank), told);
    assertThat(told.events).containsExactly("empty " + jsonl + ":1", "document " + jsonl + ":2", "empty " + blank);
  }
}

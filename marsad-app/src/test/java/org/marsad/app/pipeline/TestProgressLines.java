package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The progress displays count documents, and unreadable inputs apart (docs/ingest.md, "Output"):
 * a line without unreadable inputs is as before; with some, they are named after the new count and
 * are no part of the documents or the rate.
 */
class TestProgressLines {
  private static String log(long done, long ingested, long unreadable) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new LogProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8)).update(done, ingested, unreadable, -1, 43_000);
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }

  @Test
  void a_log_line_without_unreadable_inputs_is_unchanged() {
    assertThat(log(14_000, 13_200, 0)).isEqualTo("marsad: ingest 14,000 documents (13,200 new), 326 docs/s, 0:43 elapsed");
  }

  @Test
  void a_log_line_names_unreadable_inputs_apart_from_the_documents() {
    assertThat(log(14_000, 13_200, 84)).isEqualTo("marsad: ingest 14,000 documents (13,200 new; 84 unreadable inputs), 326 docs/s, 0:43 elapsed");
    assertThat(log(1, 1, 1)).isEqualTo("marsad: ingest 1 document (1 new; 1 unreadable input), 0 docs/s, 0:43 elapsed");
  }

  @Test
  void the_bar_counts_documents_against_the_total_and_shows_the_unreadable_inputs_beside() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8)).update(500, 480, 3, 1000, 10_000);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(" 50%  500/1,000  3 unreadable inputs  50 docs/s  ETA 0:10");
  }
}

package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;

/**
 * {@code marsad ingest} stopped with SIGTERM (as Ctrl-C) part-way: the summary still comes, marked
 * interrupted, and its documents add up (docs/ingest.md, "The documents add up").
 */
class TestIngestInterrupted {
  @TempDir Path work;

  @Test
  void sigterm_mid_ingest_prints_the_interrupted_summary_and_the_documents_add_up() throws Exception {
    Path input = work.resolve("wires.jsonl");
    DataDirCheck.writeInput(input, 3000);
    Path data = work.resolve("data");
    MarsadProcess p = MarsadProcess.start(work.resolve("logs"), "ingest", null, "ingest", "--json", "--data", data.toString(),
        "--threads", "1", "--commit-every", "50", input.toString());
    long firstAppend = p.awaitNonEmpty(data.resolve("log").resolve("segment-000001.log"));
    assertThat(firstAppend).as("still running when the first article was logged; stderr: %s", p.err()).isPositive();
    int exit = p.terminate(120);

    String out = p.out();
    assertThat(out).as("stdout after SIGTERM (exit %d); stderr: %s", exit, p.err()).isNotBlank();
    JsonNode summary = ArticleJson.mapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
    assertThat(summary.path("cancelled").asBoolean()).isTrue();
    long read = summary.path("read").asLong();
    assertThat(read).isBetween(1L, 2999L);
    assertThat(summary.path("ingested").asLong() + summary.path("duplicates").asLong() + summary.path("rejected").asLong())
        .as("read = ingested + duplicates + rejected: %s", summary).isEqualTo(read);
  }
}

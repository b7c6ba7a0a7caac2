package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.app.cli.ShortWires.HEALTH;
import static org.marsad.app.cli.ShortWires.LAVROV;
import static org.marsad.app.cli.ShortWires.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;

/**
 * An input the readers cannot read (a binary file, a cut gzip, a line that is no JSON) is no
 * document: the progress line and the summary count documents and unreadable inputs apart, and the
 * documents add up, {@code read = ingested + duplicates + rejected} (docs/ingest.md, "Output").
 * Session 19 QA: the progress line counted each unreadable input as a document, the summary did not.
 */
class TestIngestCounts {
  @TempDir Path data;
  @TempDir Path inputs;

  /**
   * Two articles, one repeated, one line that is no JSON, two records with an empty text (as
   * SaudiNewsNet has: readable documents with nothing to index); a binary file; a gzip cut in half.
   */
  private void writeInputs() throws Exception {
    String badLine = "{\"text\": \"" + HEALTH.replace("\n", "\\n") + "\", \"source\": \"was\"";
    Files.writeString(inputs.resolve("day.jsonl"), line(LAVROV, "sana") + badLine + "\n" + line(HEALTH, "was") + line(LAVROV, "sana")
        + "{\"content\": \"\", \"source\": \"was\", \"url\": \"http://www.spa.gov.sa/1\"}\n"
        + "{\"content\": \"   \", \"source\": \"was\", \"url\": \"http://www.spa.gov.sa/2\"}\n");
    byte[] binary = new byte[64];
    binary[8] = 0;
    binary[9] = (byte) 0xFF;
    Files.write(inputs.resolve("photo.txt"), binary);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((line(HEALTH, "spa") + line(LAVROV, "spa")).repeat(20).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(inputs.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
  }

  private record Run(CliRun cli, String progress) {}

  private Run ingest(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Run(CliRun.withData(data, args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void the_json_summary_counts_documents_and_unreadable_inputs_apart_and_they_add_up() throws Exception {
    writeInputs();
    Run r = ingest("ingest", "--json", "--threads", "1", inputs.toString());
    assertThat(r.cli().exit()).as(r.cli().err()).isZero();
    JsonNode s = ArticleJson.mapper().readTree(r.cli().out());
    long read = s.get("read").asLong();
    List<String> reasons = Files.readAllLines(data.resolve("quarantine/reasons.tsv"));
    assertThat(s.get("unreadable").asLong()).as("the bad JSON line, the binary file, the cut gzip: %s", reasons).isEqualTo(3);
    assertThat(s.get("ingested").asLong() + s.get("duplicates").asLong() + s.get("rejected").asLong())
        .as("every document read is stored, skipped or rejected").isEqualTo(read);
    assertThat(s.get("failed").asLong()).as("failed: everything quarantined")
        .isEqualTo(s.get("rejected").asLong() + s.get("unreadable").asLong()).isEqualTo(reasons.size());
    assertThat(s.get("duplicates").asLong()).as("Lavrov twice in day.jsonl").isGreaterThanOrEqualTo(1);
    // session-20 review F8: a record with an empty text is a document with nothing to index, not an unreadable input
    assertThat(s.get("rejected").asLong()).as("the two records with an empty text").isGreaterThanOrEqualTo(2);
    assertThat(reasons).filteredOn(l -> l.contains("empty text")).hasSize(2);
    // the last progress line (written at the end) counts the same documents, and the inputs apart
    String[] lines = r.progress().strip().split("\n");
    assertThat(lines[lines.length - 1]).startsWith(String.format(
        "marsad: ingest %d documents (%d new; 3 unreadable inputs), ", read, s.get("ingested").asLong()));
  }

  @Test
  void the_text_summary_says_of_how_many_documents_and_names_the_unreadable_inputs() throws Exception {
    writeInputs();
    Run r = ingest("ingest", "--threads", "1", inputs.toString());
    assertThat(r.cli().exit()).as(r.cli().err()).isZero();
    assertThat(r.cli().out()).containsPattern(
        "^Ingested (\\d+) new, (\\d+) duplicates? skipped, (\\d+) failed of (\\d+) documents?; 3 unreadable inputs; in ");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Ingested (\\d+) new, (\\d+) duplicates? skipped, (\\d+) failed of (\\d+) ")
        .matcher(r.cli().out());
    assertThat(m.find()).isTrue();
    assertThat(Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)))
        .as("new + skipped + failed = documents").isEqualTo(Long.parseLong(m.group(4)));
  }
}

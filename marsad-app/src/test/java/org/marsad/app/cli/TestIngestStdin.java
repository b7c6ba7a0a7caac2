package org.marsad.app.cli;

import static org.marsad.app.cli.ShortWires.HEALTH;
import static org.marsad.app.cli.ShortWires.LAVROV;
import static org.marsad.app.cli.ShortWires.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;

/**
 * {@code marsad ingest -} reads standard input as it reads a file: the bytes decide the format
 * (plain text, JSON Lines, HTML, gzip…), the origin is {@code stdin}, and a broken input is
 * quarantined with its bytes (docs/ingest.md, "Standard input").
 */
class TestIngestStdin {
  @TempDir Path data;
  @TempDir Path inputs;

  private CliRun ingestStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return CliRun.withData(data, args);
    } finally {
      System.setIn(saved);
    }
  }

  private List<String[]> quarantined() throws Exception {
    return Files.readAllLines(data.resolve("quarantine/reasons.tsv")).stream().map(l -> l.split("\t")).toList();
  }

  @Test
  void plain_text_on_stdin_is_one_article() throws Exception {
    CliRun r = ingestStdin(SharedData.seedText().getBytes(StandardCharsets.UTF_8), "ingest", "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = ArticleJson.mapper().readTree(r.out());
    assertThat(s.get("ingested").asInt()).isEqualTo(1);
    assertThat(s.get("failed").asInt()).isZero();
    CliRun search = CliRun.withData(data, "search", "--json", "لافروف");
    assertThat(ArticleJson.mapper().readTree(search.out()).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void json_lines_on_stdin_are_read_line_by_line_and_a_bad_line_is_quarantined_as_stdin_line() throws Exception {
    String badLine = "{\"text\": \"" + HEALTH.replace("\n", "\\n") + "\", \"source\": \"was\"";
    String jsonl = line(LAVROV, "sana") + badLine + "\n" + line(HEALTH, "was");
    CliRun r = ingestStdin(jsonl.getBytes(StandardCharsets.UTF_8), "ingest", "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = ArticleJson.mapper().readTree(r.out());
    assertThat(s.get("ingested").asInt()).isEqualTo(2);
    assertThat(s.get("failed").asInt()).isEqualTo(1);
    String[] failure = quarantined().get(0);
    assertThat(failure[1]).isEqualTo("stdin:2");
    assertThat(failure[2]).startsWith("invalid JSON at line 2");
    assertThat(Files.readString(data.resolve("quarantine").resolve(failure[3]))).contains("افتتاح ثلاثة مستشفيات");
    CliRun search = CliRun.withData(data, "search", "--json", "source:was");
    assertThat(ArticleJson.mapper().readTree(search.out()).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void stdin_is_read_in_its_turn_among_files_and_an_html_page_is_read_as_html() throws Exception {
    Files.writeString(inputs.resolve("health.txt"), HEALTH, StandardCharsets.UTF_8);
    String page = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><title>لافروف وكيري</title></head><body>"
        + "<nav>الرئيسية | سياسة | اقتصاد</nav><article><p>" + String.join("</p><p>", SharedData.seedText().split("\n+"))
        + "</p></article></body></html>";
    CliRun r = ingestStdin(page.getBytes(StandardCharsets.UTF_8), "ingest", "--json", inputs.resolve("health.txt").toString(), "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(ArticleJson.mapper().readTree(r.out()).get("ingested").asInt()).isEqualTo(2);
    JsonNode hits = ArticleJson.mapper().readTree(CliRun.withData(data, "search", "--json", "كيري").out()).get("hits");
    assertThat(hits).hasSize(1);
    JsonNode article = ArticleJson.mapper().readTree(CliRun.withData(data, "get", hits.get(0).get("id").asText()).out());
    assertThat(article.get("text").asText()).as("the page's text, its markup and navigation left out")
        .contains("سيرغي لافروف").doesNotContain("<p>").doesNotContain("الرئيسية | سياسة");
  }

  @Test
  void a_cut_gzip_on_stdin_is_quarantined_with_its_bytes() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((line(LAVROV, "sana") + line(HEALTH, "was")).getBytes(StandardCharsets.UTF_8));
    }
    byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() - 12); // the trailer and the end of the data are gone
    CliRun r = ingestStdin(cut, "ingest", "--json", "-");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(ArticleJson.mapper().readTree(r.out()).get("failed").asInt()).isEqualTo(1);
    String[] failure = quarantined().get(quarantined().size() - 1);
    assertThat(failure[1]).startsWith("stdin");
    assertThat(failure[2]).startsWith("truncated or corrupt archive");
    assertThat(failure[3]).as("the bytes are kept, as for a file").isNotEqualTo("-");
    assertThat(Files.readAllBytes(data.resolve("quarantine").resolve(failure[3]))).isEqualTo(cut);
  }

  @Test
  void empty_stdin_fails_and_stdin_twice_is_a_usage_error() throws Exception {
    CliRun empty = ingestStdin(new byte[0], "ingest", "-");
    assertThat(empty.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(quarantined()).singleElement().satisfies(f -> assertThat(f[1] + " " + f[2]).isEqualTo("stdin empty file"));

    CliRun twice = ingestStdin(LAVROV.getBytes(StandardCharsets.UTF_8), "ingest", "-", "-");
    assertThat(twice.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(twice.err()).contains("- (standard input) can be given only once").doesNotContain("Exception");
  }
}

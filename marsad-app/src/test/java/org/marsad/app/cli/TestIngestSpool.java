package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.app.cli.ShortWires.HEALTH;
import static org.marsad.app.cli.ShortWires.LAVROV;
import static org.marsad.app.cli.ShortWires.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.SpoolDirectory;
import org.marsad.nlp.article.ArticleJson;

/**
 * {@code marsad ingest} copies zips and WARCs that arrive as streams under {@code DATA/tmp}, which each
 * start empties while it holds the data directory: a copy left by {@code kill -9} does not stay
 * (review21/ingest21 F8); {@code --spool-limit-mib} bounds each copy (docs/ingest.md).
 */
class TestIngestSpool {
  @TempDir Path data;
  @TempDir Path inputs;

  private static byte[] zip(String name, byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(bytes);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void a_copy_left_by_a_killed_ingest_is_removed_at_the_next_start_and_the_new_copies_go_too() throws Exception {
    Path tmp = data.resolve("tmp");
    Files.createDirectories(tmp);
    Path left = Files.write(tmp.resolve(SpoolDirectory.PREFIX + "8123456789.zip"), new byte[64 * 1024]); // cut where kill -9 came
    Path input = Files.write(inputs.resolve("outer.zip"),
        zip("inner.zip", zip("wires.jsonl", (line(LAVROV, "sana") + line(HEALTH, "was")).getBytes(StandardCharsets.UTF_8))));
    CliRun r = CliRun.withData(data, "ingest", "--json", input.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode s = ArticleJson.mapper().readTree(r.out());
    assertThat(s.get("ingested").asInt()).isEqualTo(2);
    assertThat(left).doesNotExist();
    assertThat(tmp).isEmptyDirectory();
  }

  @Test
  void a_negative_spool_limit_is_refused_and_0_reads_a_zip_in_a_zip_as_a_stream() throws Exception {
    Path input = Files.write(inputs.resolve("bundle.zip"), zip("inner.zip", zip("wires.jsonl",
        (line(LAVROV, "sana") + line(HEALTH, "was")).getBytes(StandardCharsets.UTF_8))));
    CliRun bad = CliRun.withData(data, "ingest", "--json", "--spool-limit-mib", "-1", input.toString());
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("--spool-limit-mib must be between 0 and 8796093022207, got -1");
    CliRun none = CliRun.withData(data, "ingest", "--json", "--spool-limit-mib", "0", input.toString()); // no copy: read as a stream
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(ArticleJson.mapper().readTree(none.out()).get("ingested").asInt()).isEqualTo(2);
  }
}

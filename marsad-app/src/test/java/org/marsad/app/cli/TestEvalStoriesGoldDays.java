package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;

/**
 * {@code eval stories --gold FILE --days …} with a gold file of one day (session 18's judging day): the
 * articles of {@code --days} are scored when the gold names them, and a gold file none of whose
 * articles is among them is an error, not a score over no article. A SaudiNewsNet folder of one day
 * is written at test time from the first three reports of 2015-08-09 (real text, nothing copied into
 * the repository).
 */
class TestEvalStoriesGoldDays {
  @Test
  void a_gold_file_of_the_days_is_scored_and_one_of_other_days_is_refused(@TempDir Path dir) throws Exception {
    ObjectMapper m = new ObjectMapper();
    ArrayNode three = m.createArrayNode();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SharedData.require("data/saudinewsnet/2015-08-09.zip")))) {
      in.getNextEntry();
      JsonNode all = m.readTree((InputStream) in);
      for (int i = 0; i < 3; i++) three.add(all.get(i));
    }
    Path corpus = Files.createDirectories(dir.resolve("snn"));
    try (OutputStream f = Files.newOutputStream(corpus.resolve("2015-08-09.zip")); ZipOutputStream z = new ZipOutputStream(f)) {
      z.putNextEntry(new ZipEntry("2015-08-09.json"));
      z.write(m.writeValueAsBytes(three));
      z.closeEntry();
    }
    StringBuilder gold = new StringBuilder("# url\tstory\tevent\n");
    for (JsonNode a : three) gold.append(a.get("url").asText()).append("\tone-story\tone-story/e\n");
    Path thisDay = Files.writeString(dir.resolve("day.tsv"), gold.toString(), StandardCharsets.UTF_8);
    Path otherDay = Files.writeString(dir.resolve("other.tsv"),
        "http://www.alriyadh.com/1072074\tabha-airport\tabha-airport/travellers\n", StandardCharsets.UTF_8);

    CliRun scored = CliRun.of("eval", "stories", "--saudinewsnet", corpus.toString(), "--days", "2015-08-09",
        "--gold", thisDay.toString(), "--split", "all", "--json");
    assertThat(scored.exit()).as(scored.err()).isZero();
    JsonNode j = m.readTree(scored.out());
    assertThat(j.get("labelled").asInt()).isEqualTo(3);
    assertThat(j.get("articles").asInt()).isEqualTo(3);

    CliRun refused = CliRun.of("eval", "stories", "--saudinewsnet", corpus.toString(), "--days", "2015-08-09",
        "--gold", otherDay.toString(), "--split", "all", "--json");
    assertThat(refused.exit()).isNotZero();
    assertThat(refused.err()).contains("no labelled article").contains("2015-08-09");
  }
}

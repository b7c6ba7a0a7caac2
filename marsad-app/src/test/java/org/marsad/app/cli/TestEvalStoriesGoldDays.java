package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.eval.StoriesEvaluation;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.testkit.SharedData;

/**
 * {@code eval stories --gold FILE --days …} with a gold file of one day (session 18's judging day): the
 * articles of {@code --days} are scored when the gold names them, and a gold file none of whose
 * articles is among them is an error, not a score over no article. A SaudiNewsNet folder of one day
 * is written at test time from the first three reports of 2015-08-09 (real text, nothing copied into
 * the repository). The refusal comes before any clustering, in every mode ({@code --sweep},
 * {@code --explain}); a judging file (header {@code # JUDGING SET}) is scored whole, not on the
 * half its story labels hash to; {@code --sweep} keeps {@code --subject-share} and {@code --subjectless}, and
 * {@code --subjectless} without the rule on is refused.
 */
class TestEvalStoriesGoldDays {
  private final ObjectMapper m = new ObjectMapper();

  /** A SaudiNewsNet folder of one day, 2015-08-09, holding its first three reports; returns them. */
  private ArrayNode oneDayCorpus(Path corpus) throws Exception {
    ArrayNode three = m.createArrayNode();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SharedData.require("data/saudinewsnet/2015-08-09.zip")))) {
      in.getNextEntry();
      JsonNode all = m.readTree((InputStream) in);
      for (int i = 0; i < 3; i++) three.add(all.get(i));
    }
    Files.createDirectories(corpus);
    try (OutputStream f = Files.newOutputStream(corpus.resolve("2015-08-09.zip")); ZipOutputStream z = new ZipOutputStream(f)) {
      z.putNextEntry(new ZipEntry("2015-08-09.json"));
      z.write(m.writeValueAsBytes(three));
      z.closeEntry();
    }
    return three;
  }

  private static Path otherDayGold(Path dir) throws Exception {
    return Files.writeString(dir.resolve("other.tsv"),
        "http://www.alriyadh.com/1072074\tabha-airport\tabha-airport/travellers\n", StandardCharsets.UTF_8);
  }

  @Test
  void a_gold_file_of_the_days_is_scored_and_one_of_other_days_is_refused(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("snn");
    ArrayNode three = oneDayCorpus(corpus);
    StringBuilder gold = new StringBuilder("# url\tstory\tevent\n");
    for (JsonNode a : three) gold.append(a.get("url").asText()).append("\tone-story\tone-story/e\n");
    Path thisDay = Files.writeString(dir.resolve("day.tsv"), gold.toString(), StandardCharsets.UTF_8);
    Path otherDay = otherDayGold(dir);

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

  @Test
  void a_gold_file_of_other_days_is_refused_by_the_sweep_and_the_explain_too(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("snn");
    oneDayCorpus(corpus);
    Path otherDay = otherDayGold(dir);
    for (String mode : new String[] {"--sweep", "--explain"}) {
      CliRun refused = CliRun.of("eval", "stories", "--saudinewsnet", corpus.toString(), "--days", "2015-08-09",
          "--gold", otherDay.toString(), "--split", "all", mode);
      assertThat(refused.exit()).as(mode + ": " + refused.out()).isNotZero();
      assertThat(refused.err()).as(mode).contains("no labelled article").contains("2015-08-09");
      assertThat(refused.out()).as(mode + " printed no grid or story list").isEmpty();
    }
  }

  @Test
  void a_judging_file_is_scored_whole_and_refuses_a_half(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("snn");
    ArrayNode three = oneDayCorpus(corpus);
    // three stories whose labels hash to both halves: a default of --split test would score two of them
    String[] stories = {"story-a", "story-b", "story-c"};
    StringBuilder gold = new StringBuilder(StoriesEvaluation.JUDGING_SET_MARKER + " (test)" + "\n# url\tstory\tevent\n");
    for (int i = 0; i < 3; i++) {
      gold.append(three.get(i).get("url").asText()).append('\t').append(stories[i]).append('\t').append(stories[i]).append("/e\n");
    }
    Path judging = Files.writeString(dir.resolve("judging.tsv"), gold.toString(), StandardCharsets.UTF_8);

    CliRun whole = CliRun.of("eval", "stories", "--saudinewsnet", corpus.toString(), "--days", "2015-08-09",
        "--gold", judging.toString(), "--json");
    assertThat(whole.exit()).as(whole.err()).isZero();
    JsonNode j = m.readTree(whole.out());
    assertThat(j.get("split").asText()).isEqualTo("all");
    assertThat(j.get("labelled").asInt()).isEqualTo(3);

    CliRun half = CliRun.of("eval", "stories", "--saudinewsnet", corpus.toString(), "--days", "2015-08-09",
        "--gold", judging.toString(), "--split", "test", "--json");
    assertThat(half.exit()).isNotZero();
    assertThat(half.err()).contains("judging set").contains("--split all");
    assertThat(half.out()).isEmpty();
  }

  @Test
  void the_shipped_gold_set_keeps_its_halves() {
    assertThat(EvalStoriesCommand.halfToScore(false, null, "gold")).isEqualTo("test");
    assertThat(EvalStoriesCommand.halfToScore(false, "dev", "gold")).isEqualTo("dev");
    assertThat(EvalStoriesCommand.halfToScore(true, null, "gold")).isEqualTo("all");
    assertThatThrownBy(() -> EvalStoriesCommand.halfToScore(true, "dev", "gold")).hasMessageContaining("judging set");
  }

  @Test
  void the_subject_share_is_taken_and_kept_by_every_point_of_the_sweep(@TempDir Path dir) throws Exception {
    StoryClusterer.Settings s = StoryClusterer.Settings.defaults().withSubjectShare(StoryClusterer.Settings.SUBJECT_SHARE_TRIED)
        .withSubjectless(StoryClusterer.Settings.Subjectless.TEXT_ONLY_PASSES);
    StoryClusterer.Settings point = EvalStoriesCommand.sweepPoint(s, 0.30, 0.24);
    assertThat(point.subjectShare()).isEqualTo(StoryClusterer.Settings.SUBJECT_SHARE_TRIED);
    assertThat(point.subjectless()).isEqualTo(StoryClusterer.Settings.Subjectless.TEXT_ONLY_PASSES);
    assertThat(point).isEqualTo(new StoryClusterer.Settings(0.30, 0.24, s.entityWeight(), s.eventWindow(), s.linkWindow(),
            s.linkEntityFloor(), s.storyAgreement(), s.agreementTextGate(), s.broadStoryTextGate(), s.subjectShare(),
            s.subjectless()));

    Path corpus = dir.resolve("snn");
    ArrayNode three = oneDayCorpus(corpus);
    StringBuilder gold = new StringBuilder();
    for (JsonNode a : three) gold.append(a.get("url").asText()).append("\tone-story\tone-story/e\n");
    Path day = Files.writeString(dir.resolve("day.tsv"), gold.toString(), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "stories", "--saudinewsnet", corpus.toString(), "--days", "2015-08-09",
        "--gold", day.toString(), "--split", "all", "--subject-share", "0.05", "--subjectless", "TEXT_ONLY_PASSES", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(m.readTree(run.out()).get("labelled").asInt()).isEqualTo(3);
  }

  /** {@code --subjectless} is read only by the named-subject rule: without {@code --subject-share} it is refused, not a no-op. */
  @Test
  void an_answer_for_the_rule_without_the_rule_is_refused(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("snn");
    ArrayNode three = oneDayCorpus(corpus);
    StringBuilder gold = new StringBuilder();
    for (JsonNode a : three) gold.append(a.get("url").asText()).append("\tone-story\tone-story/e\n");
    Path day = Files.writeString(dir.resolve("day.tsv"), gold.toString(), StandardCharsets.UTF_8);
    for (String[] share : new String[][] {{}, {"--subject-share", "0"}}) {
      List<String> args = new ArrayList<>(List.of("eval", "stories", "--saudinewsnet", corpus.toString(),
          "--days", "2015-08-09", "--gold", day.toString(), "--split", "all", "--subjectless", "TEXT_ONLY_PASSES", "--json"));
      args.addAll(List.of(share));
      CliRun refused = CliRun.of(args.toArray(String[]::new));
      assertThat(refused.exit()).as(String.join(" ", share)).isNotZero();
      assertThat(refused.err()).contains("--subjectless").contains("--subject-share");
      assertThat(refused.out()).isEmpty();
    }
  }
}

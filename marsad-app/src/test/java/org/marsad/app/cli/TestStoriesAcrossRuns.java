package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;

/**
 * Two separate {@code marsad ingest} runs into one data directory: the second run's article
 * joins the story the first run opened (the clusterer state is saved in DATA/stories.bin), and
 * the story is found with {@code search story:ID}, the story facet and {@code marsad stories}.
 */
class TestStoriesAcrossRuns {
  @TempDir Path data;
  @TempDir Path inputs;

  @Test
  void an_article_ingested_by_a_later_run_joins_the_earlier_story() throws Exception {
    String seed = SharedData.seedText();
    String copy = seed.replace("موسكو-سانا", "موسكو - وكالات").replace("اليوم", "أمس");
    Path first = inputs.resolve("first.jsonl"), second = inputs.resolve("second.jsonl");
    Files.writeString(first, ArticleJson.mapper().createObjectNode().put("text", seed).put("source", "sana")
        .put("published", "2016-04-12") + "\n", StandardCharsets.UTF_8);
    Files.writeString(second, ArticleJson.mapper().createObjectNode().put("title", "لافروف يتهم واشنطن بنشر معلومات مضللة")
        .put("text", copy).put("source", "alwatan").put("published", "2016-04-13") + "\n", StandardCharsets.UTF_8);

    assertThat(run("ingest", first.toString()).exit()).isZero();
    assertThat(data.resolve("stories.bin")).exists();
    JsonNode afterFirst = json(run("stories", "--min-articles", "1", "--json"));
    assertThat(afterFirst.get("stories")).hasSize(1);
    String storyId = afterFirst.get("stories").get(0).get("id").asText();

    assertThat(run("ingest", second.toString()).exit()).isZero();
    JsonNode stories = json(run("stories", "--json"));
    assertThat(stories.get("stories")).hasSize(1);
    assertThat(stories.get("stories").get(0).get("id").asText()).isEqualTo(storyId);
    assertThat(stories.get("stories").get(0).get("articles").asInt()).isEqualTo(2);
    assertThat(stories.get("stories").get(0).get("sources")).extracting(JsonNode::asText).containsExactly("sana", "alwatan");

    JsonNode byStory = json(run("search", "--all", "--json", "story:" + storyId));
    assertThat(byStory.get("total").asLong()).isEqualTo(2);
    assertThat(byStory.get("facets").get("story").get(0).get("value").asText()).isEqualTo(storyId);
    assertThat(json(run("search", "--all", "--json", "story:story-000000000000")).get("total").asLong()).isZero();
  }

  private CliRun run(String... args) {
    CliRun r = CliRun.withData(data, args);
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  private static JsonNode json(CliRun r) throws Exception {
    return ArticleJson.mapper().readTree(r.out());
  }
}

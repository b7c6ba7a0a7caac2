package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;
import picocli.CommandLine;

/**
 * The collection endpoints of the real server (`marsad serve` wiring): the seed and a
 * republication of it ingested over the API become one story with two articles; entities,
 * quotes and trends answer from the same collection.
 */
class TestCollectionApi {
  @TempDir Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void stories_entities_quotes_and_trends_answer_from_the_ingested_collection() throws Exception {
    String seed = SharedData.seedText();
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs("--data", data.toString(), "--port", "0");
    try (RunningServer server = cmd.start(new PrintWriter(new StringWriter()))) {
      String base = "http://127.0.0.1:" + server.server().port();
      String token = Files.readString(data.resolve("token")).strip();
      ingest(base, token, "sana", "2016-04-12", seed);
      ingest(base, token, "alwatan", "2016-04-13", seed.replace("موسكو-سانا", "موسكو - وكالات").replace("اليوم", "أمس"));

      JsonNode stories = get(base + "/api/stories");
      assertThat(stories.get("total").asLong()).isEqualTo(1);
      JsonNode story = stories.get("items").get(0);
      assertThat(story.get("articles").asLong()).isEqualTo(2);
      JsonNode detail = get(base + "/api/stories/" + story.get("id").asText());
      assertThat(detail.get("articles")).hasSize(2);
      assertThat(detail.get("articles").get(1).get("duplicateOf").asText()).as("the republication is marked")
          .isEqualTo(detail.get("articles").get(0).get("id").asText());

      JsonNode people = get(base + "/api/entities?type=PERS&q=" + URLEncoder.encode("سيرغي", StandardCharsets.UTF_8));
      assertThat(people.get("items")).isNotEmpty();
      String lavrov = people.get("items").get(0).get("id").asText();
      JsonNode profile = get(base + "/api/entities/" + lavrov);
      assertThat(profile.get("name").asText()).contains("لافروف");
      assertThat(profile.get("timeline")).isNotEmpty();
      assertThat(profile.get("quotes")).isNotEmpty();
      // MISC (nationality adjectives mostly) only when asked for, as in `marsad entities` (docs/listing.md)
      assertThat(get(base + "/api/entities?size=100").get("items")).isNotEmpty()
          .allSatisfy(e -> assertThat(e.get("type").asText()).isIn("PERS", "ORG", "LOC"));
      assertThat(get(base + "/api/entities?type=MISC&size=100").get("items")).isNotEmpty()
          .allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("MISC"));

      JsonNode quotes = get(base + "/api/quotes?speaker=" + URLEncoder.encode("بيسكوف", StandardCharsets.UTF_8));
      assertThat(quotes.get("items")).isNotEmpty().allSatisfy(q -> assertThat(q.get("speaker").asText()).contains("بيسكوف"));

      // a Latin name finds the Arabic articles through the API as through `marsad search` (docs/search.md)
      JsonNode latin = get(base + "/api/search?q=Lavrov");
      assertThat(latin.get("query").asText()).isEqualTo("Lavrov");
      assertThat(latin.get("total").asLong()).isEqualTo(1); // the republication is hidden, as in the CLI
      assertThat(latin.get("hits").get(0).get("snippet").asText()).contains("لافروف");

      HttpResponse<String> trends = http.send(HttpRequest.newBuilder(URI.create(base + "/api/trends")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(trends.statusCode()).isEqualTo(200);
      assertThat(ArticleJson.mapper().readTree(trends.body()).isArray()).isTrue();
      // two days of articles: the body is an empty list, the headers say why (docs/api.md)
      assertThat(ArticleJson.mapper().readTree(trends.body())).isEmpty();
      assertThat(trends.headers().firstValue("X-Marsad-Trends-Covered-Days")).hasValue("2");
      assertThat(trends.headers().firstValue("X-Marsad-Trends-Unscored-Days")).as("the newest day, 1 covered day before it").hasValue("1");
      assertThat(trends.headers().firstValue("X-Marsad-Trends-Complete")).hasValue("true");
      assertThat(trends.headers().firstValue("X-Marsad-Trends-Total")).as("no burst found, none cut").hasValue("0");
    }
  }

  private void ingest(String base, String token, String source, String published, String text) throws Exception {
    String body = ArticleJson.mapper().createObjectNode().put("text", text).put("source", source).put("published", published).toString();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + " → " + r.body()).isEqualTo(200);
    return ArticleJson.mapper().readTree(r.body());
  }
}

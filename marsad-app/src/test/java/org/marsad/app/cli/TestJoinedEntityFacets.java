package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.http.MarsadServer;
import org.marsad.app.http.ServerConfig;
import org.marsad.app.http.ServerWiring;
import org.marsad.app.http.Services;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import org.marsad.testkit.SharedData;

/**
 * The person facet of {@code marsad search} and {@code /api/search} shows one value per person as the
 * registry reads him (lane facets26; issue 4): on SaudiNewsNet 2015-07-21..25 the registry keeps the
 * articles naming only {@code عادل الجبير} on an entity of their own and reads it as {@code عادل بن
 * أحمد الجبير} (both foreign ministers), and the facet showed the two names as two values. The
 * index here holds the reports naming the short form only, the full form only, or both.
 */
class TestJoinedEntityFacets {
  private static final String SHORT = "عادل الجبير";
  private static final String FULL = "عادل بن أحمد الجبير";
  private static final String SCOPE = "person:الجبير";

  @TempDir static Path data;
  @TempDir static Path inputs;
  static int shortOnly;
  static int fullOnly;
  static int both;

  @BeforeAll
  static void ingest() throws Exception {
    List<RawDocument> days = new ArrayList<>();
    List<Path> zips = new ArrayList<>();
    for (int d = 21; d <= 25; d++) zips.add(SharedData.require("data/saudinewsnet/2015-07-" + d + ".zip"));
    Sources.read(zips, new DocumentSink() {
      @Override public void accept(RawDocument d) { days.add(d); }
      @Override public void failed(String origin, String reason, byte[] bytes) { }
    });
    StringBuilder jsonl = new StringBuilder();
    for (RawDocument d : days) {
      boolean s = d.body().contains(SHORT), f = d.body().contains(FULL);
      if (!s && !f) continue;
      if (s && f) both++;
      else if (s) shortOnly++;
      else fullOnly++;
      jsonl.append(ArticleJson.mapper().createObjectNode().put("title", d.title()).put("text", d.body())
          .put("source", d.source()).put("published", d.published()).put("url", d.url())).append('\n');
    }
    Files.writeString(inputs.resolve("jubeir.jsonl"), jsonl, StandardCharsets.UTF_8);
    CliRun r = CliRun.withData(data, "ingest", inputs.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static JsonNode cli(String query) throws Exception {
    CliRun r = CliRun.withData(data, "search", "--json", "--size", "1000", query);
    assertThat(r.exit()).as(r.err()).isZero();
    return ArticleJson.mapper().readTree(r.out());
  }

  /** The articles of the scope that hold the person under either name, by their stored entities. */
  private static Set<String> jubeirArticles(JsonNode scope, ArticleStore store, EntityRegistry registry) throws Exception {
    EntityRecord jubeir = registry.resolve("PERS", FULL).orElseThrow();
    assertThat(registry.resolve("PERS", SHORT)).as("the short form read as the full name").contains(jubeir);
    Set<String> ids = new HashSet<>();
    for (JsonNode hit : scope.get("hits")) {
      Article a = store.get(hit.get("id").asText()).orElseThrow();
      for (Entity e : a.entities()) {
        if (!"PERS".equals(e.type()) || e.canonical() == null) continue;
        if (registry.resolve("PERS", e.canonical()).filter(jubeir::equals).isPresent()) ids.add(a.id());
      }
    }
    return ids;
  }

  private static Set<String> ids(JsonNode result) {
    Set<String> ids = new HashSet<>();
    for (JsonNode hit : result.get("hits")) ids.add(hit.get("id").asText());
    return ids;
  }

  /** The one person value of the facet that is Jubeir, checked against the articles it counts. */
  private static void assertOneJubeirValue(JsonNode facets, Set<String> expected, Set<String> clicked, EntityRegistry registry) {
    EntityRecord jubeir = registry.resolve("PERS", FULL).orElseThrow();
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode v : facets.get("person")) {
      if (registry.resolve("PERS", v.get("value").asText()).filter(jubeir::equals).isPresent()) values.add(v);
    }
    assertThat(values).as("one value for the one man: %s", facets.get("person")).hasSize(1);
    assertThat(values.get(0).get("count").asLong()).as("articles, each once").isEqualTo(expected.size());
    assertThat(clicked).as("the value's filter finds exactly the articles counted").isEqualTo(expected);
  }

  @Test
  void the_cli_facet_shows_one_value_counting_each_article_once() throws Exception {
    assertThat(shortOnly).isGreaterThan(0);
    assertThat(fullOnly).isGreaterThan(0);
    assertThat(both).isGreaterThan(0);
    JsonNode scope = cli(SCOPE);
    EntityRegistry registry = EntityRegistry.open(data, Transliterator.rulesOnly());
    Set<String> expected;
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      expected = jubeirArticles(scope, store, registry);
    }
    String value = valueFor(scope.get("facets"), registry);
    assertOneJubeirValue(scope.get("facets"), expected, ids(cli(SCOPE + " person:\"" + value + "\"")), registry);
    assertThat(bodiesOf(expected)).as("short form only, full form only and both are counted")
        .contains("short", "full", "both");
  }

  @Test
  void the_api_facet_shows_the_same_one_value() throws Exception {
    JsonNode cliScope = cli(SCOPE);
    try (ArticleStore store = ArticleStore.openEmbedded(data); Corpus corpus = Corpus.open(data)) {
      Services services = ServerWiring.services(data, store, corpus).build();
      try (MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, "test-token-0123456789abcdef", 64 * 1024, List.of()), services).start()) {
        EntityRegistry registry = corpus.entities();
        JsonNode scope = api(server, SCOPE);
        Set<String> expected = jubeirArticles(scope, store, registry);
        String value = valueFor(scope.get("facets"), registry);
        assertOneJubeirValue(scope.get("facets"), expected, ids(api(server, SCOPE + " person:\"" + value + "\"")), registry);
        assertThat(scope.get("facets").get("person")).as("as the CLI").isEqualTo(cliScope.get("facets").get("person"));
      } finally {
        services.close();
      }
    }
  }

  private static JsonNode api(MarsadServer server, String query) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return ArticleJson.mapper().readTree(r.body());
  }

  /** The first person value that is Jubeir (the one to click). */
  private static String valueFor(JsonNode facets, EntityRegistry registry) {
    EntityRecord jubeir = registry.resolve("PERS", FULL).orElseThrow();
    for (JsonNode v : facets.get("person")) {
      if (registry.resolve("PERS", v.get("value").asText()).filter(jubeir::equals).isPresent()) return v.get("value").asText();
    }
    throw new AssertionError("no Jubeir in " + facets.get("person"));
  }

  /** Which of short/full/both the articles' bodies name. */
  private static Set<String> bodiesOf(Set<String> ids) throws Exception {
    Set<String> kinds = new HashSet<>();
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      for (String id : ids) {
        String body = store.get(id).orElseThrow().text();
        boolean s = body.contains(SHORT), f = body.contains(FULL);
        kinds.add(s && f ? "both" : s ? "short" : f ? "full" : "neither");
      }
    }
    return kinds;
  }
}

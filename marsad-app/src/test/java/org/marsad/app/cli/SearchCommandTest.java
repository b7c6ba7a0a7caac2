package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Section;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.testkit.SharedData;
import picocli.CommandLine;

/** {@code marsad search} and {@code marsad get} run in-process against a small index. */
class SearchCommandTest {
  @TempDir static Path data;
  static String seedId;

  @BeforeAll
  static void index() throws Exception {
    String text = SharedData.seedText();
    String body = text.substring(text.indexOf('\n') + 1).strip();
    List<String> paragraphs = List.of(body.split("\n"));
    Article seed = new Article("seed0001", null, null, "2016-04-12T10:00:00Z", "sana", "https://sana.sy/?p=1",
        new Dateline("موسكو", "سانا", null, "موسكو-سانا"), paragraphs.get(0), List.of(new Section(null, paragraphs)),
        List.of(), body, null, null, List.of(), List.of(), null, List.of(), null, null);
    Article other = new Article("other0002", "الجبير يزور موسكو", null, "2015-08-11", "was", null, null,
        "وصل وزير الخارجية عادل الجبير إلى موسكو اليوم حيث يلتقي نظيره الروسي لافروف.",
        List.of(), List.of(), "وصل وزير الخارجية عادل الجبير إلى موسكو اليوم حيث يلتقي نظيره الروسي لافروف.",
        null, null, List.of(), List.of(), null, List.of(), null, null);
    Article dup = other.withDuplicateOf("other0002");
    dup = new Article("dup0003", dup.title(), null, dup.published(), "sabq", null, null, dup.lead(), List.of(), List.of(),
        dup.text(), null, null, List.of(), List.of(), null, List.of(), "other0002", null);
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      store.add(seed);
      store.add(other);
      store.add(dup);
    }
    seedId = seed.id();
  }

  static CliRun run(String... args) {
    return CliRun.withData(data, args);
  }

  @Test
  void json_output_has_exactly_the_documented_shape() throws Exception {
    CliRun r = run("search", "لافروف", "--json");
    assertThat(r.exit()).isZero();
    JsonNode json = ArticleJson.mapper().readTree(r.out());
    assertThat(names(json)).containsExactly("total", "hits", "facets");
    assertThat(json.get("total").asLong()).isEqualTo(2); // the near-duplicate is hidden
    JsonNode hit = json.get("hits").get(0);
    assertThat(names(hit)).containsExactly("id", "title", "source", "url", "published", "score", "snippet", "duplicateOf");
    assertThat(hit.get("duplicateOf").isNull()).isTrue();
    assertThat(hit.get("id").asText()).isEqualTo(seedId);
    assertThat(hit.get("snippet").asText()).contains("<mark>لافروف</mark>");
    assertThat(json.get("facets").get("source").get(0).has("value")).isTrue();
    assertThat(json.get("facets").get("date")).hasSize(2);
  }

  @Test
  void all_includes_near_duplicates() throws Exception {
    JsonNode json = ArticleJson.mapper().readTree(run("search", "الجبير", "--all", "--json").out());
    assertThat(json.get("total").asLong()).isEqualTo(2);
    assertThat(ArticleJson.mapper().readTree(run("search", "الجبير", "--json").out()).get("total").asLong()).isEqualTo(1);
  }

  @Test
  void with_all_a_copy_names_its_original_in_json_and_text() throws Exception {
    JsonNode hits = ArticleJson.mapper().readTree(run("search", "الجبير", "--all", "--json").out()).get("hits");
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (JsonNode h : hits) byId.put(h.get("id").asText(), h.get("duplicateOf"));
    assertThat(byId.keySet()).containsExactlyInAnyOrder("other0002", "dup0003");
    assertThat(byId.get("dup0003").asText()).isEqualTo("other0002");
    assertThat(byId.get("other0002").isNull()).isTrue();

    List<String> lines = run("search", "الجبير", "--all").out().lines().toList();
    assertThat(lines).filteredOn(l -> l.contains("dup0003")).singleElement().asString()
        .contains("score").endsWith("نسخة من / copy of other0002");
    assertThat(lines).filteredOn(l -> l.contains("other0002") && !l.contains("dup0003")).singleElement().asString()
        .doesNotContain("copy of");
  }

  @Test
  void filters_sort_and_pages_from_the_command_line() throws Exception {
    JsonNode json = ArticleJson.mapper().readTree(run("search", "source:was", "--json").out());
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(json.get("hits").get(0).get("source").asText()).isEqualTo("was");
    JsonNode byDate = ArticleJson.mapper().readTree(run("search", "موسكو", "--sort", "date", "--json").out());
    assertThat(byDate.get("hits").get(0).get("id").asText()).isEqualTo(seedId); // 2016 before 2015
    JsonNode page2 = ArticleJson.mapper().readTree(run("search", "موسكو", "--sort", "date", "--page", "2", "--size", "1", "--json").out());
    assertThat(page2.get("hits")).hasSize(1);
    assertThat(page2.get("hits").get(0).get("id").asText()).isEqualTo("other0002");
    JsonNode months = ArticleJson.mapper().readTree(run("search", "--histogram", "month", "--json").out());
    assertThat(months.get("facets").get("date").get(0).get("value").asText()).isEqualTo("2015-08");
  }

  @Test
  void a_source_no_article_has_is_named_with_the_sources_there_are() {
    // session 11 QA: `source:spa` on SaudiNewsNet found 0 results and said nothing (its key is `was`)
    CliRun r = run("search", "الجبير source:spa");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("0 results for الجبير source:spa")
        .contains("no article has source 'spa'; the sources are sabq, sana, was");
    assertThat(run("search", "لافروف source:sabq").out()).as("a known source, only no match").doesNotContain("no article has source");
    assertThat(run("search", "source:spa", "--json").out()).as("JSON unchanged").doesNotContain("no article has");
  }

  @Test
  void a_page_past_the_last_says_so_and_a_page_too_deep_is_a_usage_error() {
    CliRun past = run("search", "موسكو", "--page", "999", "--size", "1");
    assertThat(past.exit()).isZero();
    assertThat(past.out()).startsWith("2 results for موسكو").contains("page 999 is past the last page (2)");
    CliRun deep = run("search", "موسكو", "--page", "2147483647", "--size", "1000");
    assertThat(deep.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(deep.err()).startsWith("--page 2147483647 with --size 1000 reaches past hit 1,000,000").doesNotContain("offset");
  }

  @Test
  void text_output_lists_hits_with_marked_snippets() {
    CliRun r = run("search", "\"وقف الأعمال القتالية\"");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("1 result for \"وقف الأعمال القتالية\"");
    assertThat(r.out()).contains("**وقف الأعمال القتالية**").contains("sana").contains(seedId);
  }

  @Test
  void malformed_queries_are_one_line_errors_with_exit_1() {
    CliRun quote = run("search", "\"وقف الأعمال");
    assertThat(quote.exit()).isEqualTo(1);
    assertThat(quote.err().strip()).isEqualTo("marsad: unbalanced quote: \"وقف الأعمال has no closing \"");
    CliRun date = run("search", "from:notadate");
    assertThat(date.exit()).isEqualTo(1);
    assertThat(date.err().strip()).isEqualTo("marsad: from: expects a date like 2015-07-01 (or 2015-07, 2015), got 'notadate'");
  }

  @Test
  void get_prints_the_record_and_fails_cleanly_for_an_unknown_id() throws Exception {
    CliRun r = run("get", seedId, "--compact");
    assertThat(r.exit()).isZero();
    assertThat(ArticleJson.read(r.out().strip()).dateline().city()).isEqualTo("موسكو");
    CliRun missing = run("get", "nope");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip()).startsWith("marsad: no article with id nope in ");
  }

  @Test
  void search_without_an_index_says_so() {
    StringWriter err = new StringWriter();
    CommandLine cl = MarsadCli.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute("search", "x", "--data", data.resolve("nothing-here").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("marsad: no index at ").endsWith("(run marsad ingest first)");
  }

  @Test
  void ingest_of_a_missing_path_is_a_one_line_error() {
    CliRun r = run("ingest", data.resolve("missing.jsonl").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).endsWith("missing.jsonl: no such file or directory");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
    return out;
  }
}

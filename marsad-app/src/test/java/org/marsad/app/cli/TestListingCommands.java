package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;

/**
 * entities, quotes, stories and trends over a real ingest (the full product pipeline: NER,
 * quotations, corpus links) of the seed story and a wire copy of it from another source.
 */
class TestListingCommands {
  @TempDir static Path data;
  @TempDir static Path inputs;

  @BeforeAll
  static void ingest() throws Exception {
    String seed = SharedData.seedText();
    // The SANA story, and the same wire story republished by another paper the next day.
    String copy = seed.replace("موسكو-سانا", "موسكو - وكالات").replace("اليوم", "أمس");
    Files.writeString(inputs.resolve("articles.jsonl"),
        ArticleJson.mapper().createObjectNode().put("text", seed).put("source", "sana").put("published", "2016-04-12")
            + "\n" + ArticleJson.mapper().createObjectNode().put("title", "لافروف يتهم واشنطن بنشر معلومات مضللة")
            .put("text", copy).put("source", "alwatan").put("published", "2016-04-13") + "\n",
        StandardCharsets.UTF_8);
    CliRun r = run("ingest", inputs.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  static CliRun run(String... args) {
    return CliRun.withData(data, args);
  }

  static JsonNode json(CliRun r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return ArticleJson.mapper().readTree(r.out());
  }

  @Test
  void entities_lists_lavrov_with_his_short_form_as_an_alias() throws Exception {
    JsonNode e = json(run("entities", "--type", "PERS", "--limit", "50", "--json"));
    JsonNode lavrov = null;
    for (JsonNode n : e.get("entities")) if (n.get("canonical").asText().equals("سيرغي لافروف")) lavrov = n;
    assertThat(lavrov).as(e.toString()).isNotNull();
    assertThat(lavrov.get("type").asText()).isEqualTo("PERS");
    assertThat(lavrov.get("count").asLong()).isGreaterThan(2);
    assertThat(lavrov.get("latin").asText()).isNotBlank();
    JsonNode places = json(run("entities", "--type", "LOC", "--json"));
    for (JsonNode n : places.get("entities")) {
      if (n.get("canonical").asText().equals("سورية")) {
        assertThat(n.get("aliases").toString()).as("no folded spelling of the name itself").doesNotContain("سوريه");
      }
    }
    assertThat(run("entities", "--type", "LOC").out()).contains("سورية").doesNotContain("سوريه");
    // the table says which count it shows: mentions (registry) without dates, articles with them
    assertThat(run("entities", "--type", "LOC").out().lines().findFirst().orElseThrow())
        .isEqualTo("count = mentions over the whole collection (the entity registry)");
    CliRun windowed = run("entities", "--type", "PERS", "--from", "2016-04-12", "--to", "2016-04-13");
    assertThat(windowed.out().lines().findFirst().orElseThrow()).startsWith("count = articles from 2016-04-12 to 2016-04-13 ");
    assertThat(windowed.out()).contains("لافروف");
  }

  @Test
  void quotes_by_arabic_and_latin_speaker_name() throws Exception {
    JsonNode arabic = json(run("quotes", "--speaker", "بيسكوف", "--json"));
    assertThat(arabic.get("total").asLong()).isGreaterThanOrEqualTo(2);
    for (JsonNode q : arabic.get("quotes")) assertThat(q.get("speaker").asText()).contains("بيسكوف");
    // one name per field for the CLI and /api/quotes (QuoteView): the article title was "title" here only
    // before session 15; "title" stays as an alias for scripts
    for (JsonNode q : arabic.get("quotes")) {
      for (java.lang.reflect.RecordComponent c : org.marsad.app.http.service.QuoteView.class.getRecordComponents()) {
        assertThat(q.has(c.getName())).as(c.getName()).isTrue();
      }
      assertThat(q.get("articleTitle").asText()).isNotBlank().isEqualTo(q.get("title").asText());
    }
    JsonNode withWord = json(run("quotes", "--speaker", "بيسكوف", "جنيف", "--json"));
    assertThat(withWord.get("quotes")).isNotEmpty().allSatisfy(q -> assertThat(q.get("text").asText()).contains("جنيف"));
    JsonNode latin = json(run("quotes", "--speaker", "Lavrov", "--json"));
    assertThat(latin.get("quotes")).isNotEmpty().allSatisfy(q -> assertThat(q.get("speaker").asText()).contains("لافروف"));
  }

  @Test
  void the_republished_copy_is_marked_and_joins_the_seed_in_one_story() throws Exception {
    JsonNode all = json(run("search", "--all", "--json", "لافروف"));
    assertThat(all.get("total").asLong()).isEqualTo(2);
    JsonNode shown = json(run("search", "--json", "لافروف"));
    assertThat(shown.get("total").asLong()).as("the near-duplicate is hidden by default").isEqualTo(1);
    JsonNode stories = json(run("stories", "--json"));
    assertThat(stories.get("stories")).hasSize(1);
    assertThat(stories.get("stories").get(0).get("articles").asInt()).isEqualTo(2);
  }

  @Test
  void one_story_by_its_id_lists_its_articles_and_an_unknown_id_is_an_error() throws Exception {
    // docs/listing.md named `marsad stories --id` from session 10 on; the option did not exist
    // (exit 2, "Unknown option"), so a journalist had no CLI view of the one story followed
    JsonNode listed = json(run("stories", "--json")).get("stories").get(0);
    String id = listed.get("id").asText();
    JsonNode one = json(run("stories", "--id", id, "--json")).get("stories");
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("id").asText()).isEqualTo(id);
    assertThat(one.get(0).get("articleIds")).isEqualTo(listed.get("articleIds"));
    assertThat(one.get(0).get("label").asText()).isEqualTo(listed.get("label").asText());
    // session 16: a story's name is "title", as in /api/stories; "label" stays as an alias for scripts
    for (java.lang.reflect.RecordComponent c : org.marsad.app.http.service.StoryService.StorySummary.class.getRecordComponents()) {
      assertThat(listed.has(c.getName())).as(c.getName()).isTrue();
    }
    assertThat(listed.get("title").asText()).isNotBlank().isEqualTo(listed.get("label").asText());
    CliRun text = run("stories", "--id", id);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains(id).contains("لافروف يتهم واشنطن بنشر معلومات مضللة").contains("alwatan").contains("sana");
    for (JsonNode a : listed.get("articleIds")) assertThat(text.out()).contains(a.asText());
    CliRun unknown = run("stories", "--id", "story-000000000000", "--json");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err().strip()).startsWith("marsad: no story with id story-000000000000").doesNotContain("\n");
    CliRun windowed = run("stories", "--id", id, "--from", "2016-04-12");
    assertThat(windowed.exit()).isEqualTo(2);
    assertThat(windowed.err()).contains("--id reads the whole story");
    // the ranking options were silently ignored with --id (--limit 0 still printed the story):
    // refused as --from/--to are, whatever their value
    for (String[] ranking : new String[][] {{"--limit", "0"}, {"--min-articles", "50"}, {"--limit", "20"}}) {
      CliRun ranked = run("stories", "--id", id, ranking[0], ranking[1]);
      assertThat(ranked.exit()).as(String.join(" ", ranking)).isEqualTo(2);
      assertThat(ranked.out()).isEmpty();
      assertThat(ranked.err()).startsWith("--id reads one story: --limit/--min-articles do not apply");
    }
  }

  @Test
  void export_writes_every_accepted_article_from_the_log_and_a_reingest_adds_nothing_to_it() throws Exception {
    CliRun first = run("export");
    assertThat(first.exit()).as(first.err()).isZero();
    List<String> lines = first.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines).allSatisfy(l -> assertThat(ArticleJson.read(l).text()).contains("لافروف"));
    assertThat(first.err()).contains("exported 2 articles");
    assertThat(run("ingest", inputs.toString()).exit()).isZero();
    assertThat(run("export").out().lines().count()).as("re-ingesting logs nothing new").isEqualTo(2);
  }

  @Test
  void reindex_rebuilds_a_lost_index_from_the_log() throws Exception {
    Path index = data.resolve("index");
    try (var files = Files.walk(index)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
    CliRun r = run("reindex");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("reindexed 2 articles");
    assertThat(json(run("search", "--all", "--json", "لافروف")).get("total").asLong()).isEqualTo(2);
    assertThat(json(run("search", "--json", "لافروف")).get("total").asLong()).as("duplicateOf survives").isEqualTo(1);
  }

  @Test
  void trends_on_two_days_of_data_has_no_bursts_and_says_so() throws Exception {
    JsonNode t = json(run("trends", "--json"));
    assertThat(t.get("window").asInt()).isEqualTo(7);
    assertThat(t.get("bursts")).isEmpty();
    // session 11: the collection is too short to score its newest day (1 covered day before it, 4 needed), and says so
    assertThat(t.get("coverage").get("days").asInt()).isEqualTo(2);
    assertThat(t.get("coverage").get("minBaselineDays").asInt()).isEqualTo(4);
    assertThat(t.get("coverage").get("unscoredDays")).hasSize(1);
    String text = run("trends").out();
    // the z of a row can be recomputed from the row: the floor is said (session 15 QA)
    assertThat(text).contains("z = (count - baseline) / max(stdDev, sqrt(max(baseline, 1))); listed when z >= 2 and count >= 3");
    assertThat(run("trends", "--min-z", "2.5", "--min-count", "4").out()).contains("listed when z >= 2.5 and count >= 4");
    assertThat(text).contains("no bursts").contains("the collection covers 2 days")
        .contains("not scored: 1 covered day(s) in its 7-day baseline, fewer than 4");
    String first = t.get("coverage").get("first").asText(), last = t.get("coverage").get("last").asText();
    assertThat(run("trends", "--day", "2030-01-01").out()).contains("note: --day 2030-01-01 is after the newest covered day, " + last);
    assertThat(run("trends", "--day", "2000-01-01").out()).contains("note: --day 2000-01-01 is before the oldest covered day, " + first);
    assertThat(text).doesNotContain("note:");
  }

  @Test
  void bad_option_values_are_usage_errors_with_one_clear_message() {
    CliRun limit = run("entities", "--limit", "-1");
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.err()).startsWith("--limit must be 0 or more, got -1").doesNotContain("fromIndex");
    assertThat(run("quotes", "--limit", "-1").exit()).isEqualTo(2);
    assertThat(run("stories", "--min-articles", "0").err()).startsWith("--min-articles must be 1 or more, got 0");
    CliRun day = run("trends", "--day", "11/08/2015");
    assertThat(day.exit()).isEqualTo(2);
    assertThat(day.err()).startsWith("--day must be a date like 2015-08-11, got '11/08/2015'").doesNotContain("java.time");
    CliRun minCount = run("trends", "--min-count", "0");
    assertThat(minCount.exit()).isEqualTo(2);
    assertThat(minCount.err()).startsWith("--min-count must be 1 or more, got 0");
    CliRun minDays = run("trends", "--min-baseline-days", "8");
    assertThat(minDays.exit()).isEqualTo(2);
    assertThat(minDays.err()).startsWith("--min-baseline-days must be between 1 and --window (7), got 8");
    // picocli reads these as doubles: they crashed after the first output line (a half table and a
    // BigDecimal message naming no option)
    for (String notANumber : new String[] {"NaN", "Infinity", "-Infinity"}) {
      CliRun minZ = run("trends", "--min-z", notANumber);
      assertThat(minZ.exit()).as(notANumber).isEqualTo(2);
      assertThat(minZ.out()).as("nothing printed before the error").isEmpty();
      assertThat(minZ.err()).startsWith("--min-z must be a number, got " + notANumber);
    }
    CliRun page = run("search", "لافروف", "--page", "0");
    assertThat(page.exit()).isEqualTo(2);
    assertThat(page.err()).startsWith("--page must be 1 or more, got 0");
  }

  @Test
  void entities_lists_misc_entities_only_when_asked_for() throws Exception {
    JsonNode misc = json(run("entities", "--type", "MISC", "--json"));
    assertThat(misc.get("entities")).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("MISC"));
    // the default listing: people, organisations, places (MISC is mostly nationality adjectives: السوري، الروسية)
    assertThat(json(run("entities", "--json", "--limit", "500")).get("entities")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("type").asText()).isIn("PERS", "ORG", "LOC"));
    assertThat(run("entities", "--type", "MISC", "--from", "2016-04-12").exit()).as("no MISC facet to count a window").isEqualTo(2);
  }

  @Test
  void the_text_header_echoes_the_query_as_typed_not_its_latin_name_expansion() throws Exception {
    CliRun r = run("search", "Lavrov");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1 result for Lavrov\n").doesNotContain("OR person:");
    assertThat(json(run("search", "--json", "Lavrov")).get("total").asLong()).as("the expansion still finds the Arabic name").isEqualTo(1);
  }

  @Test
  void export_to_a_directory_that_does_not_exist_names_the_file_and_the_reason() {
    Path out = inputs.resolve("no-such-dir").resolve("articles.jsonl");
    CliRun r = run("export", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("marsad: " + out + ": no such file or directory");
  }

  @Test
  void an_ingest_where_every_input_failed_exits_1(@TempDir Path broken, @TempDir Path otherData) throws Exception {
    Files.writeString(broken.resolve("empty.txt"), "");
    Files.write(broken.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    Files.writeString(broken.resolve("bad.jsonl"), "{\"text\": \"بحث وزير الخارجية الروسي\n");
    CliRun r = CliRun.withData(otherData, "ingest", "--json", broken.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    JsonNode summary = ArticleJson.mapper().readTree(r.out());
    assertThat(summary.get("failed").asLong()).isEqualTo(3);
    assertThat(summary.get("ingested").asLong()).isZero();
    assertThat(run("ingest", inputs.toString()).exit()).as("duplicates only: nothing failed").isZero();
  }

  @Test
  void a_saved_rss_feed_is_ingested_item_by_item_and_an_item_without_text_is_reported(@TempDir Path feeds, @TempDir Path otherData) throws Exception {
    String seed = SharedData.seedText();
    StringBuilder html = new StringBuilder();
    seed.lines().filter(l -> !l.isBlank()).forEach(l -> html.append("<p>").append(l).append("</p>"));
    Files.writeString(feeds.resolve("sana.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>سانا</title><link>https://sana.sy/</link>"
        + "<item><title>لافروف وكيري يبحثان وقف الأعمال القتالية</title><link>https://sana.sy/?p=9</link>"
        + "<pubDate>Mon, 11 Apr 2016 09:30:00 +0300</pubDate><content:encoded><![CDATA[" + html + "]]></content:encoded></item>"
        + "<item><title>خبر للمشتركين</title><link>https://sana.sy/?p=10</link></item></channel></rss>");
    CliRun r = CliRun.withData(otherData, "ingest", "--json", feeds.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode summary = ArticleJson.mapper().readTree(r.out());
    assertThat(summary.get("ingested").asLong()).isEqualTo(1);
    assertThat(summary.get("failed").asLong()).as("the link-only item is counted").isEqualTo(1);
    assertThat(Files.readString(otherData.resolve("quarantine").resolve("reasons.tsv"))).contains("sana.xml[1]\tfeed item without text");
    JsonNode hit = json(CliRun.withData(otherData, "search", "--json", "source:sana", "لافروف")).get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("لافروف وكيري يبحثان وقف الأعمال القتالية");
    assertThat(hit.get("url").asText()).isEqualTo("https://sana.sy/?p=9");
    assertThat(hit.get("published").asText()).startsWith("2016-04-11");
  }

  @Test
  void a_bad_date_option_is_a_usage_error_naming_the_option() {
    for (String command : new String[] {"stories", "quotes", "entities"}) {
      CliRun bad = run(command, "--from", "11/04/2016");
      assertThat(bad.exit()).as(command).isEqualTo(MarsadCli.EXIT_USAGE);
      assertThat(bad.err().lines().findFirst().orElse("")).as(command)
          .isEqualTo("--from must be a date like 2015-07-01 (or 2015-07, 2015), got '11/04/2016'");
    }
    CliRun reversed = run("stories", "--from", "2016-04-13", "--to", "2016-03");
    assertThat(reversed.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(reversed.err()).startsWith("--from 2016-04-13 is after --to 2016-03");
    assertThat(run("stories", "--from", "2016-04", "--to", "2016").exit()).as("a month and a year are dates too").isZero();
    assertThat(run("get", " ").exit()).isEqualTo(MarsadCli.EXIT_USAGE);
  }

  @Test
  void a_mistyped_data_directory_is_an_error_not_an_empty_listing(@TempDir Path elsewhere) throws Exception {
    CliRun missing = CliRun.withData(elsewhere.resolve("marsd"), "entities");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("marsad: no entities or index in " + elsewhere.resolve("marsd") + " (run marsad ingest first)");
    Path file = Files.writeString(elsewhere.resolve("notes.txt"), "ملاحظات");
    CliRun notDir = CliRun.withData(file, "search", "لافروف");
    assertThat(notDir.exit()).isEqualTo(1);
    assertThat(notDir.err().strip()).isEqualTo("marsad: " + file + ": not a directory (--data names the data directory)");
  }

  @Test
  void ingesting_a_folder_that_holds_the_data_directory_does_not_read_marsads_own_files_back(@TempDir Path folder)
      throws Exception {
    Files.writeString(folder.resolve("sana.txt"), SharedData.seedText());
    Path own = folder.resolve("data");
    for (int run = 1; run <= 2; run++) {
      CliRun r = CliRun.withData(own, "ingest", "--json", folder.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode summary = ArticleJson.mapper().readTree(r.out());
      assertThat(summary.get("failed").asLong()).as("run " + run + ": index, log and quarantine files are not inputs").isZero();
      assertThat(summary.get("indexed").asLong()).isEqualTo(1);
    }
    assertThat(Files.exists(own.resolve("quarantine").resolve("reasons.tsv"))).isFalse();
  }
}

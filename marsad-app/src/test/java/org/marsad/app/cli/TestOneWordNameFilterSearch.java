package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/**
 * {@code marsad search 'org:"الاتحاد الدولي لكرة القدم"'} also finds the articles that name FIFA only
 * {@code الفيفا} (session 22 "Left": 91 → 49 on 5 days once one-word names were left out of the widening):
 * the reports of SaudiNewsNet 2015-07-21 that write either name, ingested by {@code marsad ingest}.
 */
class TestOneWordNameFilterSearch {
  @TempDir static Path data;
  @TempDir static Path inputs;
  static int onlyAcronym;

  @BeforeAll
  static void ingest() throws Exception {
    List<RawDocument> day = new ArrayList<>();
    Sources.read(List.of(SharedData.require("data/saudinewsnet/2015-07-21.zip")), new DocumentSink() {
      @Override public void accept(RawDocument d) { day.add(d); }
      @Override public void failed(String origin, String reason, byte[] bytes) { }
    });
    StringBuilder jsonl = new StringBuilder();
    for (RawDocument d : day) {
      boolean acronym = d.body().contains("الفيفا"), full = d.body().contains("الاتحاد الدولي لكرة القدم");
      if (!acronym && !full) continue;
      if (!full) onlyAcronym++;
      jsonl.append(ArticleJson.mapper().createObjectNode().put("title", d.title()).put("text", d.body())
          .put("source", d.source()).put("published", d.published()).put("url", d.url())).append('\n');
    }
    Files.writeString(inputs.resolve("fifa.jsonl"), jsonl, StandardCharsets.UTF_8);
    CliRun r = CliRun.withData(data, "ingest", inputs.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  private static long total(String query) throws Exception {
    CliRun r = CliRun.withData(data, "search", "--json", query);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = ArticleJson.mapper().readTree(r.out());
    return json.get("total").asLong();
  }

  @Test
  void the_full_name_of_a_body_also_finds_the_articles_naming_it_by_its_one_word_name() throws Exception {
    assertThat(onlyAcronym).as("reports writing الفيفا and never the full name").isGreaterThan(0);
    long byFullName = total("org:\"الاتحاد الدولي لكرة القدم\"");
    assertThat(byFullName).as("the full name or الفيفا").isEqualTo(total("org:الفيفا OR org:\"الاتحاد الدولي لكرة القدم\""));
    assertThat(byFullName).isGreaterThan(0);
  }
}

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
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.testkit.SharedData;

/**
 * {@code marsad search 'person:"…"'} finds a person's articles whichever spelling of a name the
 * registry joined was typed (session 21 review F2): SaudiNewsNet 2015-07-21 names Platini {@code ميشال
 * بلاتيني} in ten reports and {@code ميشيل بلاتيني} in six others, and {@code person:"ميشيل بلاتيني"}
 * found only the six's articles (and those indexed under the other spelling after the join).
 */
class TestEntityFilterSearch {
  @TempDir static Path data;
  @TempDir static Path inputs;
  static int michel;
  static int michal;

  @BeforeAll
  static void ingest() throws Exception {
    List<RawDocument> day = new ArrayList<>();
    Sources.read(List.of(SharedData.require("data/saudinewsnet/2015-07-21.zip")), new DocumentSink() {
      @Override public void accept(RawDocument d) { day.add(d); }
      @Override public void failed(String origin, String reason, byte[] bytes) { }
    });
    StringBuilder jsonl = new StringBuilder();
    for (RawDocument d : day) {
      boolean e = d.body().contains("ميشيل بلاتيني"), a = d.body().contains("ميشال بلاتيني");
      if (e == a) continue; // one spelling only
      if (e) michel++;
      else michal++;
      jsonl.append(ArticleJson.mapper().createObjectNode().put("title", d.title()).put("text", d.body())
          .put("source", d.source()).put("published", d.published()).put("url", d.url())).append('\n');
    }
    Files.writeString(inputs.resolve("platini.jsonl"), jsonl, StandardCharsets.UTF_8);
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
  void a_person_filter_finds_the_articles_of_either_spelling_of_a_joined_name() throws Exception {
    assertThat(michel).isEqualTo(6);
    assertThat(michal).isEqualTo(10);
    long bySurname = total("person:بلاتيني"); // every article naming him, by the word both spellings share
    assertThat(bySurname).isGreaterThan(michel);
    assertThat(total("person:\"ميشيل بلاتيني\"")).isEqualTo(bySurname);
    assertThat(total("person:\"ميشال بلاتيني\"")).isEqualTo(bySurname);
    assertThat(total("الفيفا -person:\"ميشيل بلاتيني\"")).as("excluded under either spelling")
        .isEqualTo(total("الفيفا -person:بلاتيني"));
  }

  @Test
  void a_name_filter_adds_names_never_the_entitys_id() throws Exception {
    // review of lane entities22, F1: the id carries the lone surnames filed under the entity, often another man
    EntityRegistry r = EntityRegistry.open(data, Transliterator.rulesOnly());
    QueryExpansion expansion = QueryExpansion.of(r);
    assertThat(expansion.apply("person:\"ميشيل بلاتيني\"")).as("names as text").contains("ميشال").doesNotContain("pers-");
  }
}

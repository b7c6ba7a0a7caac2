package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;

/**
 * docs/eval.md: every evaluation's {@code --json} is exactly one JSON object on one line (scripts
 * read it line by line). {@code eval summary}, {@code topics} and {@code dedup} printed it indented.
 */
class TestEvalJsonIsOneLine {
  @Test
  void eval_summary_json_is_one_line_with_the_figures_of_the_table() throws Exception {
    Path shared = SharedData.require("data/easc").getParent().getParent();
    CliRun json = CliRun.of("eval", "summary", "--half", "dev", "--shared", shared.toString(), "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out().strip().lines()).hasSize(1);
    JsonNode j = ArticleJson.mapper().readTree(json.out());
    assertThat(j.fieldNames()).toIterable().containsExactly("marsad", "lead", "textrank");
    CliRun table = CliRun.of("eval", "summary", "--half", "dev", "--shared", shared.toString());
    String marsadRow = table.out().lines().filter(l -> l.startsWith("marsad ")).findFirst().orElseThrow();
    assertThat(marsadRow).contains(String.format(java.util.Locale.ROOT, "%.4f", j.get("marsad").get("rouge2").asDouble()));
    // the table's sample size and its "(better beyond noise)" mark are in the JSON too (session 15)
    assertThat(table.out().lines().findFirst().orElseThrow()).contains(", " + j.get("marsad").get("articles").asInt() + " articles;");
    assertThat(j.get("marsad").get("articles").asInt()).isEqualTo(77);
    assertThat(j.get("marsad").get("rouge2VsTextrank").get("betterBeyondNoise").asBoolean())
        .isEqualTo(table.out().lines().anyMatch(l -> l.startsWith("marsad vs textrank") && l.endsWith("(better beyond noise)")));
    assertThat(j.get("textrank").get("rouge2VsLead").get("betterBeyondNoise").asBoolean()).isFalse();
  }
}

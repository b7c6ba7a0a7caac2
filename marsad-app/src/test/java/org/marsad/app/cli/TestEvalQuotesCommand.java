package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;
import picocli.CommandLine;

class TestEvalQuotesCommand {
  private static final Path GOLD = Path.of("..", "marsad-nlp", "src", "test", "resources", "org", "marsad", "nlp", "quote", "gold.jsonl");

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = MarsadCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void scoresASmallGoldFileAndPrintsOneJsonObject(@TempDir Path tmp) throws Exception {
    Path shared = SharedData.require("data/ant-corpus").getParent().getParent();
    // the first ANT document of the real gold set, annotated by hand
    String ant = Files.readAllLines(GOLD, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("\"dataset\": \"ant\"") || l.contains("\"dataset\":\"ant\"")).findFirst().orElseThrow();
    Path gold = tmp.resolve("gold.jsonl");
    Files.write(gold, List.of(ant), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter(), err = new StringWriter();
    int rc = run(out, err, "eval", "quotes", "--gold", gold.toString(), "--shared", shared.toString(), "--json");
    assertThat(rc).as(err.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertThat(j.get("documents").asInt()).isEqualTo(1);
    int goldQuotes = new ObjectMapper().readTree(ant).get("quotes").size();
    assertThat(j.at("/all/gold").asInt()).isEqualTo(goldQuotes);
    assertThat(j.at("/all/span/recall").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void withEntitiesTheEntityStepRunsFirst(@TempDir Path tmp) throws Exception {
    Path shared = SharedData.require("data/ant-corpus").getParent().getParent();
    String ant = Files.readAllLines(GOLD, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("\"dataset\": \"ant\"")).findFirst().orElseThrow();
    Path gold = tmp.resolve("gold.jsonl");
    Files.write(gold, List.of(ant), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter(), err = new StringWriter();
    int rc = run(out, err, "eval", "quotes", "--gold", gold.toString(), "--shared", shared.toString(), "--entities");
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("Quotations: 1 documents, span overlap >= 80%, with entities");
  }

  @Test
  void aMissingGoldFileIsOneLineAndExitCodeOne() {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int rc = run(out, err, "eval", "quotes", "--gold", "no/such/gold.jsonl");
    assertThat(rc).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(err.toString().strip()).isEqualTo("marsad: no/such/gold.jsonl: gold file not found");
  }
}

package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestEvalRetrievalCommand {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = MarsadCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private String[] files() throws Exception {
    Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"1\",\"text\":\"وزارة الخارجية الروسية\"}\n{\"id\":\"2\",\"text\":\"الدوري الإسباني لكرة القدم\"}\n");
    Files.writeString(dir.resolve("q.jsonl"), "{\"id\":\"a\",\"text\":\"وزارته\"}\n");
    Files.writeString(dir.resolve("r.tsv"), "a\t1\t1\n");
    return new String[] {"eval", "retrieval", "--docs", dir.resolve("d.jsonl").toString(),
        "--queries", dir.resolve("q.jsonl").toString(), "--qrels", dir.resolve("r.tsv").toString()};
  }

  @Test
  void json_output_is_one_object_with_the_three_analysers() throws Exception {
    String[] base = files();
    String[] args = java.util.Arrays.copyOf(base, base.length + 1);
    args[base.length] = "--json";
    assertThat(run(args)).isZero();
    String printed = out.toString().strip();
    assertThat(printed.lines()).hasSize(1);
    JsonNode root = new ObjectMapper().readTree(printed);
    assertThat(root.fieldNames()).toIterable().containsExactly("marsad", "lucene-arabic", "standard");
    assertThat(root.get("marsad").fieldNames()).toIterable()
        .containsExactly("mrr10", "recall1", "recall10", "ndcg10", "queries", "documents");
    assertThat(root.get("marsad").get("mrr10").asDouble()).isEqualTo(1.0);
    // the sample size the table prints on its first line ("2 documents, 1 judged queries")
    assertThat(root.get("standard").get("queries").asInt()).isEqualTo(1);
    assertThat(root.get("standard").get("documents").asInt()).isEqualTo(2);
  }

  @Test
  void table_output_names_the_analysers() throws Exception {
    assertThat(run(files())).isZero();
    assertThat(out.toString()).contains("MRR@10").contains("marsad").contains("lucene-arabic").contains("standard");
  }

  @Test
  void missing_file_is_exit_1_with_one_line() {
    int code = run("eval", "retrieval", "--docs", dir.resolve("none.jsonl").toString(),
        "--queries", "q", "--qrels", "r");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("marsad: ").endsWith("none.jsonl: no such file").doesNotContain("\n");
  }

  @Test
  void bm25_parameters_apply_and_are_checked() throws Exception {
    String[] base = files();
    String[] ok = java.util.Arrays.copyOf(base, base.length + 4);
    ok[base.length] = "--k1";
    ok[base.length + 1] = "0.9";
    ok[base.length + 2] = "--b";
    ok[base.length + 3] = "0.4";
    assertThat(run(ok)).isZero();
    ok[base.length + 3] = "1.5";
    assertThat(run(ok)).isEqualTo(2);
    assertThat(err.toString()).contains("--b between 0 and 1");
  }

  @Test
  void missing_option_is_a_usage_error() {
    assertThat(run("eval", "retrieval")).isEqualTo(2);
  }
}

package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
  @TempDir Path dir;

  private String run(String stdin, String... args) {
    PrintStream out = System.out;
    InputStream in = System.in;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      assertThat(MarsadCli.commandLine().execute(args)).isZero();
    } finally {
      System.setOut(out);
      System.setIn(in);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ner_tags_tokens_from_stdin_keeping_sentence_breaks() {
    String out = run("قال\nوزير\nالخارجية\nسيرغي\nلافروف\nفي\nموسكو\n\nوصل\nكيري\n", "ner");
    assertThat(out).contains("سيرغي\tB-PERS\n", "لافروف\tI-PERS\n", "موسكو\tB-LOC\n").contains("\n\n");
    assertThat(out.split("\n")).hasSize(10); // nine tokens and the blank line
  }

  @Test
  void lines_may_end_with_a_lone_cr_or_crlf_as_well_as_lf() {
    // classic Mac line ends: the line reader of session 19 QA took the whole input for one token
    String out = run("قال\rوزير\rالخارجية\r\nسيرغي\rلافروف\n\n", "ner");
    assertThat(out).contains("سيرغي\tB-PERS\n", "لافروف\tI-PERS\n").doesNotContain("\r");
    assertThat(out.split("\n")).hasSize(5);
  }

  @Test
  void eval_ner_prints_one_json_object_with_scores() throws Exception {
    Path test = Files.writeString(dir.resolve("t.txt"), "قال O\nسيرغي B-PERS\nلافروف I-PERS\nفي O\nموسكو B-LOC\n. O\n");
    JsonNode j = new ObjectMapper().readTree(run("", "eval", "ner", "--test", test.toString(), "--json"));
    assertThat(j.get("tokens").asInt()).isEqualTo(6);
    assertThat(j.get("scores").get("micro").get("gold").asInt()).isEqualTo(2);
    assertThat(j.get("scores").has("PERS")).isTrue();
  }

  @Test
  void a_test_file_in_windows_1256_or_a_model_that_is_not_one_is_one_line_not_a_stack_trace() throws Exception {
    Path legacy = Files.write(dir.resolve("t1256.txt"),
        "قال O\nسيرغي B-PERS\nلافروف I-PERS\n".getBytes(java.nio.charset.Charset.forName("windows-1256")));
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = MarsadCli.commandLine();
    cl.setErr(new java.io.PrintWriter(err, true));
    assertThat(cl.execute("eval", "ner", "--test", legacy.toString())).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("marsad: " + legacy + ": not UTF-8 text (a token<space>tag file is read as UTF-8)");

    Path notModel = Files.writeString(dir.resolve("model.bin"), "سيرغي B-PERS\n");
    java.io.StringWriter err2 = new java.io.StringWriter();
    picocli.CommandLine cl2 = MarsadCli.commandLine();
    cl2.setErr(new java.io.PrintWriter(err2, true));
    assertThat(cl2.execute("ner", "--model", notModel.toString())).isEqualTo(1);
    assertThat(err2.toString().strip()).isEqualTo("marsad: " + notModel + ": not a NER model (marsad train ner writes one; docs/ner.md)");

    InputStream stdin = System.in;
    PrintStream stdout = System.out;
    java.io.StringWriter err3 = new java.io.StringWriter();
    try {
      System.setIn(new ByteArrayInputStream("قال\nلافروف\n".getBytes(java.nio.charset.Charset.forName("windows-1256"))));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      picocli.CommandLine cl3 = MarsadCli.commandLine();
      cl3.setErr(new java.io.PrintWriter(err3, true));
      assertThat(cl3.execute("ner")).isEqualTo(1);
    } finally {
      System.setIn(stdin);
      System.setOut(stdout);
    }
    assertThat(err3.toString().strip()).isEqualTo("marsad: standard input: line 1 is not UTF-8 text (tokens are read as UTF-8)");

    // the line that holds the bad bytes, not the first line of the reader's buffer (session 19 QA)
    java.io.StringWriter err4 = new java.io.StringWriter();
    try {
      ByteArrayOutputStream input = new ByteArrayOutputStream();
      input.write("قال\r\nوزير\n\n".getBytes(StandardCharsets.UTF_8));
      input.write("لافروف\n".getBytes(java.nio.charset.Charset.forName("windows-1256")));
      System.setIn(new ByteArrayInputStream(input.toByteArray()));
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      picocli.CommandLine cl4 = MarsadCli.commandLine();
      cl4.setErr(new java.io.PrintWriter(err4, true));
      assertThat(cl4.execute("ner")).isEqualTo(1);
    } finally {
      System.setIn(stdin);
      System.setOut(stdout);
    }
    assertThat(err4.toString().strip()).isEqualTo("marsad: standard input: line 4 is not UTF-8 text (tokens are read as UTF-8)");
  }

  @Test
  void eval_ner_rejects_a_missing_file_with_exit_1() {
    assertThat(MarsadCli.commandLine().execute("eval", "ner", "--test", dir.resolve("none.txt").toString())).isEqualTo(1);
  }

  @Test
  void train_commands_refuse_bad_option_combinations_as_usage_errors() throws Exception {
    Path file = writeTrainingFile();
    String out = dir.resolve("m.bin").toString();
    assertThat(MarsadCli.commandLine().execute("train", "ner", "--train", file.toString(), "--out", out, "--stages", "3")).isEqualTo(2);
    assertThat(MarsadCli.commandLine().execute("train", "clusters", "--brown", "--out", out)).isEqualTo(2);
    assertThat(MarsadCli.commandLine().execute("train", "clusters", "--out", out)).isEqualTo(2);
    assertThat(dir.resolve("m.bin")).doesNotExist();
  }

  @Test
  void eval_ner_with_documents_reports_the_document_size() throws Exception {
    Path test = Files.writeString(dir.resolve("t.txt"), "قال O\nلافروف B-PERS\n. O\n\nوقال O\nلافروف B-PERS\n. O\n");
    JsonNode j = new ObjectMapper().readTree(run("", "eval", "ner", "--test", test.toString(), "--documents", "2", "--json"));
    assertThat(j.get("documents").asInt()).isEqualTo(2);
    assertThat(j.get("sentences").asInt()).isEqualTo(2);
  }

  @Test
  void train_clusters_writes_a_class_per_frequent_word() throws Exception {
    Path news = Files.createDirectories(dir.resolve("news"));
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 40; i++) {
      if (i > 0) json.append(',');
      json.append("{\"content\":\"قال الوزير لافروف في موسكو\\nوصل كيري الى جنيف\"}");
    }
    json.append(']');
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(news.resolve("2015-07-21.zip")))) {
      z.putNextEntry(new java.util.zip.ZipEntry("2015-07-21.json"));
      z.write(json.toString().getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Path out = dir.resolve("classes.tsv");
    assertThat(run("", "train", "clusters", "--news", news.toString(), "--out", out.toString(), "--min-count", "2"))
        .contains("classified 9 words from 80 lines");
    assertThat(Files.readAllLines(out)).hasSize(9).allMatch(l -> l.split("\t").length == 3).anyMatch(l -> l.startsWith("لافروف\t"));
  }

  /** Four tagged sentences (CoNLL, one token per line), enough for a tiny model to learn them. */
  private static final String[] SENTENCES = {
      "قال O\nوزير O\nالخارجية O\nسيرغي B-PERS\nلافروف I-PERS\nفي O\nموسكو B-LOC\n. O\n",
      "وصل O\nكيري B-PERS\nإلى O\nجنيف B-LOC\n. O\n",
      "وأكد O\nلافروف B-PERS\nأن O\nالاتحاد B-ORG\nالأوروبي I-ORG\nأخطأ O\n. O\n",
      "اجتمع O\nمجلس B-ORG\nالأمن I-ORG\nفي O\nبروكسل B-LOC\n. O\n",
  };

  /** The four sentences ten times each: 40 lines of training text. */
  private Path writeTrainingFile() throws java.io.IOException {
    StringBuilder train = new StringBuilder();
    for (int i = 0; i < 40; i++) train.append(SENTENCES[i % SENTENCES.length]).append('\n');
    return Files.writeString(dir.resolve("train.txt"), train);
  }

  @Test
  void train_clusters_brown_writes_stem_paths_that_a_crf_stage_can_use() throws Exception {
    Path file = writeTrainingFile();
    Path clusters = dir.resolve("brown.txt");
    assertThat(run("", "train", "clusters", "--brown", "--conll", file.toString(), "--classes", "4", "--min-count", "2",
        "--out", clusters.toString())).contains("into 4 classes from 40 lines");
    List<String> lines = Files.readAllLines(clusters);
    assertThat(lines).allMatch(l -> l.matches("[01]+\t\\S+\t\\d+"))
        .anyMatch(l -> l.contains("\tموسكو\t10")).anyMatch(l -> l.contains("\tفي\t20")).anyMatch(l -> l.contains("\tاكد\t10")).noneMatch(l -> l.contains("\tوأكد\t"));
    Path check = Files.writeString(dir.resolve("check.txt"), SENTENCES[0] + "\n" + SENTENCES[1]);
    Path model = dir.resolve("brown.bin");
    String out = run("", "train", "ner", "--train", file.toString(), "--out", model.toString(), "--beam", "1", "--iterations", "5",
        "--stages", "crf", "--clusters", clusters.toString(), "--clusters-crf-only", "--check", check.toString());
    assertThat(out).contains(": 0 tags differ from Tribuo's");
    assertThat(run("سيرغي\nلافروف\nفي\nموسكو\n", "ner", "--model", model.toString()))
        .contains("سيرغي\tB-PERS\n", "لافروف\tI-PERS\n", "موسكو\tB-LOC\n");
  }

  @Test
  void train_ner_with_a_crf_stage_writes_a_model_that_tags_and_checks_its_export() throws Exception {
    Path file = writeTrainingFile();
    Path check = Files.writeString(dir.resolve("check.txt"), SENTENCES[0] + "\n" + SENTENCES[1]);
    Path model = dir.resolve("crf.bin");
    String out = run("", "train", "ner", "--train", file.toString(), "--out", model.toString(), "--beam", "1", "--iterations", "5",
        "--stages", "crf", "--check", check.toString());
    assertThat(out).contains("CRF export check on 2 sentences").contains(": 0 tags differ from Tribuo's").contains("(2 stages, CRF second)");
    assertThat(run("سيرغي\nلافروف\nفي\nموسكو\n", "ner", "--model", model.toString()))
        .contains("سيرغي\tB-PERS\n", "لافروف\tI-PERS\n", "في\tO\n", "موسكو\tB-LOC\n");
  }

  @Test
  void train_ner_prunes_the_crfs_small_weights_into_a_smaller_model_that_still_loads_and_tags() throws Exception {
    Path file = writeTrainingFile();
    Path whole = dir.resolve("whole.bin"), pruned = dir.resolve("pruned.bin");
    for (Path m : List.of(whole, pruned)) {
      String out = run("", "train", "ner", "--train", file.toString(), "--out", m.toString(), "--beam", "1", "--iterations", "5",
          "--stages", "crf", "--crf-cutoff", "1", "--crf-prune", m == whole ? "0" : "0.15");
      assertThat(out).contains("(2 stages, CRF second)");
    }
    // 40 sentences repeated give few distinct weights: 0.15 drops a third of the file, and part of the people.
    assertThat(Files.size(pruned)).isLessThan(Files.size(whole) * 3 / 4);
    assertThat(run("سيرغي\nلافروف\nفي\nموسكو\n", "ner", "--model", pruned.toString())).contains("في\tO\n", "موسكو\tB-LOC\n");
    assertThat(MarsadCli.commandLine().execute("train", "ner", "--train", file.toString(), "--out", dir.resolve("m.bin").toString(),
        "--stages", "crf", "--beam", "1", "--crf-prune", "-1")).isEqualTo(1);
  }
}

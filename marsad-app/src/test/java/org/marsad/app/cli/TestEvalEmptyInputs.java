package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An evaluation of nothing (an empty file, queries none of which is judged, a directory given
 * for a file) is one line on stderr and exit 1, not a table of zeros that reads like a score.
 */
class TestEvalEmptyInputs {
  @TempDir Path dir;

  private static void assertRefused(CliRun r, String message) {
    assertThat(r.exit()).as(r.err()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("marsad: ").contains(message).doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void retrieval_needs_documents_and_judged_queries() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path docs = Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"1\",\"text\":\"وزارة الخارجية الروسية\"}\n", StandardCharsets.UTF_8);
    Path queries = Files.writeString(dir.resolve("q.jsonl"), "{\"id\":\"a\",\"text\":\"وزارته\"}\n", StandardCharsets.UTF_8);
    Path otherQrels = Files.writeString(dir.resolve("r.tsv"), "b\t1\t1\n");
    assertRefused(CliRun.of("eval", "retrieval", "--docs", empty.toString(), "--queries", queries.toString(), "--qrels", otherQrels.toString()),
        "empty.jsonl: no documents to evaluate");
    assertRefused(CliRun.of("eval", "retrieval", "--docs", docs.toString(), "--queries", queries.toString(), "--qrels", otherQrels.toString()),
        "no judged queries");
  }

  @Test
  void ner_needs_tagged_sentences_and_a_file() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.conll"), "\n\n");
    assertRefused(CliRun.of("eval", "ner", "--test", empty.toString()), "empty.conll: no tagged sentences to evaluate");
    assertRefused(CliRun.of("eval", "ner", "--test", dir.toString()), "a directory, not a file");
  }

  @Test
  void quotes_need_gold_documents() throws Exception {
    Path empty = Files.writeString(dir.resolve("gold.jsonl"), "");
    assertRefused(CliRun.of("eval", "quotes", "--gold", empty.toString()), "gold.jsonl: no gold documents to evaluate");
  }
}

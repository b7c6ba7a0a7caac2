package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;

class TestArcdConverter {
  @TempDir Path dir;

  @Test
  void squad_paragraphs_become_documents_and_questions_queries() throws Exception {
    Path arcd = dir.resolve("mini.json");
    Files.writeString(arcd, """
        {"version": "1.1", "data": [{"title": "مصر", "paragraphs": [
          {"context": "مصر دولة عربية تقع في أفريقيا.", "qas": [
            {"id": "q-1", "question": " - أين تقع مصر؟ ", "answers": [{"text": "أفريقيا", "answer_start": 20}]}]},
          {"context": "عاصمتها القاهرة.", "qas": [
            {"id": "q-2", "question": "ما عاصمة مصر؟", "answers": [{"text": "القاهرة", "answer_start": 8}]}]}]}]}
        """);
    ArcdConverter.Counts n = ArcdConverter.convert(arcd, dir.resolve("out"));
    assertThat(n).isEqualTo(new ArcdConverter.Counts(2, 2));
    assertThat(Files.readAllLines(dir.resolve("out/qrels.tsv"))).containsExactly("q-1\ta0p0\t1", "q-2\ta0p1\t1");
    RetrievalCollection c = RetrievalCollection.load(dir.resolve("out/docs.jsonl"), dir.resolve("out/queries.jsonl"), dir.resolve("out/qrels.tsv"));
    assertThat(c.docs()).containsEntry("a0p1", "عاصمتها القاهرة.");
    assertThat(c.queries()).containsEntry("q-1", "- أين تقع مصر؟");
  }

  @Test
  void arcd_test_split_has_the_published_counts() throws Exception {
    Path arcd = SharedData.require("data/arcd/arcd-test.json");
    assertThat(ArcdConverter.convert(arcd, dir)).isEqualTo(new ArcdConverter.Counts(234, 702));
  }

  @Test
  void non_squad_input_is_one_line_error() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"rows\": []}");
    assertThatThrownBy(() -> ArcdConverter.convert(bad, dir.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("bad.json: no SQuAD \"data\" array");
  }
}

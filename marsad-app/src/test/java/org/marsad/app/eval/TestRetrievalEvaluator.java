package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRetrievalEvaluator {
  @TempDir Path dir;

  private RetrievalCollection collection() throws Exception {
    Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
        "{\"id\":\"syria\",\"text\":\"بحث وزير الخارجية الروسي مع نظيره الأمريكي وقف الأعمال القتالية في سورية\"}",
        "{\"id\":\"eu\",\"text\":\"روسيا والاتحاد الأوروبي سيواصلان الاتصالات في مجال التصدي للإرهاب\"}",
        "{\"id\":\"egypt\",\"text\":\"مصر دولة عربية تقع في الركن الشمالي الشرقي من قارة أفريقيا\"}"));
    Files.writeString(dir.resolve("queries.jsonl"), String.join("\n",
        "{\"id\":\"q1\",\"text\":\"وقف القتال في سوريا\"}",
        "{\"id\":\"q2\",\"text\":\"أين تقع مصر؟\"}",
        "{\"id\":\"q3\",\"text\":\"سؤال بلا أحكام\"}"));
    Files.writeString(dir.resolve("qrels.tsv"), "q1\tsyria\t1\nq2\tegypt\t1\n");
    return RetrievalCollection.load(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
  }

  @Test
  void marsad_finds_syria_spelled_either_way() throws Exception {
    Map<String, RetrievalScores> s = RetrievalEvaluator.compare(collection(), RetrievalEvaluator.standardAnalyzers());
    assertThat(s).containsOnlyKeys("marsad", "lucene-arabic", "standard");
    RetrievalScores marsad = s.get("marsad");
    assertThat(marsad.queries()).isEqualTo(2); // q3 has no judgements
    assertThat(marsad.mrr10()).isEqualTo(1.0);
    assertThat(marsad.recall1()).isEqualTo(1.0);
    assertThat(marsad.ndcg10()).isEqualTo(1.0);
  }

  @Test
  void malformed_lines_name_file_and_line() throws Exception {
    collection();
    Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\"}\n");
    assertThatThrownBy(() -> RetrievalCollection.load(dir.resolve("bad.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("bad.jsonl: line 2: needs \"id\" and \"text\"");
    Files.writeString(dir.resolve("bad.tsv"), "q1\tsyria\n");
    assertThatThrownBy(() -> RetrievalCollection.load(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("bad.tsv")))
        .hasMessageEndingWith("bad.tsv: line 1: expected query_id<TAB>doc_id<TAB>relevance");
    assertThatThrownBy(() -> RetrievalCollection.load(dir.resolve("none.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv")))
        .hasMessageEndingWith("none.jsonl: no such file");
  }
}

package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.search.similarities.BM25Similarity;
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
    Map<String, RetrievalScores> s = RetrievalEvaluator.compare(collection(), RetrievalEvaluator.standardRankings());
    assertThat(s).containsOnlyKeys("marsad", "lucene-arabic", "standard");
    RetrievalScores marsad = s.get("marsad");
    assertThat(marsad.queries()).isEqualTo(2); // q3 has no judgements
    assertThat(marsad.mrr10()).isEqualTo(1.0);
    assertThat(marsad.recall1()).isEqualTo(1.0);
    assertThat(marsad.ndcg10()).isEqualTo(1.0);
  }

  @Test
  void every_column_uses_the_given_bm25_parameters() throws Exception {
    // The short paragraph names the ministry once; the long one twice among many other words.
    // Full length normalisation (b=1) prefers the short one, none (b=0) the higher count.
    String filler = " وقالت مصادر محلية إن الاجتماع تناول ملفات الطاقة والنقل والتعليم والصحة والزراعة";
    Files.writeString(dir.resolve("docs.jsonl"), String.join("\n",
        "{\"id\":\"short\",\"text\":\"الوزارة\"}",
        "{\"id\":\"long\",\"text\":\"الوزارة الوزارة" + filler.repeat(4) + "\"}"));
    Files.writeString(dir.resolve("queries.jsonl"), "{\"id\":\"q\",\"text\":\"الوزارة\"}\n");
    Files.writeString(dir.resolve("qrels.tsv"), "q\tshort\t1\n");
    RetrievalCollection c = RetrievalCollection.load(dir.resolve("docs.jsonl"), dir.resolve("queries.jsonl"), dir.resolve("qrels.tsv"));
    var rankings = RetrievalEvaluator.standardRankings();
    RetrievalEvaluator.compare(c, rankings, new BM25Similarity(1.2f, 1f))
        .forEach((name, s) -> assertThat(s.recall1()).as(name + " with b=1").isEqualTo(1.0));
    RetrievalEvaluator.compare(c, rankings, new BM25Similarity(1.2f, 0f))
        .forEach((name, s) -> assertThat(s.recall1()).as(name + " with b=0").isEqualTo(0.0));
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
